import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '@qn/editors';
import { clearingShapes, countRows, expectUp, fingerprint, inGroups, relationShapes, type Ref, type Shape } from '../helpers/attack.ts';
import { buildFixtures, TYPES, UIDS, type Fixtures } from '../helpers/portal-fixtures.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

/**
 * The write side of the attacker's matrix, generated: every role × every
 * portal-owned content type × every write action of the content manager ×
 * every relation-input shape Strapi accepts, aimed at another portal. Each
 * attempt must be refused (or leave nothing changed), and is judged on what
 * is stored afterwards, not only on its status; the CMS must answer its
 * health check after every request. Controls at the end show the same
 * requests aimed at the user's own portals do change things, so the matrix
 * can fail.
 */
let stack: TestStack;
let f: Fixtures;
const CM = '/content-manager/collection-types';
const ROLES: RoleName[] = ['editor', 'approver', 'reviewer'];
const SCHEDULED = new Set(['api::article.article', 'api::notice.notice', 'api::legal-document.legal-document']);
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

interface Attempt {
  name: string;
  role: RoleName;
  method: string;
  path: string;
  body?: unknown;
  /** Documents of other portals: their stored state must be exactly the same afterwards. */
  watch: Array<{ uid: string; documentId: string }>;
  /** Our own document the request aims at: whatever it did, every row stays in our portals and links nothing of theirs. */
  ours?: { uid: string; documentId: string };
  /** Types whose rows outside our portals must stay as many as they were. */
  counts: string[];
  /** Our document must not change at all (a reviewer's edit). */
  unchanged?: boolean;
  /** Our document's schedule (publishAt, unpublishAt) must not change. */
  schedule?: boolean;
  /** refused: a 4xx answer; harmless: any answer below 500, as long as the stored state says nothing happened. */
  expect: 'refused' | 'harmless';
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  stack = await startStack();
  f = await buildFixtures(stack);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await stack?.stop();
});

/** The relations of each type that can point at another portal's records, with what they would point at. */
function relationTargets(uid: string): Array<{ field: string; to: Ref; watch?: { uid: string; documentId: string }; expect: Attempt['expect'] }> {
  const other = (type: string) => f.records[`api::${type}.${type}`]!.otherDraft;
  const doc = (type: string) => ({ uid: `api::${type}.${type}`, documentId: other(type).documentId });
  const file = { field: '', to: f.files.other, expect: 'refused' as const };
  switch (uid) {
    case 'api::article.article':
      return [
        { field: 'category', to: f.categories.other, expect: 'refused' },
        // Sharing to a portal the author may not write becomes a request: the article itself must not change.
        { field: 'syndicatedTo', to: f.portals.uongbi!, expect: 'harmless' },
        { field: 'translationOf', to: other('article'), watch: doc('article'), expect: 'refused' },
        { field: 'translations', to: other('article'), watch: doc('article'), expect: 'refused' },
        { ...file, field: 'cover' },
      ];
    case 'api::agency.agency':
      return [{ field: 'leaders', to: other('person'), watch: doc('person'), expect: 'refused' }];
    case 'api::person.person':
      return [{ field: 'agency', to: other('agency'), watch: doc('agency'), expect: 'refused' }, { ...file, field: 'portrait' }];
    case 'api::legal-document.legal-document':
      return [
        { field: 'issuer', to: other('agency'), watch: doc('agency'), expect: 'refused' },
        { field: 'replacedBy', to: other('legal-document'), watch: doc('legal-document'), expect: 'refused' },
        { ...file, field: 'files' },
      ];
    case 'api::plan.plan':
    case 'api::disclosure.disclosure':
    case 'api::recruitment.recruitment':
    case 'api::consultation.consultation':
      return [{ ...file, field: 'files' }];
    default:
      return [];
  }
}

/** One shape of each kind: a bare string, a number, a longhand object, connect, set, and clearing. */
function representative(shapes: Shape[]): Shape[] {
  const kinds = ['documentId string', 'numeric id', '{ id }', 'connect { documentId } (single object)', 'connect [{ id }]', 'set { documentId } (single object)', 'set and connect together', 'null', 'disconnect current and connect new'];
  return shapes.filter((s) => kinds.includes(s.name));
}

/** Every attempt against one content type, for every role. */
function attemptsFor(uid: string): Attempt[] {
  const records = f.records[uid]!;
  const own = records.ownDraft;
  const ours = { uid, documentId: own.documentId };
  const allShapes: Shape[] = [...relationShapes(f.portals.uongbi!, f.portals.halong!), ...clearingShapes(f.portals.halong!)];
  const attempts: Attempt[] = [];
  for (const role of ROLES) {
    // An approver writes through exactly the path an editor does (approving only adds publishing, tried below):
    // editors and reviewers get every shape, approvers one of each kind.
    const portalShapes = role === 'approver' ? representative(allShapes) : allShapes;
    const add = (a: Omit<Attempt, 'role' | 'counts' | 'expect'> & Partial<Pick<Attempt, 'counts' | 'expect'>>) =>
      attempts.push({ role, counts: [uid], expect: 'refused', ...a });
    for (const shape of portalShapes) {
      add({ name: `move own draft, portal as ${shape.name}`, method: 'PUT', path: `${CM}/${uid}/${own.documentId}`, body: { portal: shape.value }, watch: [], ours });
      add({ name: `create, portal as ${shape.name}`, method: 'POST', path: `${CM}/${uid}`, body: { ...TYPES[uid]!('Tấn công'), portal: shape.value }, watch: [] });
    }
    for (const shape of representative(allShapes)) {
      // Clone reads its body with the same relation parser as create and update.
      add({ name: `clone own draft, portal as ${shape.name}`, method: 'POST', path: `${CM}/${uid}/clone/${own.documentId}`, body: { portal: shape.value }, watch: [], ours });
    }
    add({
      name: 'save and publish own draft into another portal',
      method: 'POST',
      path: `${CM}/${uid}/${own.documentId}/actions/publish`,
      body: { portal: { connect: [{ documentId: f.portals.uongbi!.documentId }] } },
      watch: [],
      ours,
    });
    for (const [label, target] of [
      ['their draft', records.otherDraft],
      ['their published record', records.otherPublished],
    ] as const) {
      const watch = [{ uid, documentId: target.documentId }];
      const path = `${CM}/${uid}/${target.documentId}`;
      add({ name: `update ${label}`, method: 'PUT', path, body: TYPES[uid]!('Sửa trộm'), watch });
      add({ name: `update ${label} into our portal`, method: 'PUT', path, body: { portal: { connect: [{ documentId: f.portals.halong!.documentId }] } }, watch });
      add({ name: `delete ${label}`, method: 'DELETE', path, watch });
      add({ name: `publish ${label}`, method: 'POST', path: `${path}/actions/publish`, body: {}, watch });
      add({ name: `unpublish ${label}`, method: 'POST', path: `${path}/actions/unpublish`, body: {}, watch });
      add({ name: `discard ${label}`, method: 'POST', path: `${path}/actions/discard`, body: {}, watch });
      add({ name: `clone ${label}`, method: 'POST', path: `${CM}/${uid}/clone/${target.documentId}`, body: {}, watch });
      add({ name: `clone ${label} into our portal`, method: 'POST', path: `${CM}/${uid}/clone/${target.documentId}`, body: { portal: f.portals.halong!.documentId }, watch });
      for (const bulk of ['bulkDelete', 'bulkPublish', 'bulkUnpublish']) {
        add({ name: `${bulk} ${label}`, method: 'POST', path: `${CM}/${uid}/actions/${bulk}`, body: { documentIds: [target.documentId] }, watch, expect: 'harmless' });
      }
    }
    for (const relation of relationTargets(uid)) {
      for (const shape of role === 'approver' ? representative(relationShapes(relation.to)) : relationShapes(relation.to)) {
        add({
          name: `link own draft's ${relation.field} to theirs as ${shape.name}`,
          method: 'PUT',
          path: `${CM}/${uid}/${own.documentId}`,
          body: { [relation.field]: shape.value },
          watch: relation.watch ? [relation.watch] : [],
          ours,
          expect: relation.expect,
        });
      }
    }
    if (SCHEDULED.has(uid) && role !== 'approver') {
      for (const field of ['publishAt', 'unpublishAt']) {
        for (const value of ['2020-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z', 0, '2020-01-01']) {
          add({ name: `schedule own draft with ${field} ${String(value)}`, method: 'PUT', path: `${CM}/${uid}/${own.documentId}`, body: { [field]: value }, watch: [], ours, schedule: true });
        }
      }
    }
    if (role === 'reviewer') {
      add({ name: 'edit own draft', method: 'PUT', path: `${CM}/${uid}/${own.documentId}`, body: TYPES[uid]!('Sửa'), watch: [], ours, unchanged: true });
      add({ name: 'create in own portal', method: 'POST', path: `${CM}/${uid}`, body: { ...TYPES[uid]!('Mới'), portal: f.portals.halong!.documentId }, watch: [] });
    }
  }
  return attempts;
}

type Row = Record<string, unknown>;
const portalIdOf = (row: Row) => (row.portal as { documentId?: string } | null | undefined)?.documentId ?? null;

/** Rows of a type outside our portals (another portal's, or none). */
async function foreignRows(uid: string): Promise<number> {
  const ours = [f.portals.halong!.documentId, f.portals['halong-honggai']!.documentId];
  return (stack.strapi as unknown as { db: { query(u: string): { count(p: object): Promise<number> } } }).db
    .query(uid)
    .count({ where: { $or: [{ portal: { documentId: { $notIn: ours } } }, { portal: { documentId: { $null: true } } }] } });
}

/** What other portals' records and row counts looked like before the first attempt: no attempt may change them. */
const baseline = { fingerprints: new Map<string, string>(), counts: new Map<string, number>() };
async function baselineOf(uid: string, documentId: string): Promise<string> {
  const key = `${uid} ${documentId}`;
  if (!baseline.fingerprints.has(key)) baseline.fingerprints.set(key, await fingerprint(stack, uid, documentId));
  return baseline.fingerprints.get(key)!;
}
async function baselineCount(uid: string): Promise<number> {
  if (!baseline.counts.has(uid)) baseline.counts.set(uid, await foreignRows(uid));
  return baseline.counts.get(uid)!;
}

/** Does the body hold a bare documentId string that Strapi would parse as an integer id? */
function readAsId(value: unknown): boolean {
  if (typeof value === 'string') return value.length === 24 && /^\d/.test(value);
  if (Array.isArray(value)) return value.some(readAsId);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, v]) => key !== 'documentId' && readAsId(v));
  return false;
}

/** documentIds of everything that belongs to the other portals. */
function theirs(): string[] {
  return [
    f.portals.uongbi!.documentId,
    f.portals.campha!.documentId,
    f.categories.other.documentId,
    f.files.other.documentId,
    ...Object.values(f.records).flatMap((r) => [r.otherDraft.documentId, r.otherPublished.documentId]),
  ];
}

async function attempt(a: Attempt): Promise<void> {
  const label = `${a.role}: ${a.name} (${a.method} ${a.path})`;
  const before = await Promise.all(a.watch.map((w) => baselineOf(w.uid, w.documentId)));
  const counts = await Promise.all(a.counts.map((uid) => baselineCount(uid)));
  const oursBefore = a.ours && (a.unchanged || a.schedule) ? await fingerprint(stack, a.ours.uid, a.ours.documentId) : null;
  const response = await f.api[a.role].request(a.method, a.path, a.body);
  await expectUp(stack, label);
  const answer = `${response.status} ${JSON.stringify(response.json).slice(0, 300)}`;
  expect(response.status, `${label} → ${answer}`).toBeLessThan(500);
  // Strapi reads a bare documentId that starts with a digit as a numeric id: such a request names some other record, maybe ours.
  if (a.expect === 'refused' && !readAsId(a.body)) expect(response.status, `${label} was not refused: ${answer}`).toBeGreaterThanOrEqual(400);
  const after = await Promise.all(a.watch.map((w) => fingerprint(stack, w.uid, w.documentId)));
  a.watch.forEach((w, i) => expect(after[i], `${label} changed ${w.uid} ${w.documentId}`).toBe(before[i]));
  const countsAfter = await Promise.all(a.counts.map((uid) => foreignRows(uid)));
  a.counts.forEach((uid, i) => expect(countsAfter[i], `${label} added or removed ${uid} rows outside our portals`).toBe(counts[i]));
  if (a.ours) {
    const stored = await fingerprint(stack, a.ours.uid, a.ours.documentId);
    if (a.unchanged) expect(stored, `${label} changed our document`).toBe(oursBefore);
    const rows = JSON.parse(stored) as Row[];
    expect(rows.length, `${label} removed our document`).toBeGreaterThan(0);
    for (const row of rows) {
      expect([f.portals.halong!.documentId, f.portals['halong-honggai']!.documentId], `${label} left our document outside our portals`).toContain(portalIdOf(row));
      if (a.schedule) {
        const was = (JSON.parse(oursBefore!) as Row[]).find((r) => r.id === row.id);
        expect([row.publishAt, row.unpublishAt], `${label} changed the schedule`).toEqual([was?.publishAt, was?.unpublishAt]);
      }
    }
    for (const id of theirs()) expect(stored, `${label} linked our document to ${id} of another portal`).not.toContain(`"${id}"`);
  }
}

describe('the write matrix', () => {
  it('refuses every write aimed at another portal, in every input shape, and stays up', { timeout: 600_000 }, async () => {
    const groups = UIDS.map(attemptsFor);
    const total = groups.reduce((n, g) => n + g.length, 0);
    const started = Date.now();
    // Types are independent of one another: their attempts run side by side, each type's in order.
    await inGroups(groups, 4, attempt);
    expect(unhandled, 'unhandled promise rejections').toEqual([]);
    console.log(`security matrix: ${total} write attempts over ${UIDS.length} content types and ${ROLES.length} roles, all refused or harmless, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    expect(total).toBeGreaterThan(2000);
  });
});

describe('controls: the same requests aimed at our own portals do change things', () => {
  const put = (role: RoleName, uid: string, documentId: string, body: unknown) => f.api[role].request('PUT', `${CM}/${uid}/${documentId}`, body);
  const stored = (uid: string, documentId: string) => fingerprint(stack, uid, documentId);
  const ARTICLE = 'api::article.article';

  it('an editor edits, moves between their own portals and creates', async () => {
    for (const uid of UIDS) {
      const own = f.records[uid]!.ownDraft;
      const before = await stored(uid, own.documentId);
      // A portal has one agency: ours stays where it is (taking the other portal's is refused, see below).
      const to = uid === 'api::agency.agency' ? f.portals.halong! : f.portals['halong-honggai']!;
      const moved = await put('editor', uid, own.documentId, { ...TYPES[uid]!('Đã sửa'), portal: { connect: { documentId: to.documentId } } });
      expect(moved.status, `${uid}: ${JSON.stringify(moved.json).slice(0, 300)}`).toBe(200);
      expect(await stored(uid, own.documentId)).not.toBe(before);
      expect(await stored(uid, own.documentId)).toContain(to.documentId);
      // A portal has one agency, and both of ours have theirs.
      if (uid === 'api::agency.agency') continue;
      const count = await countRows(stack, uid);
      const created = await f.api.editor.request('POST', `${CM}/${uid}`, { ...TYPES[uid]!('Bài mới'), portal: [f.portals.halong!.id] });
      expect(created.status, `${uid}: ${JSON.stringify(created.json).slice(0, 300)}`).toBe(201);
      expect(await countRows(stack, uid)).toBe(count + 1);
    }
  });

  it("taking a portal's agency link from the agency that holds it is refused, and both stay as they were", async () => {
    const [mine, held] = [f.records['api::agency.agency']!.ownDraft, f.records['api::agency.agency']!.ownPublished];
    const before = [await stored('api::agency.agency', mine.documentId), await stored('api::agency.agency', held.documentId)];
    const response = await put('editor', 'api::agency.agency', mine.documentId, { portal: f.portals['halong-honggai']!.documentId });
    expect(response.status).toBe(403);
    expect(String((response.json.error as { message?: string }).message)).toContain('chỉ có một');
    expect([await stored('api::agency.agency', mine.documentId), await stored('api::agency.agency', held.documentId)]).toEqual(before);
  });

  it("an editor links shared and own-portal categories and files, and their portals' records", async () => {
    const own = f.records[ARTICLE]!.ownDraft.documentId;
    for (const body of [{ category: f.categories.shared.documentId }, { category: { connect: [{ id: f.categories.own.id }] } }, { cover: f.files.shared.id }, { cover: f.files.own.id }]) {
      const response = await put('editor', ARTICLE, own, body);
      expect(response.status, `${JSON.stringify(body)}: ${JSON.stringify(response.json).slice(0, 300)}`).toBe(200);
    }
    const legal = f.records['api::legal-document.legal-document']!.ownDraft.documentId;
    const issuer = f.records['api::agency.agency']!.ownPublished;
    const response = await put('editor', 'api::legal-document.legal-document', legal, { issuer: { connect: [{ documentId: issuer.documentId }] } });
    expect(response.status, JSON.stringify(response.json).slice(0, 300)).toBe(200);
    expect(await stored('api::legal-document.legal-document', legal)).toContain(issuer.documentId);
  });

  it("sharing to another portal becomes that portal's request; the article is unchanged until it accepts", async () => {
    const own = f.records[ARTICLE]!.ownDraft.documentId;
    const response = await put('editor', ARTICLE, own, { syndicatedTo: { connect: { id: f.portals.uongbi!.id } } });
    expect(response.status, JSON.stringify(response.json).slice(0, 300)).toBe(200);
    const requests = await (stack.strapi as unknown as { db: { query(u: string): { findMany(p: object): Promise<Array<Record<string, unknown>>> } } }).db
      .query('api::syndication-request.syndication-request')
      .findMany({ where: { article: { documentId: own }, portal: { documentId: f.portals.uongbi!.documentId } } });
    expect(requests.map((r) => r.state)).toContain('pending');
    expect(await stored(ARTICLE, own)).not.toContain(`"documentId":"${f.portals.uongbi!.documentId}"`);
  });

  it('an approver publishes their own portal’s draft', async () => {
    for (const uid of UIDS) {
      const own = f.records[uid]!.ownDraft.documentId;
      const response = await f.api.approver.request('POST', `${CM}/${uid}/${own}/actions/publish`, {});
      expect(response.status, `${uid}: ${JSON.stringify(response.json).slice(0, 300)}`).toBe(200);
      expect(await stored(uid, own)).toMatch(/"publishedAt":"\d{4}-/);
    }
  });
});
