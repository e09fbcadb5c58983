import { CONTENT_PATHS, PORTAL_OWNED } from '@qn/content';
import { requireTree, type Portal } from '@qn/portal-model';
import type { OwnedRecord, ReorgPlan, ReorgState } from './types.ts';

const PORTAL = 'api::portal.portal';
const REDIRECT = 'api::redirect.redirect';
const EVENT = 'api::portal-event.portal-event';
const OUTBOX = 'api::content-event.content-event';

/** Content that follows its portal into a merger; an agency and its leaders stay with the body they describe. */
export const MOVABLE = [...PORTAL_OWNED].filter((uid) => uid !== 'api::agency.agency' && uid !== 'api::person.person').concat('api::notice.notice');

type Row = Record<string, unknown>;
interface Query {
  findMany(params: object): Promise<Row[]>;
  findOne(params: object): Promise<Row | null>;
  update(params: object): Promise<unknown>;
  updateMany(params: object): Promise<unknown>;
  create(params: object): Promise<Row>;
}
interface Documents {
  create(params: object): Promise<Row>;
  update(params: object): Promise<Row>;
  findFirst(params: object): Promise<Row | null>;
}
/** The slice of Strapi the reorganisation uses (structural, so this package does not depend on Strapi). */
export interface ReorgTarget {
  documents(uid: string): Documents;
  db: { query(uid: string): Query; transaction<T>(cb: () => Promise<T>): Promise<T> };
}

/** Reads the whole tree (archived portals included) and every record a portal owns. */
export async function loadState(strapi: ReorgTarget): Promise<ReorgState> {
  const rows = await strapi.db.query(PORTAL).findMany({ populate: { parent: { select: ['code'] } } });
  const portals: Portal[] = rows.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    level: Number(r.level) as 1 | 2 | 3,
    parentCode: (r.parent as Row | null)?.code ? String((r.parent as Row).code) : null,
    kind: r.kind as Portal['kind'],
    domain: String(r.domain),
    language: r.language as Portal['language'],
  }));
  const states = new Map(rows.map((r) => [String(r.code), r.state === 'archived' ? ('archived' as const) : ('active' as const)]));
  const records: OwnedRecord[] = [];
  for (const model of MOVABLE) {
    const versions = await strapi.db.query(model).findMany({ populate: { portal: { select: ['code'] } } });
    const byDocument = new Map<string, Row>();
    // The published version's address is the one readers know.
    for (const row of versions) if (!byDocument.has(String(row.documentId)) || row.publishedAt) byDocument.set(String(row.documentId), row);
    for (const row of byDocument.values()) {
      const portal = (row.portal as Row | null)?.code;
      if (!portal) continue;
      const slug = model in CONTENT_PATHS && typeof row.slug === 'string' ? row.slug : null;
      records.push({ model, documentId: String(row.documentId), portal: String(portal), slug, label: String(row.title ?? row.number ?? row.message ?? row.documentId) });
    }
  }
  return { tree: requireTree(portals), states, records };
}

/**
 * Carries out a plan in one database transaction. Records move on every
 * version (draft and published) without publishing pending drafts; each
 * change is written to the outbox so the publisher rebuilds the sites.
 */
export async function applyPlan(strapi: ReorgTarget, plan: ReorgPlan, now: Date): Promise<void> {
  if (plan.problems.length > 0) throw new Error(`The plan has problems and was not applied:\n${plan.problems.join('\n')}`);
  await strapi.db.transaction(async () => {
    const ids = new Map<string, string>();
    const portalId = async (code: string): Promise<string> => {
      const cached = ids.get(code);
      if (cached) return cached;
      const row = await strapi.db.query(PORTAL).findOne({ where: { code }, select: ['documentId'] });
      if (!row) throw new Error(`Portal "${code}" vanished while the plan was applied.`);
      ids.set(code, String(row.documentId));
      return String(row.documentId);
    };
    for (const portal of plan.createPortals) {
      const parent = portal.parentCode ? { parent: { connect: [{ documentId: await portalId(portal.parentCode) }] } } : {};
      const { parentCode: _parent, ...fields } = portal;
      const created = await strapi.documents(PORTAL).create({ data: { ...fields, ...parent } });
      ids.set(portal.code, String(created.documentId));
    }
    for (const update of plan.updatePortals) {
      const { parent, successor, ...fields } = update.set;
      const documentId = await portalId(update.code);
      await strapi.documents(PORTAL).update({
        documentId,
        data: {
          ...fields,
          ...(parent ? { parent: { set: [{ documentId: await portalId(parent) }] } } : {}),
          ...(successor ? { successor: { set: [{ documentId: await portalId(successor) }] } } : {}),
        },
      });
      if (fields.code) ids.set(fields.code, documentId);
    }
    for (const move of plan.moves) {
      const target = await strapi.db.query(PORTAL).findOne({ where: { documentId: await portalId(move.to) }, select: ['id'] });
      const versions = await strapi.db.query(move.model).findMany({ where: { documentId: move.documentId }, select: ['id'] });
      for (const version of versions) {
        await strapi.db.query(move.model).update({
          where: { id: version.id },
          data: { portal: target?.id, ...(move.newSlug ? { slug: move.newSlug } : {}) },
        });
      }
      await strapi.db.query(OUTBOX).create({ data: { model: move.model, ref: move.documentId, action: 'update', reason: `reorganisation: ${move.from} → ${move.to}`, portals: [move.from, move.to] } });
    }
    for (const redirect of plan.redirects) await strapi.documents(REDIRECT).create({ data: redirect });
    for (const { from, to } of plan.retarget) await strapi.db.query(REDIRECT).updateMany({ where: { toCode: from }, data: { toCode: to } });
    for (const event of plan.history) {
      await strapi.documents(EVENT).create({
        data: { ...event, at: now.toISOString(), portal: { connect: [{ documentId: await portalId(event.code) }] } },
      });
    }
  });
}
