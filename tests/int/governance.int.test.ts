import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionEditor, type EditorsTarget } from '@qn/editors';
import { adminApi, paragraph, type AdminApi } from '../helpers/admin-api.ts';
import { ADMIN, startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let editor: AdminApi;
let approver: AdminApi;
const ARTICLES = '/content-manager/collection-types/api::article.article';
const PASSWORD = 'Portal-Test-2026';
const DAY = 86_400_000;

type Row = Record<string, unknown>;
interface Docs {
  create(p: object): Promise<{ documentId: string }>;
  findOne(p: object): Promise<Row | null>;
  update(p: object): Promise<unknown>;
}
const documents = (uid: string) => (stack.strapi as unknown as { documents(uid: string): Docs }).documents(uid);
const schedule = () =>
  stack.strapi.service('api::schedule.schedule') as { run(now: Date): Promise<{ published: string[]; unpublished: string[]; crossed: number }> };
interface Publishable {
  create(p: object): Promise<{ documentId: string }>;
  publish(p: object): Promise<unknown>;
}
const publishable = (uid: string) => (stack.strapi as unknown as { documents(uid: string): Publishable }).documents(uid);
const HOUR = 3_600_000;
const audit = (where: object) => stack.strapi.db.query('api::audit-entry.audit-entry').findMany({ where, orderBy: { id: 'asc' } });

beforeAll(async () => {
  stack = await startStack();
  const target = stack.strapi as unknown as EditorsTarget;
  await provisionEditor(target, { email: 'bientap@quangninh.example', password: PASSWORD, role: 'editor', portals: ['halong'] });
  await provisionEditor(target, { email: 'duyet@quangninh.example', password: PASSWORD, role: 'approver', portals: ['halong'] });
  editor = await adminApi(stack.cmsUrl, { email: 'bientap@quangninh.example', password: PASSWORD });
  approver = await adminApi(stack.cmsUrl, { email: 'duyet@quangninh.example', password: PASSWORD });
});
afterAll(async () => {
  await stack?.stop();
});

describe('review', () => {
  it('an editor submits, an approver sends back with a comment, then publishes', async () => {
    const portal = await stack.admin.portalId('halong');
    const created = await editor.request('POST', ARTICLES, { title: 'Hạ Long chuẩn bị lễ hội mùa xuân', portal: { connect: [{ documentId: portal }] } });
    const { documentId } = created.json.data as { documentId: string };
    expect((await editor.request('PUT', `${ARTICLES}/${documentId}`, { reviewState: 'submitted' })).status).toBe(200);
    expect((await editor.request('PUT', `${ARTICLES}/${documentId}`, { reviewState: 'changes_requested', reviewComment: 'tự duyệt' })).status).toBe(403);
    expect((await editor.publish(documentId)).status).toBe(403);

    const bare = await approver.request('PUT', `${ARTICLES}/${documentId}`, { reviewState: 'changes_requested' });
    expect(bare.status).toBe(400);
    expect((bare.json.error as { message: string }).message).toBe('Khi trả bài về, ghi nhận xét cho người viết (trường "reviewComment").');
    expect((await approver.request('PUT', `${ARTICLES}/${documentId}`, { reviewState: 'changes_requested', reviewComment: 'Bổ sung thời gian tổ chức.' })).status).toBe(200);
    // The edit form sends every field back: saving a sent-back draft keeps its state and comment.
    const saved = await editor.request('PUT', `${ARTICLES}/${documentId}`, { title: 'Hạ Long chuẩn bị lễ hội mùa xuân 2027', reviewState: 'changes_requested', reviewComment: 'Bổ sung thời gian tổ chức.' });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);

    await editor.request('PUT', `${ARTICLES}/${documentId}`, { summary: 'Lễ hội diễn ra từ mùng 4 Tết.', reviewState: 'submitted' });
    expect((await approver.publish(documentId)).status).toBe(200);
    const published = await documents('api::article.article').findOne({ documentId, status: 'published' });
    expect(published).toMatchObject({ reviewState: 'draft', reviewComment: null, summary: 'Lễ hội diễn ra từ mùng 4 Tết.' });
  });
});

describe('waiting for review', () => {
  it('lists the drafts sent for review in the user\'s own portals, longest waiting first, and no other portal\'s', async () => {
    const halong = await stack.admin.portalId('halong');
    const uongbi = await stack.admin.portalId('uongbi');
    const send = async (api: AdminApi, title: string, portal: string) => {
      const { documentId } = (await api.request('POST', ARTICLES, { title, portal: { connect: [{ documentId: portal }] } })).json.data as { documentId: string };
      expect((await api.request('PUT', `${ARTICLES}/${documentId}`, { reviewState: 'submitted' })).status).toBe(200);
      return documentId;
    };
    const first = await send(editor, 'Hạ Long lấy ý kiến về quy hoạch bãi đỗ xe', halong);
    const second = await send(editor, 'Hạ Long công bố lịch tiếp công dân tháng 12', halong);
    const notSent = ((await editor.request('POST', ARTICLES, { title: 'Bản nháp chưa gửi', portal: { connect: [{ documentId: halong }] } })).json.data as { documentId: string }).documentId;
    const elsewhere = await send(stack.admin, 'Uông Bí khai trương chợ đêm', uongbi);
    type Queue = { items: Array<{ documentId: string; portal: string; kind: string; title: string }>; more: string[] };
    const queue = (await approver.request('GET', '/qn-admin/review-queue')).json as Queue;
    const ids = queue.items.map((i) => i.documentId);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(ids).not.toContain(notSent);
    expect(ids).not.toContain(elsewhere);
    expect(queue.items.every((i) => i.portal === 'halong')).toBe(true);
    expect(queue.items.find((i) => i.documentId === first)).toMatchObject({ kind: 'Bài viết', title: 'Hạ Long lấy ý kiến về quy hoạch bãi đỗ xe' });
    // The province administrator sees every portal's; once published, a draft leaves the list.
    expect(((await stack.admin.request('GET', '/qn-admin/review-queue')).json as Queue).items.map((i) => i.documentId)).toContain(elsewhere);
    expect((await approver.publish(first)).status).toBe(200);
    expect(((await approver.request('GET', '/qn-admin/review-queue')).json as Queue).items.map((i) => i.documentId)).not.toContain(first);
  });
});

describe('history', () => {
  it('keeps each published version; an approver compares two and restores one', async () => {
    const portal = await stack.admin.portalId('halong');
    const created = await approver.request('POST', ARTICLES, {
      title: 'Hạ Long khánh thành cầu Cửa Lục 3',
      body: paragraph('Cây cầu dài 1.000 m nối hai bờ vịnh Cửa Lục.'),
      portal: { connect: [{ documentId: portal }] },
    });
    const { documentId } = created.json.data as { documentId: string };
    expect((await approver.publish(documentId)).status).toBe(200);
    await approver.request('PUT', `${ARTICLES}/${documentId}`, { title: 'Hạ Long đưa cầu Cửa Lục 3 vào sử dụng' });
    expect((await approver.publish(documentId)).status).toBe(200);

    const base = `/qn-admin/history/api::article.article/${documentId}`;
    const list = await approver.request('GET', base);
    expect((list.json as unknown as Array<{ version: number; title: string }>).map((v) => [v.version, v.title])).toEqual([
      [1, 'Hạ Long khánh thành cầu Cửa Lục 3'],
      [2, 'Hạ Long đưa cầu Cửa Lục 3 vào sử dụng'],
    ]);
    const diff = await approver.request('GET', `${base}/diff?from=1&to=2`);
    expect(diff.json.text).toContain('- [title] Hạ Long khánh thành cầu Cửa Lục 3\n+ [title] Hạ Long đưa cầu Cửa Lục 3 vào sử dụng');
    expect(diff.json.text).toContain('  Cây cầu dài 1.000 m nối hai bờ vịnh Cửa Lục.');

    expect((await editor.request('POST', `${base}/restore`, { version: 1 })).status).toBe(403);
    const restored = await approver.request('POST', `${base}/restore`, { version: 1 });
    expect(restored.json).toEqual({ restored: 1, version: 3 });
    const published = await documents('api::article.article').findOne({ documentId, status: 'published' });
    expect(published?.title).toBe('Hạ Long khánh thành cầu Cửa Lục 3');
  });

  it("never shows another portal's history", async () => {
    const portal = await stack.admin.portalId('uongbi');
    const other = await stack.admin.createArticle({ title: 'Tin của Uông Bí', portal: { connect: [{ documentId: portal }] } });
    await stack.admin.publish(other.documentId);
    expect((await approver.request('GET', `/qn-admin/history/api::article.article/${other.documentId}`)).status).toBe(403);
  });
});

describe('audit log', () => {
  it('records logins, kept and refused, with who and from where', async () => {
    const failed = await fetch(`${stack.cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'duyet@quangninh.example', password: 'Wrong-Password-1' }),
    });
    expect(failed.status).toBe(400);
    const logins = await audit({ action: 'login', actorEmail: 'duyet@quangninh.example' });
    expect(logins.map((e) => e.outcome)).toEqual(['ok', 'refused']);
    expect(logins[0]).toMatchObject({ route: 'POST /admin/login' });
    expect(String(logins[0]?.ip)).toMatch(/127\.0\.0\.1/);
  });

  it('records each write with the portal and hashes of before and after', async () => {
    const [published] = await audit({ action: 'publish', actorEmail: 'duyet@quangninh.example', outcome: 'ok' });
    expect(published).toMatchObject({ model: 'api::article.article', portal: 'halong' });
    expect(published?.beforeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(published?.afterHash).toMatch(/^[0-9a-f]{64}$/);
    expect(published?.afterHash).not.toBe(published?.beforeHash);
  });

  it('is append-only, even for province administrators', async () => {
    const [first] = await audit({});
    const edit = await stack.admin.request('PUT', `/content-manager/collection-types/api::audit-entry.audit-entry/${String(first?.documentId)}`, { action: 'sửa' });
    expect([403, 404]).toContain(edit.status);
    const removal = await stack.admin.request('DELETE', `/content-manager/collection-types/api::audit-entry.audit-entry/${String(first?.documentId)}`);
    expect([403, 404]).toContain(removal.status);
    await expect(
      (stack.strapi.db.query('api::audit-entry.audit-entry') as unknown as { update(p: object): Promise<unknown> }).update({ where: { id: first?.id }, data: { action: 'x' } }),
    ).rejects.toThrow('append-only');
    expect((await audit({ id: first?.id }))[0]?.action).toBe(first?.action);
  });

  it('exports as CSV for province administrators only', async () => {
    const response = await fetch(`${stack.cmsUrl}/qn-admin/audit.csv`, { headers: { authorization: `Bearer ${stack.admin.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A byte-order mark first, so spreadsheet programs read the Vietnamese text as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('"at","actorEmail","action","outcome","model","ref","portal","ip","route","beforeHash","afterHash","detail"');
    expect(text).toContain(ADMIN.email);
    expect(text).toContain('"duyet@quangninh.example","login","refused"');
    expect((await approver.request('GET', '/qn-admin/audit.csv')).status).toBe(403);
    expect((await stack.admin.request('GET', '/qn-admin/audit.csv?from=h%C3%B4m-qua')).status).toBe(400);
  });

  it('streams a long log in order, and a typed formula reaches the spreadsheet as text', async () => {
    // Anyone may type a formula as the e-mail at the login form; the log keeps what was typed.
    const formula = '=hyperlink("http://attacker.example")@quangninh.example';
    await fetch(`${stack.cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: formula, password: 'x' }) });
    const [typed] = await audit({ action: 'login', actorEmail: formula });
    expect(typed).toBeDefined();
    // 2,500 entries in a past window: more than two pages of the export.
    const day = '2001-05-01';
    const rows = Array.from({ length: 2500 }, (_, i) => ({ at: new Date(Date.parse(`${day}T00:00:00Z`) + i * 1000), actorEmail: `+84${i}@quangninh.example`, action: 'old', outcome: 'ok', detail: `dòng ${i}` }));
    await (stack.strapi.db.query('api::audit-entry.audit-entry') as unknown as { createMany(p: object): Promise<unknown> }).createMany({ data: rows });
    const response = await fetch(`${stack.cmsUrl}/qn-admin/audit.csv?from=${day}&to=2001-05-02`, { headers: { authorization: `Bearer ${stack.admin.token}` } });
    expect(response.status).toBe(200);
    const records = parseCsv(await response.text(), { bom: true }) as string[][];
    expect(records[0]).toEqual(['at', 'actorEmail', 'action', 'outcome', 'model', 'ref', 'portal', 'ip', 'route', 'beforeHash', 'afterHash', 'detail']);
    expect(records).toHaveLength(2501);
    expect(records.slice(1).map((r) => r[11])).toEqual(rows.map((r) => r.detail));
    // A cell starting with + (or = - @) is written with an apostrophe, so the spreadsheet shows it instead of computing it.
    expect(records[1]![1]).toBe("'+840@quangninh.example");
    const all = parseCsv(await (await fetch(`${stack.cmsUrl}/qn-admin/audit.csv`, { headers: { authorization: `Bearer ${stack.admin.token}` } })).text(), { bom: true }) as string[][];
    expect(all.some((r) => r[1] === `'${formula}`)).toBe(true);
    expect(all.every((r) => r.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);
    // Excel on Vietnamese Windows splits on ";": typed after one, or after a line break, a formula must still be inside its cell.
    const split = 'x;=cmd|\' /c calc\'!a0;@quangninh.example';
    await fetch(`${stack.cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: split, password: 'x' }) });
    const raw = await (await fetch(`${stack.cmsUrl}/qn-admin/audit.csv`, { headers: { authorization: `Bearer ${stack.admin.token}` } })).text();
    expect(raw).toContain(`"${split}"`);
    // Outside the quotes there is nothing but the comma between cells and the line ends: no ";" can start a cell.
    expect(raw.replace(/^\uFEFF/, '').replace(/"(?:[^"]|"")*"/g, '')).toMatch(/^[,\r\n]*$/);
  });
});

describe('scheduling, across restarts', () => {
  it('publishes and withdraws on time, with the CMS restarted in between', async () => {
    const t0 = Date.now();
    const portal = await stack.admin.portalId('campha');
    const { documentId } = await documents('api::article.article').create({
      data: {
        title: 'Cẩm Phả thông báo lịch cắt điện',
        body: paragraph('Nội dung.'),
        portal: { connect: [{ documentId: portal }] },
        publishAt: new Date(t0 + DAY).toISOString(),
        unpublishAt: new Date(t0 + 2 * DAY).toISOString(),
      },
    });
    expect((await schedule().run(new Date(t0 + DAY - 60_000))).published).not.toContain(documentId);

    await stack.restartStrapi();
    expect((await schedule().run(new Date(t0 + DAY + 30_000))).published).toContain(documentId);
    expect(await documents('api::article.article').findOne({ documentId, status: 'published' })).not.toBeNull();
    expect((await schedule().run(new Date(t0 + DAY + 90_000))).published).not.toContain(documentId);

    await stack.restartStrapi();
    expect((await schedule().run(new Date(t0 + 2 * DAY + 30_000))).unpublished).toContain(documentId);
    expect(await documents('api::article.article').findOne({ documentId, status: 'published' })).toBeNull();
    const draft = await documents('api::article.article').findOne({ documentId, status: 'draft' });
    expect(draft?.withdrawalReason).toContain('unpublishAt');

    const entries = await audit({ ref: documentId, actorEmail: 'scheduler' });
    expect(entries.map((e) => `${String(e.action)}:${String(e.outcome)}`)).toEqual(['publish:ok', 'unpublish:ok']);
  });
});

describe('moments that change what a static page shows', () => {
  it('records a rebuild of the right portals when a notice starts or ends and the day after a deadline begins', async () => {
    // Noon in Vietnam, well after every moment the tests above used.
    const today = new Date();
    const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 30, 5);
    const deadline = new Date(base + 7 * HOUR).toISOString().slice(0, 10);
    // Sets the mark the next runs compare with.
    await schedule().run(new Date(base));

    // The previous test restarted Strapi on another port: go through the document service, not HTTP.
    const campha = ((await stack.strapi.db.query('api::portal.portal').findOne({ where: { code: 'campha' } })) as { documentId: string }).documentId;
    const local = await publishable('api::notice.notice').create({
      data: { message: 'Cổng Cẩm Phả tạm dừng để bảo trì', level: 'info', startsAt: new Date(base + HOUR).toISOString(), endsAt: new Date(base + 3 * HOUR).toISOString(), portal: { connect: [{ documentId: campha }] } },
    });
    const everywhere = await publishable('api::notice.notice').create({
      data: { message: 'Cảnh báo bão số 3 trên toàn tỉnh', level: 'urgent', startsAt: new Date(base + 2 * HOUR).toISOString(), endsAt: new Date(base + 40 * HOUR).toISOString() },
    });
    const job = await publishable('api::recruitment.recruitment').create({
      data: { title: 'Tuyển dụng viên chức năm 2026', deadline, portal: { connect: [{ documentId: campha }] } },
    });
    for (const [uid, { documentId }] of [['api::notice.notice', local], ['api::notice.notice', everywhere], ['api::recruitment.recruitment', job]] as const) {
      await publishable(uid).publish({ documentId });
    }
    const timeRows = async (ref: string) =>
      (await stack.strapi.db.query('api::content-event.content-event').findMany({ where: { ref, action: 'time' }, orderBy: { id: 'asc' } })).map(
        (row: Row) => `${String(row.reason).split(' ')[0]} ${JSON.stringify(row.portals)}`,
      );

    await schedule().run(new Date(base + 30 * 60_000));
    expect(await timeRows(local.documentId)).toEqual([]);
    await schedule().run(new Date(base + 90 * 60_000));
    expect(await timeRows(local.documentId)).toEqual(['startsAt ["campha"]']);
    expect(await timeRows(everywhere.documentId)).toEqual([]);

    await stack.restartStrapi();
    // Down for a day: everything that passed meanwhile is caught at the next run.
    await schedule().run(new Date(base + 25 * HOUR));
    expect(await timeRows(local.documentId)).toEqual(['startsAt ["campha"]', 'endsAt ["campha"]']);
    expect(await timeRows(everywhere.documentId)).toEqual(['startsAt ["*"]']);
    expect(await timeRows(job.documentId)).toEqual(['deadline ["campha"]']);
    await schedule().run(new Date(base + 26 * HOUR));
    expect(await timeRows(local.documentId)).toHaveLength(2);
  });
});

describe('outbox rows name the portals a write made stale', () => {
  const rowsOf = async (ref: string) =>
    (await stack.strapi.db.query('api::content-event.content-event').findMany({ where: { ref }, orderBy: { id: 'asc' } })).map((row: Row) => `${String(row.action)} ${JSON.stringify(row.portals)}`);

  it('a linked site shows on every portal; a tag on the portals of the published articles carrying it', async () => {
    const site = await documents('api::linked-site.linked-site').create({ data: { name: 'Trang thông tin điện tử thử nghiệm', url: 'https://thunghiem.quangninh.gov.vn' } });
    expect(await rowsOf(site.documentId)).toEqual(['create ["*"]']);

    const portalId = async (code: string) => ((await stack.strapi.db.query('api::portal.portal').findOne({ where: { code } })) as { documentId: string }).documentId;
    const tag = await documents('api::tag.tag').create({ data: { name: 'Chuyển đổi số thử nghiệm', slug: 'chuyen-doi-so-thu-nghiem' } });
    const tagged = await publishable('api::article.article').create({
      data: { title: 'Vân Đồn thí điểm chuyển đổi số', portal: { connect: [{ documentId: await portalId('vandon') }] }, syndicatedTo: { connect: [{ documentId: await portalId('quangninh') }] }, tags: { connect: [{ documentId: tag.documentId }] } },
    });
    await publishable('api::article.article').publish({ documentId: tagged.documentId });
    await publishable('api::article.article').create({ data: { title: 'Bản nháp có cùng thẻ', portal: { connect: [{ documentId: await portalId('coto') }] }, tags: { connect: [{ documentId: tag.documentId }] } } });
    await documents('api::tag.tag').update({ documentId: tag.documentId, data: { name: 'Chuyển đổi số' } });
    expect(await rowsOf(tag.documentId)).toEqual(['create []', 'update ["quangninh","vandon"]']);
    expect(await rowsOf(tagged.documentId)).toEqual(['create []', 'publish ["quangninh","vandon"]']);
  });
});
