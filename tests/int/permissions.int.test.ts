import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionEditor, type EditorsTarget, type RoleName } from '@qn/editors';
import { adminApi, paragraph, type AdminApi } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

/**
 * The permission matrix: role × own portal / other portal × action × route,
 * against a real Strapi over HTTP, with the exact status of every cell.
 * Own portal: halong. Other portal: uongbi.
 */
let stack: TestStack;
const api: Record<RoleName | 'other', AdminApi> = {} as never;
const ids: Record<string, string> = {};
const ARTICLES = '/content-manager/collection-types/api::article.article';
const PASSWORD = 'Portal-Test-2026';
const EMAILS: Record<RoleName | 'other', string> = {
  editor: 'bientap.halong@quangninh.example',
  approver: 'duyet.halong@quangninh.example',
  reviewer: 'xem.halong@quangninh.example',
  other: 'bientap.uongbi@quangninh.example',
};

type Docs = { create(p: object): Promise<{ documentId: string }>; publish(p: object): Promise<unknown> };
const documents = (uid: string) => (stack.strapi as unknown as { documents(uid: string): Docs }).documents(uid);

async function article(portal: string, title: string, publish: boolean): Promise<string> {
  const created = await documents('api::article.article').create({
    data: { title, body: paragraph('Nội dung.'), portal: { connect: [{ documentId: ids[portal] }] } },
  });
  if (publish) await documents('api::article.article').publish({ documentId: created.documentId });
  return created.documentId;
}

async function auditCount(email: string): Promise<number> {
  return stack.strapi.db.query('api::audit-entry.audit-entry').count({ where: { actorEmail: email } });
}

beforeAll(async () => {
  stack = await startStack();
  for (const code of ['halong', 'uongbi']) ids[code] = String((await stack.strapi.db.query('api::portal.portal').findOne({ where: { code } }))?.documentId);
  const target = stack.strapi as unknown as EditorsTarget;
  for (const role of ['editor', 'approver', 'reviewer'] as const) {
    await provisionEditor(target, { email: EMAILS[role], password: PASSWORD, role, portals: ['halong'] });
  }
  await provisionEditor(target, { email: EMAILS.other, password: PASSWORD, role: 'editor', portals: ['uongbi'] });
  for (const who of ['editor', 'approver', 'reviewer', 'other'] as const) api[who] = await adminApi(stack.cmsUrl, { email: EMAILS[who], password: PASSWORD });
  const category = await documents('api::category.category').create({
    data: { name: 'Tin Uông Bí', slug: 'tin-uong-bi', portal: { connect: [{ documentId: ids.uongbi }] } },
  });
  ids.otherCategory = category.documentId;
  ids.ownDraft = await article('halong', 'Bản nháp của Hạ Long', false);
  ids.ownPublished = await article('halong', 'Tin đã đăng của Hạ Long', true);
  ids.otherDraft = await article('uongbi', 'Bản nháp bí mật của Uông Bí', false);
  ids.otherPublished = await article('uongbi', 'Tin đã đăng của Uông Bí', true);
});
afterAll(async () => {
  await stack?.stop();
});

const ROLES = ['editor', 'approver', 'reviewer'] as const;
type Expect = Record<(typeof ROLES)[number], number>;

/** One write cell: the exact status, and a row in the audit log for the attempt. */
async function write(role: RoleName, method: string, path: string, body: unknown, status: number): Promise<void> {
  const before = await auditCount(EMAILS[role]);
  const response = await api[role].request(method, path, body);
  expect(response.status, `${role} ${method} ${path} → ${JSON.stringify(response.json).slice(0, 200)}`).toBe(status);
  expect(await auditCount(EMAILS[role]), `audit row for ${role} ${method} ${path}`).toBeGreaterThan(before);
}

describe('content manager (what the admin panel calls)', () => {
  it.each(ROLES)('%s reads drafts of its own portal, never of another', async (role) => {
    expect((await api[role].request('GET', `${ARTICLES}/${ids.ownDraft}`)).status).toBe(200);
    // Another portal's drafts do not exist for this user.
    const other = await api[role].request('GET', `${ARTICLES}/${ids.otherDraft}`);
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.json)).not.toContain('bí mật');
    const list = await api[role].request('GET', `${ARTICLES}?pageSize=100`);
    const titles = (list.json.results as Array<{ title: string }>).map((a) => a.title);
    expect(titles).toContain('Bản nháp của Hạ Long');
    expect(titles).not.toContain('Bản nháp bí mật của Uông Bí');
  });

  const create = { editor: 201, approver: 201, reviewer: 403 } satisfies Expect;
  it.each(ROLES)('%s creating in its own portal / another portal', async (role) => {
    await write(role, 'POST', ARTICLES, { title: `Bài mới của ${role}`, portal: { connect: [{ documentId: ids.halong }] } }, create[role]);
    await write(role, 'POST', ARTICLES, { title: `Bài lạc cổng của ${role}`, portal: { connect: [{ documentId: ids.uongbi }] } }, 403);
  });

  const update = { editor: 200, approver: 200, reviewer: 403 } satisfies Expect;
  it.each(ROLES)('%s updating its own portal / another / moving into another', async (role) => {
    await write(role, 'PUT', `${ARTICLES}/${ids.ownDraft}`, { summary: `Sửa bởi ${role}` }, update[role]);
    await write(role, 'PUT', `${ARTICLES}/${ids.otherPublished}`, { summary: 'Sửa trộm' }, 403);
    await write(role, 'PUT', `${ARTICLES}/${ids.ownDraft}`, { portal: { set: [{ documentId: ids.uongbi }] } }, 403);
  });

  it.each(ROLES)("%s attaching another portal's category", async (role) => {
    await write(role, 'PUT', `${ARTICLES}/${ids.ownDraft}`, { category: { connect: [{ documentId: ids.otherCategory }] } }, 403);
  });

  const publish = { editor: 403, approver: 200, reviewer: 403 } satisfies Expect;
  it.each(ROLES)('%s publishing its own portal / another', async (role) => {
    await write(role, 'POST', `${ARTICLES}/${ids.ownDraft}/actions/publish`, {}, publish[role]);
    // Another portal's draft does not exist for this user: not found, like any missing record.
    await write(role, 'POST', `${ARTICLES}/${ids.otherDraft}/actions/publish`, {}, role === 'approver' ? 404 : 403);
  });

  const unpublish = { editor: 403, approver: 200, reviewer: 403 } satisfies Expect;
  it.each(ROLES)('%s unpublishing its own portal / another', async (role) => {
    const own = await article('halong', `Tin sẽ gỡ (${role})`, true);
    // Unpublishing needs a reason (retention rules); the matrix tests who may do it.
    await (stack.strapi as unknown as { db: { query(u: string): { updateMany(p: object): Promise<unknown> } } }).db
      .query('api::article.article')
      .updateMany({ where: { documentId: own }, data: { withdrawalReason: 'Thông tin đã cũ' } });
    await write(role, 'POST', `${ARTICLES}/${own}/actions/unpublish`, {}, unpublish[role]);
    await write(role, 'POST', `${ARTICLES}/${ids.otherPublished}/actions/unpublish`, {}, 403);
  });

  const remove = { editor: 200, approver: 200, reviewer: 403 } satisfies Expect;
  it.each(ROLES)('%s deleting a draft of its own portal / another', async (role) => {
    const own = await article('halong', `Nháp sẽ xóa (${role})`, false);
    await write(role, 'DELETE', `${ARTICLES}/${own}`, undefined, remove[role]);
    await write(role, 'DELETE', `${ARTICLES}/${ids.otherDraft}`, undefined, role === 'reviewer' ? 403 : 404);
  });

  it.each(ROLES)("%s never sees other portals' drafts in the relations endpoint", async (role) => {
    const response = await api[role].request('GET', `/content-manager/relations/api::article.article/translationOf?pageSize=100`);
    expect(response.status).toBe(200);
    const found = (response.json.results as Array<{ documentId: string }>).map((r) => r.documentId);
    expect(found).toContain(ids.ownDraft);
    // Pickers list draft versions: another portal's are never shown, published or not (their titles may hold unpublished edits).
    expect(found).not.toContain(ids.otherDraft);
    expect(found).not.toContain(ids.otherPublished);
    expect(JSON.stringify(response.json)).not.toContain('bí mật');
  });
});

describe('public APIs and the builder token', () => {
  const token = () => ({ authorization: `Bearer ${stack.token}` });

  it('REST returns published content only, even when asked for drafts', async () => {
    const response = await fetch(`${stack.cmsUrl}/api/articles?status=draft&pagination[pageSize]=100`, { headers: token() });
    expect(response.status).toBe(200);
    const found = ((await response.json()) as { data: Array<{ documentId: string; publishedAt: string | null }> }).data;
    expect(found.map((a) => a.documentId)).not.toContain(ids.otherDraft);
    expect(found.every((a) => a.publishedAt !== null)).toBe(true);
  });

  it('GraphQL returns published content only, even with status DRAFT', async () => {
    const response = await fetch(`${stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { ...token(), 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles(status: DRAFT, pagination: { pageSize: 100 }) { documentId publishedAt } }' }),
    });
    const { data } = (await response.json()) as { data: { articles: Array<{ documentId: string; publishedAt: string | null }> } };
    expect(data.articles.map((a) => a.documentId)).not.toContain(ids.otherDraft);
    expect(data.articles.every((a) => a.publishedAt !== null)).toBe(true);
  });

  it('anonymous callers get nothing', async () => {
    expect((await fetch(`${stack.cmsUrl}/api/articles`)).status).toBe(403);
  });
});

describe('media library', () => {
  it('an editor uploads, and sees only their own files', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a])], { type: 'application/pdf' }), 'ke-hoach.pdf');
    const upload = await fetch(`${stack.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${api.other.token}` }, body: form });
    expect(upload.status).toBe(201);
    const [file] = (await upload.json()) as Array<{ id: number }>;
    const mine = await api.other.request('GET', '/upload/files?pageSize=100');
    expect((mine.json.results as Array<{ id: number }>).map((f) => f.id)).toContain(file?.id);
    const theirs = await api.editor.request('GET', '/upload/files?pageSize=100');
    expect((theirs.json.results as Array<{ id: number }>).map((f) => f.id)).not.toContain(file?.id);
    expect((await api.editor.request('DELETE', `/upload/files/${file?.id}`)).status).toBe(403);
  });
});
