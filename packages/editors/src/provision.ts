import { ROLES, type EditorSpec } from './spec.ts';

type Row = Record<string, unknown>;
interface Query {
  findOne(params: object): Promise<Row | null>;
  findMany(params: object): Promise<Row[]>;
  create(params: object): Promise<Row>;
  update(params: object): Promise<Row>;
}
interface Documents {
  findFirst(params: object): Promise<Row | null>;
  create(params: object): Promise<Row>;
  update(params: object): Promise<Row>;
}
/** The slice of Strapi used here, typed structurally (this package does not depend on Strapi). */
export interface EditorsTarget {
  db: { query(uid: string): Query };
  documents(uid: string): Documents;
  service(uid: string): unknown;
}

export type Outcome = 'created' | 'updated' | 'unchanged';

const ASSIGNMENT = 'api::editor-assignment.editor-assignment';
const PORTAL = 'api::portal.portal';

export class EditorError extends Error {
  override name = 'EditorError';
}

/**
 * What would stop these specs from being applied (unknown role, unknown or
 * archived portal, a new account without a password), for every spec,
 * before any account is touched.
 */
export async function checkEditors(strapi: EditorsTarget, specs: readonly EditorSpec[]): Promise<string[]> {
  const problems: string[] = [];
  for (const spec of specs) {
    const found = await resolve(strapi, spec);
    if (typeof found === 'string') problems.push(found);
    else if (!spec.password && !(await strapi.db.query('admin::user').findOne({ where: { email: spec.email }, select: ['id'] }))) problems.push(`${spec.email}: a new account needs a password.`);
  }
  return problems;
}

/** The spec's role and portals, or what is wrong with them. */
async function resolve(strapi: EditorsTarget, spec: EditorSpec): Promise<{ role: Row; portals: Row[] } | string> {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: ROLES[spec.role] } });
  if (!role) return `The role ${ROLES[spec.role]} does not exist yet: start the CMS once so it creates its roles.`;
  const portals = await strapi.db.query(PORTAL).findMany({ where: { code: { $in: spec.portals } }, select: ['documentId', 'code', 'state'] });
  const missing = spec.portals.filter((code) => !portals.some((p) => p.code === code));
  if (missing.length > 0) return `${spec.email}: no portal has the code ${missing.join(', ')}.`;
  const archived = portals.filter((p) => p.state === 'archived').map((p) => p.code);
  if (archived.length > 0) return `${spec.email}: portal ${archived.join(', ')} is archived.`;
  return { role, portals };
}

/**
 * Makes one editor account match its spec: the admin user exists with the
 * role, and the assignment lists exactly these portals. Idempotent: running
 * it again with the same spec changes nothing. An existing password is kept
 * unless `resetPassword` is set.
 */
export async function provisionEditor(strapi: EditorsTarget, spec: EditorSpec, options: { resetPassword?: boolean } = {}): Promise<Outcome> {
  const found = await resolve(strapi, spec);
  if (typeof found === 'string') throw new EditorError(found);
  const { role, portals } = found;

  const users = strapi.service('admin::user') as { create(a: object): Promise<Row>; updateById(id: number, a: object): Promise<Row> };
  const user = await strapi.db.query('admin::user').findOne({ where: { email: spec.email }, populate: ['roles'] });
  let outcome: Outcome = 'unchanged';
  if (!user) {
    if (!spec.password) throw new EditorError(`${spec.email}: a new account needs a password.`);
    await users.create({
      email: spec.email,
      firstname: spec.firstname ?? spec.email.split('@')[0],
      lastname: spec.lastname ?? null,
      password: spec.password,
      isActive: true,
      preferedLanguage: 'vi',
      registrationToken: null,
      roles: [role.id],
    });
    outcome = 'created';
  } else {
    const roles = (user.roles as Array<{ id: number }>).map((r) => r.id);
    const changes: Row = {};
    if (roles.length !== 1 || roles[0] !== role.id) changes.roles = [role.id];
    if (options.resetPassword && spec.password) changes.password = spec.password;
    if (Object.keys(changes).length > 0) {
      await users.updateById(Number(user.id), changes);
      outcome = 'updated';
    }
  }

  // Assignments are keyed on the user id (the e-mail is the user's to change); the e-mail is kept beside it for people to read.
  const userId = Number((await strapi.db.query('admin::user').findOne({ where: { email: spec.email }, select: ['id'] }))?.id);
  const wanted = portals.map((p) => String(p.documentId)).sort();
  const assignments = strapi.documents(ASSIGNMENT);
  const assignment =
    (await assignments.findFirst({ filters: { userId }, populate: { portals: { fields: ['code'] } } })) ??
    (await assignments.findFirst({ filters: { email: spec.email }, populate: { portals: { fields: ['code'] } } }));
  const portalSet = { set: wanted.map((documentId) => ({ documentId })) };
  if (!assignment) {
    await assignments.create({ data: { userId, email: spec.email, portals: portalSet } });
    return outcome === 'unchanged' ? 'updated' : outcome;
  }
  const current = (assignment.portals as Array<{ documentId: string }>).map((p) => p.documentId).sort();
  if (current.join(',') !== wanted.join(',') || assignment.userId !== userId || assignment.email !== spec.email) {
    await assignments.update({ documentId: assignment.documentId, data: { userId, email: spec.email, portals: portalSet } });
    return outcome === 'unchanged' ? 'updated' : outcome;
  }
  return outcome;
}
