import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@qn/config';
import { provisionEditor, type EditorsTarget, type RoleName } from '@qn/editors';
import { expectUp, fingerprint } from '../helpers/attack.ts';
import { buildFixtures, EMAILS, OWN, PASSWORD, PDF, SECRET, TYPES, UIDS, type Fixtures } from '../helpers/portal-fixtures.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

/**
 * Everything an editor reaches besides content writes, tried as an
 * attacker: reads (lists, pickers, filters and sorts through relations,
 * populated relations, counts, history), every admin route nobody reviewed,
 * the builder token, the media library (files, folders, bulk actions,
 * uploads, how files are served), the user's own account, and the
 * scheduler. Drafts of other portals carry the marker BÍ-MẬT: no answer to
 * one of our users may contain it. Stored state is checked, not only
 * statuses.
 */
let stack: TestStack;
let f: Fixtures;
const CM = '/content-manager/collection-types';
const ARTICLE = 'api::article.article';
const ROLES: RoleName[] = ['editor', 'approver', 'reviewer'];
type Row = Record<string, unknown>;
interface Query {
  findOne(p: object): Promise<Row | null>;
  findMany(p: object): Promise<Row[]>;
  count(p: object): Promise<number>;
  update(p: object): Promise<Row>;
}
const db = (uid: string) => (stack.strapi as unknown as { db: { query(u: string): Query } }).db.query(uid);
const documents = (uid: string) =>
  (stack.strapi as unknown as { documents(u: string): { update(p: object): Promise<Row>; findOne(p: object): Promise<Row | null> } }).documents(uid);
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  stack = await startStack();
  f = await buildFixtures(stack);
  // Links only a province administrator can make: our article is the translation of their draft; their draft shows the shared
  // file; our published article shows our file.
  await documents(ARTICLE).update({ documentId: f.records[ARTICLE]!.ownDraft.documentId, data: { translationOf: f.records[ARTICLE]!.otherDraft.documentId } });
  await documents(ARTICLE).update({ documentId: f.records[ARTICLE]!.otherDraft.documentId, data: { cover: f.files.shared.id } });
  const published = f.records[ARTICLE]!.ownPublished.documentId;
  await documents(ARTICLE).update({ documentId: published, data: { cover: f.files.own.id } });
  await (stack.strapi as unknown as { documents(u: string): { publish(p: object): Promise<unknown> } }).documents(ARTICLE).publish({ documentId: published });
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await stack?.stop();
});

async function as(role: RoleName, method: string, path: string, body?: unknown) {
  const response = await f.api[role].request(method, path, body);
  await expectUp(stack, `${role} ${method} ${path}`);
  expect(response.status, `${role} ${method} ${path}`).toBeLessThan(500);
  expect(JSON.stringify(response.json), `${role} ${method} ${path} leaked another portal's draft`).not.toContain(SECRET);
  return response;
}

describe('reads never show another portal’s drafts', () => {
  it.each(ROLES)('%s: lists, single records and both statuses, for every type', async (role) => {
    for (const uid of UIDS) {
      const records = f.records[uid]!;
      for (const status of ['draft', 'published']) {
        const list = await as(role, 'GET', `${CM}/${uid}?pageSize=100&status=${status}`);
        expect(list.status).toBe(200);
      }
      const mine = await as(role, 'GET', `${CM}/${uid}?pageSize=100`);
      expect((mine.json.results as Row[]).map((r) => r.documentId), `${role} sees own drafts of ${uid}`).toContain(records.ownDraft.documentId);
      expect((await as(role, 'GET', `${CM}/${uid}/${records.otherDraft.documentId}`)).status).toBe(404);
      // The content manager shows a portal user their own portals' records only; whatever it answers holds no draft of theirs.
      for (const query of ['', '?status=draft', '?status=published']) {
        expect([200, 403, 404]).toContain((await as(role, 'GET', `${CM}/${uid}/${records.otherPublished.documentId}${query}`)).status);
      }
    }
  });

  it.each(ROLES)('%s: relation pickers and the links of our own records', async (role) => {
    const own = f.records[ARTICLE]!.ownDraft.documentId;
    for (const field of ['translationOf', 'translations']) {
      const available = await as(role, 'GET', `/content-manager/relations/${ARTICLE}/${field}?pageSize=100`);
      expect(available.status).toBe(200);
      const linked = await as(role, 'GET', `/content-manager/relations/${ARTICLE}/${own}/${field}?pageSize=100`);
      expect((linked.json.results as Row[] | undefined)?.map((r) => r.documentId) ?? []).not.toContain(f.records[ARTICLE]!.otherDraft.documentId);
    }
    for (const [uid, field] of [
      ['api::person.person', 'agency'],
      ['api::agency.agency', 'leaders'],
      ['api::legal-document.legal-document', 'issuer'],
      ['api::legal-document.legal-document', 'replacedBy'],
    ] as const) {
      expect((await as(role, 'GET', `/content-manager/relations/${uid}/${field}?pageSize=100`)).status).toBe(200);
    }
    expect((await as(role, 'GET', `${CM}/${ARTICLE}/${own}/actions/countDraftRelations`)).status).toBe(200);
    const ids = Object.values(f.records).flatMap((r) => [r.otherDraft.documentId, r.otherPublished.documentId]);
    await as(role, 'GET', `${CM}/${ARTICLE}/actions/countManyEntriesDraftRelations?documentIds[0]=${ids[0]}&documentIds[1]=${own}`);
    await as(role, 'POST', `${CM}/${ARTICLE}/actions/bulkFindForValidation`, { documentIds: [own, f.records[ARTICLE]!.otherDraft.documentId] });
    await as(role, 'GET', '/content-manager/homepage/recent-documents?action=update');
    await as(role, 'GET', '/content-manager/homepage/recent-documents?action=publish');
  });

  it('a filter through a relation matches only what the user may see (no oracle on hidden drafts)', async () => {
    const path = `${CM}/${ARTICLE}?filters[translationOf][title][$contains]=${encodeURIComponent(SECRET)}`;
    const admin = await stack.admin.request('GET', path);
    expect((admin.json.results as Row[]).length, 'the link exists').toBe(1);
    for (const role of ROLES) expect(((await as(role, 'GET', path)).json.results as Row[]).length).toBe(0);
    const nested = `${CM}/${ARTICLE}?filters[$or][0][translationOf][title][$contains]=${encodeURIComponent(SECRET)}&filters[$or][1][title][$eq]=x`;
    expect(((await as('editor', 'GET', nested)).json.results as Row[]).length).toBe(0);
    // Text search in a rich-text (JSON) field: PostgreSQL cannot run it; the caller is told, the server does not fail.
    const json = await as('editor', 'GET', `${CM}/${ARTICLE}?filters[translationOf][body][$contains]=${encodeURIComponent(SECRET)}`);
    if (json.status !== 200) expect(json.status).toBe(400);
    else expect((json.json.results as Row[]).length).toBe(0);
    const sorted = await f.api.editor.request('GET', `${CM}/${ARTICLE}?sort=translationOf.title:asc`);
    expect(sorted.status).toBe(403);
  });

  it("a file's `related` records (filled by Strapi with every draft that uses it) are never populated", async () => {
    for (const role of ROLES) {
      for (const path of [
        '/upload/files?populate[related]=true&pageSize=100',
        '/upload/files?populate=*&pageSize=100',
        `/upload/files/${f.files.shared.id}?populate[0]=related`,
      ]) {
        const response = await as(role, 'GET', path);
        expect(response.status, path).toBeLessThan(400);
      }
    }
    const token = await fetch(`${stack.cmsUrl}/api/upload/files?populate[related][on][${ARTICLE}]=true`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect(await token.text()).not.toContain(SECRET);
  });

  it('filters and populates nested deeper than the limit are refused or cut, never let through', async () => {
    const deepFilter = `${CM}/api::portal.portal?${'filters[$and][0]'.repeat(1)}${Array.from({ length: 11 }, () => '[$and][0]').join('')}[agency][name][$contains]=${encodeURIComponent(SECRET)}`;
    const filtered = await as('editor', 'GET', deepFilter);
    if (filtered.status === 200) expect((filtered.json.results as Row[]).length).toBe(0);
    const deepPopulate = `/api/portals?${'populate[children]'}${'[populate][children]'.repeat(9)}[populate][agency]=true&pagination[pageSize]=300`;
    const token = await fetch(`${stack.cmsUrl}${deepPopulate}`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect(token.status).toBeLessThan(500);
    expect(await token.text()).not.toContain(SECRET);
  });

  it("the home page counts only the user's portals", async () => {
    const ours = await Promise.all(
      UIDS.map((uid) => db(uid).count({ where: { publishedAt: null, portal: { code: { $in: [...OWN] } } } })),
    );
    const counts = (await as('editor', 'GET', '/content-manager/homepage/count-documents')).json.data as { draft: number; published: number; modified: number };
    // Every document keeps a draft row: one per document of our portals.
    expect(counts.draft + counts.published + counts.modified).toBe(ours.reduce((a, b) => a + b, 0));
    const all = (await stack.admin.request('GET', '/content-manager/homepage/count-documents')).json.data as { draft: number; published: number; modified: number };
    expect(all.draft + all.published + all.modified).toBeGreaterThan(counts.draft + counts.published + counts.modified);
  });

  it("history and the audit log of another portal's records are refused", async () => {
    const other = f.records[ARTICLE]!.otherPublished.documentId;
    for (const role of ROLES) {
      expect((await as(role, 'GET', `/qn-admin/history/${ARTICLE}/${other}`)).status).toBe(403);
      expect((await as(role, 'GET', `/qn-admin/history/${ARTICLE}/${other}/diff?from=1&to=1`)).status).toBe(403);
      expect((await as(role, 'POST', `/qn-admin/history/${ARTICLE}/${other}/restore`, { version: 1 })).status).toBe(403);
      expect((await as(role, 'GET', '/qn-admin/audit.csv')).status).toBe(403);
    }
  });
});

describe('clones and refusals inside Strapi’s own transactions', () => {
  it("a clone carries no link its author could not make: our article's link to their draft is not copied, and the clone is logged", async () => {
    const source = f.records[ARTICLE]!.ownDraft.documentId;
    const response = await as('editor', 'POST', `${CM}/${ARTICLE}/clone/${source}`, {});
    expect([200, 201], JSON.stringify(response.json)).toContain(response.status);
    const clone = (response.json.data as { documentId: string }).documentId;
    expect(clone).not.toBe(source);
    expect(await fingerprint(stack, ARTICLE, clone)).not.toContain(f.records[ARTICLE]!.otherDraft.documentId);
    expect(await fingerprint(stack, ARTICLE, source)).toContain(f.records[ARTICLE]!.otherDraft.documentId);
    const [row] = await db('api::audit-entry.audit-entry').findMany({ where: { action: 'clone', actorEmail: EMAILS.editor }, orderBy: { id: 'desc' } });
    expect(row).toMatchObject({ outcome: 'ok', ref: clone });
  });

  it("a link another portal's published article holds to ours cannot be undone from our draft", async () => {
    const ours = f.records[ARTICLE]!.ownPublished.documentId;
    const system = (stack.strapi as unknown as { documents(u: string): { create(p: object): Promise<{ documentId: string }>; publish(p: object): Promise<unknown> } }).documents(ARTICLE);
    const english = String((await db('api::portal.portal').findOne({ where: { code: 'english' } }))?.documentId);
    const theirs = (await system.create({ data: { ...TYPES[ARTICLE]!('Ha Long Bay in English'), portal: english, translationOf: ours } })).documentId;
    await system.publish({ documentId: theirs });
    const before = [await fingerprint(stack, ARTICLE, theirs), await fingerprint(stack, ARTICLE, ours)];
    for (const body of [{ translations: { disconnect: [{ documentId: theirs }] } }, { translations: [] }, { translations: { set: [] } }]) {
      expect((await as('editor', 'PUT', `${CM}/${ARTICLE}/${ours}`, body)).status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
    }
    expect([await fingerprint(stack, ARTICLE, theirs), await fingerprint(stack, ARTICLE, ours)]).toEqual(before);
  });

  it('a refused save-and-publish is logged although Strapi rolls its transaction back', async () => {
    const own = f.records['api::page.page']!.ownDraft.documentId;
    const before = await fingerprint(stack, 'api::page.page', own);
    const response = await as('approver', 'POST', `${CM}/api::page.page/${own}/actions/publish`, { portal: { connect: [{ documentId: f.portals.uongbi!.documentId }] } });
    expect(response.status).toBe(403);
    expect(await fingerprint(stack, 'api::page.page', own)).toBe(before);
    await expect.poll(async () => (await db('api::audit-entry.audit-entry').findMany({ where: { ref: own, outcome: 'refused', actorEmail: EMAILS.approver } })).length).toBeGreaterThan(0);
  });
});

describe('a request to show an article on another portal', () => {
  it("is accepted by the target portal's approver, and the article is then shown there", async () => {
    const article = f.records[ARTICLE]!.otherPublished;
    const request = await (stack.strapi as unknown as { documents(u: string): { create(p: object): Promise<{ documentId: string }> } })
      .documents('api::syndication-request.syndication-request')
      .create({ data: { article: { connect: [{ documentId: article.documentId }] }, portal: { connect: [{ documentId: f.portals.halong!.documentId }] }, state: 'pending' } });
    const path = `${CM}/api::syndication-request.syndication-request/${request.documentId}`;
    expect((await as('editor', 'PUT', path, { state: 'accepted' })).status).toBe(403);
    const accepted = await as('approver', 'PUT', path, { state: 'accepted' });
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    const rows = await db(ARTICLE).findMany({ where: { documentId: article.documentId }, populate: { syndicatedTo: { select: ['code'] } } });
    expect(rows.every((r) => (r.syndicatedTo as Row[]).some((p) => p.code === 'halong'))).toBe(true);
  });
});

describe('routes nobody reviewed are closed to portal users', () => {
  const closed: Array<[string, string, unknown?]> = [
    ['PUT', '/content-manager/components/agency.unit/configuration', { settings: {}, metadatas: {}, layouts: { edit: [], list: [] } }],
    ['PUT', `/content-manager/content-types/${ARTICLE}/configuration`, { settings: {}, metadatas: {}, layouts: { edit: [], list: [] } }],
    ['POST', '/content-manager/uid/generate', { contentTypeUID: ARTICLE, field: 'slug', data: {} }],
    ['POST', '/content-manager/uid/check-availability', { contentTypeUID: ARTICLE, field: 'slug', value: 'x' }],
    ['GET', '/content-manager/single-types/api::anything.anything'],
    ['POST', '/email', { to: 'a@example.com', subject: 'x', text: 'x' }],
    ['POST', '/upload/actions/upload-from-urls', { urls: ['http://127.0.0.1:1/'] }],
    ['PUT', '/upload/configuration', { pageSize: 100, sort: 'createdAt:DESC' }],
    ['PUT', '/upload/settings', { responsiveDimensions: false }],
    ['POST', '/upload/actions/generate-ai-metadata', { fileIds: [1] }],
    ['PUT', '/i18n/settings', { aiLocalizations: true }],
    ['POST', '/i18n/locales', { code: 'fr', name: 'French' }],
    ['GET', '/admin/users'],
    ['GET', '/admin/roles'],
    ['GET', '/admin/webhooks'],
    ['GET', '/admin/api-tokens'],
    ['GET', '/admin/admin-tokens'],
    ['GET', '/admin/transfer/tokens'],
    ['POST', '/admin/project-settings', {}],
    ['GET', '/admin/ai-token'],
    ['GET', '/admin/ai-usage'],
    ['GET', '/upload/settings'],
    ['GET', '/admin/content-api/permissions'],
    ['GET', '/users-permissions/roles'],
    ['GET', '/content-type-builder/content-types'],
  ];
  it.each(ROLES)('%s is refused every one of them', async (role) => {
    const configuration = JSON.stringify((await stack.admin.request('GET', '/content-manager/components/agency.unit/configuration')).json);
    for (const [method, path, body] of closed) {
      const response = await as(role, method, path, body);
      expect(response.status, `${role} ${method} ${path}`).toBe(403);
    }
    expect(JSON.stringify((await stack.admin.request('GET', '/content-manager/components/agency.unit/configuration')).json)).toBe(configuration);
  });
});

describe('the builder token and anonymous callers', () => {
  const token = () => ({ authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' });

  it('REST returns published content only, with populated relations, whatever status is asked for', async () => {
    for (const path of ['/api/articles?status=draft&populate=*', '/api/articles?populate[0]=translationOf&populate[1]=translations&populate[2]=syndicatedTo', '/api/agencies?populate=*&status=draft', '/api/people?populate=*', '/api/legal-documents?populate=*', '/api/portals?populate[0]=agency&pagination[pageSize]=300', '/api/portals?status=draft&populate[0]=agency&pagination[pageSize]=300', '/api/categories?status=draft&populate=*']) {
      const response = await fetch(`${stack.cmsUrl}${path}&pagination[pageSize]=100`, { headers: token() });
      const text = await response.text();
      expect(response.status, path).toBe(200);
      expect(text, path).not.toContain(SECRET);
    }
  });

  it('GraphQL returns published content only, nested relations included, even with status DRAFT', async () => {
    for (const query of [
      '{ articles(status: DRAFT, pagination: { pageSize: 100 }) { documentId title translationOf { title } translations { title } } }',
      '{ articles(pagination: { pageSize: 100 }) { title translationOf(status: DRAFT) { title } translations(status: DRAFT) { title body } } }',
      '{ agencies(status: DRAFT) { name leaders(status: DRAFT) { name } } }',
      '{ people { name agency(status: DRAFT) { name } } }',
      '{ portals(pagination: { pageSize: 300 }) { code agency { name } } }',
      '{ portals(pagination: { pageSize: 300 }) { code agency(status: DRAFT) { name } } }',
      '{ portals(status: DRAFT, pagination: { pageSize: 300 }) { code agency { name } } }',
    ]) {
      const response = await fetch(`${stack.cmsUrl}/graphql`, { method: 'POST', headers: token(), body: JSON.stringify({ query }) });
      expect(await response.text(), query).not.toContain(SECRET);
    }
  });

  it('a publication filter, which compares versions in raw SQL, is ignored for the token', async () => {
    const count = async (query: string) =>
      ((await (await fetch(`${stack.cmsUrl}/api/articles?pagination[pageSize]=100${query}`, { headers: token() })).json()) as { data: Row[] }).data.length;
    const all = await count('');
    expect(all).toBeGreaterThan(1);
    expect(await count('&publicationFilter=modified')).toBe(all);
    expect(await count('&hasPublishedVersion=false')).toBe(all);
  });

  it('the token writes nothing, by REST or GraphQL', async () => {
    const before = await db(ARTICLE).count({});
    const rest = await fetch(`${stack.cmsUrl}/api/articles`, { method: 'POST', headers: token(), body: JSON.stringify({ data: { title: 'x' } }) });
    expect(rest.status).toBeGreaterThanOrEqual(403);
    const update = await fetch(`${stack.cmsUrl}/api/articles/${f.records[ARTICLE]!.ownPublished.documentId}`, { method: 'PUT', headers: token(), body: JSON.stringify({ data: { title: 'x' } }) });
    expect(update.status).toBeGreaterThanOrEqual(403);
    const mutation = await fetch(`${stack.cmsUrl}/graphql`, { method: 'POST', headers: token(), body: JSON.stringify({ query: 'mutation { createArticle(data: { title: "x" }) { documentId } }' }) });
    expect(JSON.stringify(await mutation.json())).toMatch(/Forbidden|not authorized|Cannot query field|errors/i);
    expect(await db(ARTICLE).count({})).toBe(before);
    expect((await fetch(`${stack.cmsUrl}/api/articles`)).status).toBe(403);
  });
});

describe('the media library belongs to portals', () => {
  const files = async (role: RoleName) => ((await as(role, 'GET', '/upload/files?pageSize=100')).json.results as Row[]).map((r) => r.id);
  const file = (id: number) => db('plugin::upload.file').findOne({ where: { id }, populate: { folder: { select: ['id'] } } });
  const upload = async (role: RoleName, name: string, bytes: string | Uint8Array<ArrayBuffer>, type: string, fileInfo?: object, query = '') => {
    const form = new FormData();
    form.append('files', new Blob([bytes], { type }), name);
    if (fileInfo) form.append('fileInfo', JSON.stringify(fileInfo));
    const response = await fetch(`${stack.cmsUrl}/upload${query}`, { method: 'POST', headers: { authorization: `Bearer ${f.api[role].token}` }, body: form });
    await expectUp(stack, `upload ${name}`);
    return { status: response.status, json: (await response.json()) as unknown };
  };

  it.each(ROLES)('%s sees their portals’ files and the shared root, never another portal’s', async (role) => {
    const seen = await files(role);
    expect(seen).toContain(f.files.own.id);
    expect(seen).toContain(f.files.shared.id);
    expect(seen).not.toContain(f.files.other.id);
    expect((await as(role, 'GET', `/upload/files/${f.files.other.id}`)).status).toBeGreaterThanOrEqual(403);
    const folders = ((await as(role, 'GET', '/upload/folders?pageSize=300')).json.data as Row[]).map((r) => r.id);
    expect(folders).toContain(f.folders.own.id);
    expect(folders).not.toContain(f.folders.other.id);
    const tree = JSON.stringify((await as(role, 'GET', '/upload/folder-structure')).json);
    expect(tree).toContain(`"id":${f.folders.own.id}`);
    expect(tree).not.toContain(`"id":${f.folders.other.id},`);
  });

  it.each(['editor', 'approver', 'reviewer'] as const)("%s cannot change, move or delete another portal's or the shared files", async (role) => {
    const snapshot = async () => JSON.stringify(await Promise.all([file(f.files.other.id), file(f.files.shared.id), file(f.files.own.id)]));
    const before = await snapshot();
    const folderBefore = JSON.stringify(await db('plugin::upload.folder').findMany({ orderBy: { id: 'asc' } }));
    const attempts: Array<[string, string, unknown?]> = [
      ['PUT', `/upload/files/${f.files.other.id}`, { fileInfo: { name: 'doi-ten.pdf' } }],
      ['PUT', `/upload/files/${f.files.shared.id}`, { fileInfo: { name: 'doi-ten.pdf' } }],
      ['PUT', `/upload/files/${f.files.own.id}`, { fileInfo: { folder: f.folders.other.id } }],
      ['PUT', `/upload/files/${f.files.own.id}`, { fileInfo: { folder: null } }],
      ['DELETE', `/upload/files/${f.files.other.id}`],
      ['DELETE', `/upload/files/${f.files.shared.id}`],
      ['POST', '/upload/actions/bulk-delete', { fileIds: [f.files.other.id] }],
      ['POST', '/upload/actions/bulk-delete', { fileIds: [f.files.own.id, f.files.shared.id] }],
      ['POST', '/upload/actions/bulk-delete', { folderIds: [f.folders.other.id] }],
      ['POST', '/upload/actions/bulk-delete', { folderIds: [f.folders.own.id] }],
      ['POST', '/upload/actions/bulk-move', { fileIds: [f.files.other.id], destinationFolderId: f.folders.own.id }],
      ['POST', '/upload/actions/bulk-move', { fileIds: [f.files.own.id], destinationFolderId: f.folders.other.id }],
      ['POST', '/upload/actions/bulk-move', { fileIds: [f.files.own.id], destinationFolderId: null }],
      ['POST', '/upload/actions/bulk-move', { folderIds: [f.folders.ownChild.id], destinationFolderId: f.folders.other.id }],
      ['POST', '/upload/actions/bulk-move', { folderIds: [f.folders.own.id], destinationFolderId: f.folders.ownChild.id }],
      ['POST', '/upload/actions/bulk-update', { updates: [{ id: f.files.other.id, fileInfo: { name: 'x.pdf' } }] }],
      ['POST', '/upload/actions/bulk-update', { updates: [{ id: f.files.own.id, fileInfo: { name: 'x.pdf', folder: f.folders.other.id } }] }],
      ['POST', '/upload/folders', { name: 'Thư mục lạ', parent: f.folders.other.id }],
      ['PUT', `/upload/folders/${f.folders.other.id}`, { name: 'Đổi tên' }],
      ['PUT', `/upload/folders/${f.folders.own.id}`, { name: 'Đổi tên cổng' }],
      ['PUT', `/upload/folders/${f.folders.ownChild.id}`, { name: 'Ảnh', parent: f.folders.other.id }],
    ];
    const replaceInto = new FormData();
    replaceInto.append('files', new Blob([PDF], { type: 'application/pdf' }), 'thay.pdf');
    replaceInto.append('fileInfo', JSON.stringify({ folder: null }));
    const intoRoot = await fetch(`${stack.cmsUrl}/upload/files/${f.files.own.id}/replace`, { method: 'POST', headers: { authorization: `Bearer ${f.api[role].token}` }, body: replaceInto });
    expect(intoRoot.status, 'replace moving a file into the shared root').toBeGreaterThanOrEqual(400);
    for (const [method, path, body] of attempts) {
      const response = await as(role, method, path, body);
      expect(response.status, `${role} ${method} ${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
    }
    const replace = await upload(role, 'thay.pdf', PDF, 'application/pdf', undefined, `?id=${f.files.other.id}`);
    expect(replace.status).toBeGreaterThanOrEqual(400);
    const replaceRoute = new FormData();
    replaceRoute.append('files', new Blob([PDF], { type: 'application/pdf' }), 'thay.pdf');
    const replaced = await fetch(`${stack.cmsUrl}/upload/files/${f.files.other.id}/replace`, { method: 'POST', headers: { authorization: `Bearer ${f.api[role].token}` }, body: replaceRoute });
    expect(replaced.status).toBeGreaterThanOrEqual(400);
    expect(await snapshot()).toBe(before);
    expect(JSON.stringify(await db('plugin::upload.folder').findMany({ orderBy: { id: 'asc' } }))).toBe(folderBefore);
  });

  it("an editor's upload without a folder lands in their portal's folder; into another portal's it is refused", async () => {
    const count = await db('plugin::upload.file').count({});
    const placed = await upload('editor', 'anh-hop.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'image/png');
    expect(placed.status, JSON.stringify(placed.json)).toBe(201);
    const [created] = placed.json as Row[];
    expect((await file(Number(created!.id)))?.folder).toMatchObject({ id: f.folders.own.id });
    const audit = await db('api::audit-entry.audit-entry').findMany({ where: { action: 'media-upload', actorEmail: EMAILS.editor } });
    expect(audit.length).toBeGreaterThan(0);
    const refused = await upload('editor', 'anh-la.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png', { folder: f.folders.other.id });
    expect(refused.status).toBe(403);
    expect(await db('plugin::upload.file').count({})).toBe(count + 1);
  });

  it('an upload cannot attach itself to a record (ref / refId / field): that is for the edit form, under its rules', async () => {
    const target = f.records[ARTICLE]!.otherPublished;
    const before = await fingerprint(stack, ARTICLE, target.documentId);
    const row = await db(ARTICLE).findOne({ where: { documentId: target.documentId, publishedAt: { $notNull: true } } });
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], { type: 'image/png' }), 'chen.png');
    form.append('ref', ARTICLE);
    form.append('refId', String(row?.id));
    form.append('field', 'cover');
    const response = await fetch(`${stack.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${f.api.editor.token}` }, body: form });
    expect(response.status).toBe(403);
    expect(await fingerprint(stack, ARTICLE, target.documentId)).toBe(before);
  });

  it("another portal's files are never reached through the links of our own records (filters and populates through media)", async () => {
    const person = f.records['api::person.person']!.ownDraft.documentId;
    const agency = f.records['api::agency.agency']!.ownDraft.documentId;
    await documents('api::person.person').update({ documentId: person, data: { portrait: f.files.other.id } });
    await documents('api::agency.agency').update({ documentId: agency, data: { leaders: [person] } });
    const deep = 'filters[leaders][portrait][folder][files][id][$notNull]=true';
    for (const path of [`${CM}/api::agency.agency?${deep}`, `${CM}/api::agency.agency/${agency}?${deep}`, `${CM}/api::person.person/${person}?populate[portrait][populate][folder][populate][files]=true`]) {
      for (const role of ROLES) {
        const text = JSON.stringify((await as(role, 'GET', path)).json);
        expect(text, path).not.toContain('ke-hoach-uong-bi');
        expect(text, path).not.toContain('uongbi ·');
      }
    }
  });

  it('an emblem in the portal folder is shown as soon as it is saved: only an approver replaces it', async () => {
    const placed = await upload('editor', 'bieu-trung.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png');
    const id = Number((placed.json as Row[])[0]!.id);
    await db('api::portal.portal').update({ where: { id: f.portals.halong!.id }, data: { emblem: id } });
    expect((await as('editor', 'PUT', `/upload/files/${id}`, { fileInfo: { caption: 'Biểu trưng mới' } })).status).toBe(403);
    expect((await as('approver', 'PUT', `/upload/files/${id}`, { fileInfo: { caption: 'Biểu trưng mới' } })).status).toBe(200);
  });

  it('only an approver replaces, re-captions or deletes a file that published content shows', async () => {
    const before = JSON.stringify(await file(f.files.own.id));
    for (const [method, path, body] of [
      ['PUT', `/upload/files/${f.files.own.id}`, { fileInfo: { caption: 'Chú thích mới' } }],
      ['DELETE', `/upload/files/${f.files.own.id}`],
      ['POST', '/upload/actions/bulk-delete', { fileIds: [f.files.own.id] }],
      ['POST', '/upload/actions/bulk-update', { updates: [{ id: f.files.own.id, fileInfo: { alternativeText: 'Ảnh khác' } }] }],
    ] as Array<[string, string, unknown?]>) {
      const response = await as('editor', method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(JSON.stringify(await file(f.files.own.id))).toBe(before);
    const captioned = await as('approver', 'PUT', `/upload/files/${f.files.own.id}`, { fileInfo: { caption: 'Chú thích mới' } });
    expect(captioned.status, JSON.stringify(captioned.json)).toBe(200);
    expect((await file(f.files.own.id))?.caption).toBe('Chú thích mới');
  });

  it('several files with fewer fileInfo entries than files all land in the portal’s folder, none in the shared root', async () => {
    const form = new FormData();
    for (const name of ['a.pdf', 'b.pdf', 'c.pdf']) form.append('files', new Blob([PDF], { type: 'application/pdf' }), name);
    form.append('fileInfo', JSON.stringify({ name: 'a.pdf', folder: f.folders.own.id }));
    form.append('fileInfo', JSON.stringify({ name: 'b.pdf', folder: f.folders.own.id }));
    const response = await fetch(`${stack.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${f.api.editor.token}` }, body: form });
    expect(response.status).toBe(201);
    const created = (await response.json()) as Row[];
    expect(created).toHaveLength(3);
    for (const row of created) expect((await file(Number(row.id)))?.folderPath).not.toBe('/');
  });

  it('files that could run as a page are refused, whatever their name claims', async () => {
    const count = await db('plugin::upload.file').count({});
    for (const [name, bytes, type] of [
      ['trang.html', '<html><script>alert(1)</script></html>', 'text/html'],
      ['anh.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
      ['anh.jpg', '<html><script>alert(1)</script></html>', 'image/jpeg'],
      ['tai-lieu.pdf', '<script>alert(1)</script>', 'application/pdf'],
      ['ma.js', 'alert(1)', 'text/javascript'],
      ['khong-duoi', PDF, 'application/pdf'],
    ] as const) {
      for (const role of ['editor', 'approver'] as const) {
        const response = await upload(role, name, bytes, type);
        expect(response.status, `${role} uploads ${name}`).toBe(400);
      }
    }
    const form = new FormData();
    form.append('files', new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' }), 'admin.png');
    expect((await fetch(`${stack.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${stack.admin.token}` }, body: form })).status).toBe(400);
    expect(await db('plugin::upload.file').count({})).toBe(count);
  });

  it('stored files are served inert: no sniffing, a sandbox, and a download for documents, whatever the URL spelling', async () => {
    const stored = await file(f.files.own.id);
    const url = String(stored?.url);
    for (const path of [url, url.replace('/uploads/', '/%75ploads/'), url.replace('/uploads/', '/x/../uploads/')]) {
      const response = await fetch(`${stack.cmsUrl}${path}`);
      // Other spellings may not reach the file at all; the file's own address must.
      if (path !== url && response.status === 404) continue;
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toContain('sandbox');
      expect(response.headers.get('content-disposition'), path).toBe('attachment');
    }
    const ranged = await fetch(`${stack.cmsUrl}${url}`, { headers: { range: 'bytes=0-3' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-security-policy')).toContain('sandbox');
    expect(ranged.headers.get('content-disposition')).toBe('attachment');
    const admin = await fetch(`${stack.cmsUrl}/admin/init`);
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe("a user's identity", () => {
  it('changing one’s own e-mail needs the current password, is logged with both addresses, and keeps the portals (keyed on the user id)', async () => {
    const me = await as('reviewer', 'GET', '/admin/users/me');
    const id = (me.json.data as { id: number }).id;
    // Without the password, nothing is said about the address; with it, an address someone is assigned is refused.
    const guessed = await as('reviewer', 'PUT', '/admin/users/me', { email: EMAILS.editor, currentPassword: 'sai-mat-khau' });
    expect(String((guessed.json.error as { message?: string }).message)).toContain('mật khẩu hiện tại');
    expect((await as('reviewer', 'PUT', '/admin/users/me', { email: EMAILS.editor, currentPassword: PASSWORD })).status).toBe(403);
    for (const body of [{ email: 'khac@quangninh.example' }, { email: 'khac@quangninh.example', currentPassword: 'sai-mat-khau' }]) {
      expect((await as('reviewer', 'PUT', '/admin/users/me', body)).status).toBe(403);
      expect((await db('admin::user').findOne({ where: { id } }))?.email).toBe(EMAILS.reviewer);
    }
    const changed = await as('reviewer', 'PUT', '/admin/users/me', { email: 'xem.moi@quangninh.example', currentPassword: PASSWORD });
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    expect((await db('admin::user').findOne({ where: { id } }))?.email).toBe('xem.moi@quangninh.example');
    const logged = await db('api::audit-entry.audit-entry').findMany({ where: { action: 'email-change', actorId: id } });
    expect(logged.map((r) => [r.outcome, r.detail])).toEqual([
      ['refused', `${EMAILS.reviewer} → ${EMAILS.editor}`],
      ['refused', `${EMAILS.reviewer} → ${EMAILS.editor} (assigned to another account)`],
      ['refused', `${EMAILS.reviewer} → khac@quangninh.example`],
      ['refused', `${EMAILS.reviewer} → khac@quangninh.example`],
      ['ok', `${EMAILS.reviewer} → xem.moi@quangninh.example`],
    ]);
    const list = await as('reviewer', 'GET', `${CM}/${ARTICLE}?pageSize=100`);
    expect((list.json.results as Row[]).map((r) => r.documentId)).toContain(f.records[ARTICLE]!.ownDraft.documentId);
  });

  it('audit rows carry the user id beside the e-mail at the time', async () => {
    await as('editor', 'PUT', `${CM}/${ARTICLE}/${f.records[ARTICLE]!.otherDraft.documentId}`, { title: 'x' });
    const me = (await as('editor', 'GET', '/admin/users/me')).json.data as { id: number };
    const rows = await db('api::audit-entry.audit-entry').findMany({ where: { actorEmail: EMAILS.editor, outcome: 'refused' } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.actorId === me.id)).toBe(true);
  });
});

describe('the scheduler publishes only what an approver approved, as that approver', () => {
  const schedule = () => stack.strapi.service('api::schedule.schedule') as { run(now: Date): Promise<{ published: string[]; unpublished: string[] }> };
  const published = async (uid: string, documentId: string) => (await db(uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
  const LEGAL = 'api::legal-document.legal-document';
  const NOTICE = 'api::notice.notice';
  const PAST = '2026-01-01T08:00:00.000Z';

  async function fresh(uid: string, title: string): Promise<string> {
    const created = await f.api.editor.request('POST', `${CM}/${uid}`, { ...TYPES[uid]!(title), portal: f.portals.halong!.documentId });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    return (created.json.data as { documentId: string }).documentId;
  }

  it.each([ARTICLE, LEGAL, NOTICE])('%s: approved by an approver, published by the scheduler in their name', async (uid) => {
    const documentId = await fresh(uid, 'Lịch đăng đã duyệt');
    expect((await as('approver', 'PUT', `${CM}/${uid}/${documentId}`, { publishAt: PAST })).status).toBe(200);
    const approver = (await as('approver', 'GET', '/admin/users/me')).json.data as { id: number };
    expect((await schedule().run(new Date())).published).toContain(documentId);
    expect(await published(uid, documentId)).toBe(true);
    // Two rows: the publish itself (with hashes) and the scheduler's (with the approval); both name the approver.
    const rows = await db('api::audit-entry.audit-entry').findMany({ where: { ref: documentId, action: 'publish', outcome: 'ok' } });
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toMatchObject({ actorId: approver.id, actorEmail: EMAILS.approver });
    expect(rows.map((r) => String(r.detail)).join(' ')).toContain(`approved by ${EMAILS.approver}`);
  });

  it('an edit after the approval stops the scheduled publish and sends the draft back to review', async () => {
    const documentId = await fresh(ARTICLE, 'Bài được duyệt rồi sửa');
    expect((await as('approver', 'PUT', `${CM}/${ARTICLE}/${documentId}`, { publishAt: PAST })).status).toBe(200);
    expect((await as('editor', 'PUT', `${CM}/${ARTICLE}/${documentId}`, { body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung chưa duyệt.' }] }] })).status).toBe(200);
    expect((await schedule().run(new Date())).published).not.toContain(documentId);
    expect(await published(ARTICLE, documentId)).toBe(false);
    const draft = await db(ARTICLE).findOne({ where: { documentId } });
    expect(draft).toMatchObject({ publishAt: null, reviewState: 'submitted' });
    const [row] = await db('api::audit-entry.audit-entry').findMany({ where: { ref: documentId, action: 'publish' } });
    expect(row).toMatchObject({ outcome: 'refused' });
    expect(String(row?.detail)).toContain('changed after');
  });

  it('a withdrawal the approver cancelled does not come back, through "discard draft" or otherwise', async () => {
    const documentId = await fresh(ARTICLE, 'Rút lịch gỡ rồi hủy bản nháp');
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await as('approver', 'PUT', `${CM}/${ARTICLE}/${documentId}`, { unpublishAt: future, withdrawalReason: 'Hết hạn' })).status).toBe(200);
    expect((await as('approver', 'POST', `${CM}/${ARTICLE}/${documentId}/actions/publish`, {})).status).toBe(200);
    expect((await as('approver', 'PUT', `${CM}/${ARTICLE}/${documentId}`, { unpublishAt: null })).status).toBe(200);
    // Discarding the draft would copy the published version's moment back: an editor may not change a schedule.
    expect((await as('editor', 'POST', `${CM}/${ARTICLE}/${documentId}/actions/discard`, {})).status).toBe(403);
    expect((await db(ARTICLE).findOne({ where: { documentId, publishedAt: null } }))?.unpublishAt).toBeNull();
    // Put back by any other means, the moment is not approved: the latest approval is the clearing.
    await db(ARTICLE).update({ where: { documentId, publishedAt: null }, data: { unpublishAt: future } });
    expect((await schedule().run(new Date(Date.parse(future) + 60_000))).unpublished).not.toContain(documentId);
    expect(await published(ARTICLE, documentId)).toBe(true);
    const [row] = await db('api::audit-entry.audit-entry').findMany({ where: { ref: documentId, action: 'unpublish' }, orderBy: { id: 'desc' } });
    expect(row).toMatchObject({ outcome: 'refused' });
    expect(String(row?.detail)).toContain('no approver approved');
  });

  it('a schedule no approver set (written straight into the database) is never carried out', async () => {
    const documentId = await fresh(NOTICE, 'Thông báo tự đặt lịch');
    await db(NOTICE).update({ where: { documentId, publishedAt: null }, data: { publishAt: PAST } });
    expect((await schedule().run(new Date())).published).not.toContain(documentId);
    expect(await published(NOTICE, documentId)).toBe(false);
    const [row] = await db('api::audit-entry.audit-entry').findMany({ where: { ref: documentId, action: 'publish' } });
    expect(String(row?.detail)).toContain('no approver approved');
  });

  it('an approver who lost the role since approving cannot publish through the scheduler', async () => {
    const documentId = await fresh(ARTICLE, 'Duyệt rồi mất quyền');
    expect((await as('approver', 'PUT', `${CM}/${ARTICLE}/${documentId}`, { publishAt: PAST })).status).toBe(200);
    await provisionEditor(stack.strapi as unknown as EditorsTarget, { email: EMAILS.approver, password: PASSWORD, role: 'editor', portals: [...OWN] });
    try {
      expect((await schedule().run(new Date())).published).not.toContain(documentId);
      expect(await published(ARTICLE, documentId)).toBe(false);
    } finally {
      await provisionEditor(stack.strapi as unknown as EditorsTarget, { email: EMAILS.approver, password: PASSWORD, role: 'approver', portals: [...OWN] });
    }
  });
});

describe('draft preview (the edit view\'s "Xem trước")', () => {
  const previewOf = async (role: RoleName, uid: string, documentId: string) => {
    const response = await as(role, 'GET', `/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft`);
    return { status: response.status, url: (response.json.data as { url?: string } | undefined)?.url ?? null };
  };
  const open = async (path: string) => {
    const response = await fetch(`${stack.cmsUrl}${path}`, { redirect: 'manual' });
    return { status: response.status, html: await response.text(), headers: response.headers };
  };

  it("renders our own draft as its page, and never another portal's", async () => {
    const own = f.records[ARTICLE]!.ownDraft;
    const mine = await previewOf('editor', ARTICLE, own.documentId);
    expect(mine.url).toMatch(/^\/qn-preview\/[\w-]+\.[\w-]+\/$/);
    const page = await open(mine.url!);
    expect(page.status, page.html.slice(0, 500)).toBe(200);
    expect(page.html).toContain('<h1');
    expect(page.html).toContain('Bản nháp article của Hạ Long');
    expect(page.html).toContain('nội dung chưa xuất bản');
    expect(page.html).not.toContain(SECRET);
    // The page's stylesheet is served inside the preview; the frame may run nothing and is framed by the admin panel only.
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.html)?.[1];
    expect(stylesheet).toMatch(/^\/qn-preview\/.+\/_astro\/.+\.css$/);
    expect((await open(stylesheet!)).status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');

    // Their drafts: no address is given, for any role or kind with a page.
    for (const role of ROLES) {
      for (const uid of [ARTICLE, 'api::legal-document.legal-document', 'api::page.page']) {
        expect(await previewOf(role, uid, f.records[uid]!.otherDraft.documentId), `${role} ${uid}`).toEqual({ status: 204, url: null });
      }
    }
  });

  it("shows what our draft links to as the build would: another portal's published version, never its draft", async () => {
    const LEGAL = 'api::legal-document.legal-document';
    const own = f.records[LEGAL]!.ownDraft.documentId;
    const number = async (documentId: string, published: boolean) =>
      String((await db(LEGAL).findOne({ where: { documentId, publishedAt: published ? { $notNull: true } : { $null: true } } }))!.number);
    const { otherDraft, otherPublished } = f.records[LEGAL]!;
    // Links only a province administrator can make: a higher body's decision replaces ours.
    await documents(LEGAL).update({ documentId: own, data: { validity: 'replaced', replacedBy: otherDraft.documentId } });
    const { url } = await previewOf('editor', LEGAL, own);
    const unpublished = await open(url!);
    expect(unpublished.status).toBe(200);
    expect(unpublished.html).not.toContain(await number(otherDraft.documentId, false));

    await documents(LEGAL).update({ documentId: own, data: { replacedBy: otherPublished.documentId } });
    const page = await open(url!);
    expect(page.html).toContain(await number(otherPublished.documentId, true));
    expect(page.html).not.toContain(await number(otherPublished.documentId, false));
    expect(page.html).not.toContain(SECRET);
  });

  it('a ticket that was changed, or names a path outside the build, opens nothing', async () => {
    const own = f.records[ARTICLE]!.ownDraft;
    const { url } = await previewOf('editor', ARTICLE, own.documentId);
    const [, ticket] = /^\/qn-preview\/([^/]+)\/$/.exec(url!)!;
    const [body, signature] = ticket!.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...payload, documentId: f.records[ARTICLE]!.otherDraft.documentId })).toString('base64url');
    for (const path of [`/qn-preview/${forged}.${signature}/`, `/qn-preview/${body}.${'A'.repeat(signature!.length)}/`, `/qn-preview/${body}/`, '/qn-preview/x/']) {
      const page = await open(path);
      expect(page.status, path).toBe(403);
      expect(page.html).not.toContain(SECRET);
    }
    for (const rest of ['..%2f..%2f..%2fpackage.json', '%2e%2e/%2e%2e/_portals.json', '_media/..%2f..%2fcms%2fdata.sqlite', '.releases/']) {
      expect((await open(`${url}${rest}`)).status, rest).toBe(404);
    }
    await expectUp(stack, 'preview paths');
  });

  it("stops working for a user who no longer works on the record's portal", async () => {
    const { url } = await previewOf('reviewer', ARTICLE, f.records[ARTICLE]!.ownDraft.documentId);
    expect((await open(url!)).status).toBe(200);
    await provisionEditor(stack.strapi as unknown as EditorsTarget, { email: EMAILS.reviewer, password: PASSWORD, role: 'reviewer', portals: ['uongbi'] });
    try {
      const page = await open(url!);
      expect(page.status).toBe(403);
      expect(page.html).toContain('không còn quyền xem');
    } finally {
      await provisionEditor(stack.strapi as unknown as EditorsTarget, { email: EMAILS.reviewer, password: PASSWORD, role: 'reviewer', portals: [...OWN] });
    }
  });
});

describe('no request takes the CMS down', () => {
  it('a login with an over-long e-mail is refused, logged, and answers no 500', async () => {
    const email = `${'a'.repeat(300)}@quangninh.example`;
    const response = await fetch(`${stack.cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'x' }) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectUp(stack, 'long login');
  });

  it('the request that crashed it (moving an own draft out of reach with a single-object connect) is refused, and the CMS stays up', async () => {
    const own = f.records[ARTICLE]!.ownDraft.documentId;
    const before = await fingerprint(stack, ARTICLE, own);
    const response = await as('editor', 'PUT', `${CM}/${ARTICLE}/${own}`, { portal: { connect: { documentId: f.portals.uongbi!.documentId } } });
    expect(response.status).toBe(403);
    expect(await fingerprint(stack, ARTICLE, own)).toBe(before);
  });

  it('a document event with nothing to read back is logged, not thrown into the void (patched Strapi)', async () => {
    // The module Strapi itself loaded (same file, same module cache), past the package's export map.
    const events = createRequire(import.meta.url)(join(REPO_ROOT, 'node_modules/@strapi/core/dist/services/document-service/events.js')) as {
      createEventManager(strapi: unknown, uid: string): { emitEvent(name: string, entry: unknown): void };
    };
    const manager = events.createEventManager(stack.strapi, ARTICLE);
    manager.emitEvent('entry.update', null);
    manager.emitEvent('entry.update', { id: 987_654_321 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectUp(stack, 'events with no entry');
    expect(unhandled).toEqual([]);
  });
});
