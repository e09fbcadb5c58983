/**
 * The CMS's intake of readers' submissions (cms/src/intake, docs/adr/0015),
 * called the way the public service calls it: with its own API token. What
 * is stored is read back from the database, not taken from the answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionEditor, type EditorsTarget } from '@qn/editors';
import { adminApi, paragraph, type AdminApi } from '../helpers/admin-api.ts';
import { startInbox, type Inbox } from '../helpers/smtp.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let editor: AdminApi;
let outsider: AdminApi;
let approver: AdminApi;
let inbox: Inbox;
const QUESTION = 'api::question.question';
const COMMENT = 'api::consultation-comment.consultation-comment';
const FEEDBACK = 'api::page-feedback.page-feedback';
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const rows = (uid: string, where: object = {}) => stack.strapi.db.query(uid as never).findMany({ where, populate: { portal: { select: ['code'] } } }) as Promise<Array<Record<string, unknown>>>;

async function intake(method: 'GET' | 'POST', path: string, body?: unknown, token: string | null = stack.intakeToken) {
  const response = await fetch(`${stack.cmsUrl}/api/intake${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

const now = () => new Date().toISOString();
const question = (overrides: Record<string, unknown> = {}) => ({
  portal: 'halong-honggai',
  trackingCode: 'K7M2QX9PTA',
  field: 'dat_dai',
  title: 'Xin hỏi về thủ tục tách thửa đất ở',
  question: 'Gia đình tôi muốn tách thửa đất ở cho con trai. Diện tích tối thiểu được tách thửa tại phường Hồng Gai là bao nhiêu?',
  askerName: 'Nguyễn Văn Bình',
  askerEmail: 'binh.nguyen@example.vn',
  askerPhone: null,
  consentAt: now(),
  askedAt: now(),
  ...overrides,
});

beforeAll(async () => {
  // A real SMTP receiver: Strapi's e-mail plugin (nodemailer) sends the askers' notices to it.
  inbox = await startInbox();
  stack = await startStack({ content: true });
  const target = stack.strapi as unknown as EditorsTarget;
  await provisionEditor(target, { email: 'bt.honggai@quangninh.example', password: 'Editor-2026-pass', role: 'editor', portals: ['halong-honggai'] });
  await provisionEditor(target, { email: 'bt.coto@quangninh.example', password: 'Editor-2026-pass', role: 'approver', portals: ['coto'] });
  await provisionEditor(target, { email: 'duyet.honggai@quangninh.example', password: 'Editor-2026-pass', role: 'approver', portals: ['halong-honggai'] });
  editor = await adminApi(stack.cmsUrl, { email: 'bt.honggai@quangninh.example', password: 'Editor-2026-pass' });
  outsider = await adminApi(stack.cmsUrl, { email: 'bt.coto@quangninh.example', password: 'Editor-2026-pass' });
  approver = await adminApi(stack.cmsUrl, { email: 'duyet.honggai@quangninh.example', password: 'Editor-2026-pass' });
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  await inbox?.close();
});

describe('a question handed over by the public service', () => {
  let documentId: string;

  it('is stored once as a draft of its portal, with the asker’s data, audited as the public service', async () => {
    const first = await intake('POST', '/questions', question());
    expect(first).toMatchObject({ status: 201, json: { created: true, id: 'K7M2QX9PTA' } });
    // The service resends until it hears back: a resent question is acknowledged, not stored twice.
    expect(await intake('POST', '/questions', question())).toMatchObject({ status: 200, json: { created: false } });
    const stored = await rows(QUESTION, { trackingCode: 'K7M2QX9PTA' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ publishedAt: null, progress: 'received', askerEmail: 'binh.nguyen@example.vn', portal: { code: 'halong-honggai' } });
    expect(stored[0]!.slug).toBe('xin-hoi-ve-thu-tuc-tach-thua-dat-o');
    documentId = String(stored[0]!.documentId);
    const audit = await stack.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { model: QUESTION, ref: documentId } });
    expect(audit).toEqual([expect.objectContaining({ action: 'create', outcome: 'ok', actorEmail: 'public-service', portal: 'halong-honggai' })]);
  });

  it('stores a question resent while the first handover is still being stored once', async () => {
    // The service gave up waiting and sent it again: both arrive at the same moment.
    const code = 'R3SENDQ7XW';
    const answers = await Promise.all(Array.from({ length: 6 }, () => intake('POST', '/questions', question({ trackingCode: code }))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await rows(QUESTION, { trackingCode: code })).toHaveLength(1);
  });

  it('tells the asker its progress by tracking code, and nothing personal', async () => {
    const status = await intake('GET', '/questions/K7M2QX9PTA');
    expect(status.json).toEqual({ trackingCode: 'K7M2QX9PTA', portal: 'halong-honggai', progress: 'received', path: null, askedAt: expect.any(String), answeredAt: null });
    expect((await intake('GET', '/questions/ZZZZZZZZZZ')).status).toBe(404);
    expect((await intake('GET', '/questions/not-a-code')).status).toBe(400);
  });

  it("is seen and answered by its portal's people only, published by an approver, then shows where the answer is", async () => {
    const hidden = await outsider.request('GET', `${cm(QUESTION)}/${documentId}`);
    expect(hidden.status).toBe(404);
    const outsiderList = await outsider.request('GET', `${cm(QUESTION)}?pageSize=100`);
    expect(JSON.stringify(outsiderList.json)).not.toContain('binh.nguyen@example.vn');
    const seen = await editor.request('GET', `${cm(QUESTION)}/${documentId}`);
    expect((seen.json.data as Record<string, unknown>).askerEmail).toBe('binh.nguyen@example.vn');
    const answered = await editor.request('PUT', `${cm(QUESTION)}/${documentId}`, {
      progress: 'answered',
      body: paragraph('Theo quyết định của UBND tỉnh, diện tích tối thiểu sau khi tách thửa tại các phường là 40 m².'),
      answeredBy: 'UBND phường Hồng Gai',
      answeredAt: now(),
    });
    expect(answered.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(inbox.mails).toEqual([]);
    expect((await editor.request('POST', `${cm(QUESTION)}/${documentId}/actions/publish`, {})).status).toBe(403);
    expect((await approver.request('POST', `${cm(QUESTION)}/${documentId}/actions/publish`, {})).status).toBe(200);
    const status = await intake('GET', '/questions/K7M2QX9PTA');
    expect(status.json).toMatchObject({ progress: 'answered', path: '/hoi-dap/xin-hoi-ve-thu-tuc-tach-thua-dat-o/', answeredAt: expect.any(String) });
    // The editor's answer alone e-mailed nobody; the approver's publish sent the asker one e-mail, in Vietnamese.
    const mail = await inbox.mailTo('binh.nguyen@example.vn');
    expect(mail.subject).toBe('Trả lời câu hỏi của bạn – Phường Hồng Gai');
    expect(mail.text).toContain('Kính gửi Nguyễn Văn Bình,');
    expect(mail.text).toContain('diện tích tối thiểu sau khi tách thửa tại các phường là 40 m²');
    expect(mail.text).toContain('/hoi-dap/xin-hoi-ve-thu-tuc-tach-thua-dat-o/');
    expect(mail.text).toContain('Mã tra cứu: K7M2QX9PTA');
    const [notified] = await rows(QUESTION, { trackingCode: 'K7M2QX9PTA', publishedAt: null });
    expect(notified!.notifiedAt).not.toBeNull();
    // Saving it again sends nothing more.
    await approver.request('PUT', `${cm(QUESTION)}/${documentId}`, { answeredBy: 'UBND phường Hồng Gai (bộ phận một cửa)' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(inbox.mails.filter((m) => m.to === 'binh.nguyen@example.vn')).toHaveLength(1);
    // Published, it is public content; the other portal's people still do not open it in the admin (it holds the asker's data).
    expect((await outsider.request('GET', `${cm(QUESTION)}/${documentId}?status=published`)).status).toBe(404);
    const { records } = (await stack.cms.snapshot(['halong-honggai'])).snapshot;
    expect(records.questions.map((q) => q.slug)).toContain('xin-hoi-ve-thu-tuc-tach-thua-dat-o');
    expect(JSON.stringify(records.questions)).not.toContain('binh.nguyen@example.vn');
  });

  it("keeps who asked and how to reach them as sent, and e-mails only an answer the agency approved", async () => {
    const code = 'P4RTQ7M2XA';
    expect((await intake('POST', '/questions', question({ trackingCode: code, askerEmail: 'hung.pham@example.vn', title: 'Xin hỏi lịch tiếp công dân của phường' }))).status).toBe(201);
    const [row] = await rows(QUESTION, { trackingCode: code });
    const id = String(row!.documentId);
    // The asker's data, the tracking code and the e-mail mark stay as sent, for the editor and the approver alike.
    for (const [who, data] of [
      [editor, { askerEmail: 'someone.else@example.com' }],
      [editor, { trackingCode: 'K7M2QX9PTA' }],
      [editor, { askerPhone: '0912345678', askerEmail: null }],
      [approver, { notifiedAt: now() }],
      [approver, { consentAt: null }],
    ] as const) {
      expect((await who.request('PUT', `${cm(QUESTION)}/${id}`, data)).status, JSON.stringify(data)).toBe(403);
    }
    expect((await editor.request('PUT', `${cm(QUESTION)}/${id}`, { title: 'Lịch tiếp công dân của UBND phường Hồng Gai' })).status).toBe(200);
    expect((await rows(QUESTION, { trackingCode: code }))[0]).toMatchObject({
      askerEmail: 'hung.pham@example.vn',
      askerPhone: null,
      notifiedAt: null,
      consentAt: row!.consentAt,
      title: 'Lịch tiếp công dân của UBND phường Hồng Gai',
    });
    // Nor is a question made up or copied in the admin: it would carry an asker who never asked.
    const count = (await rows(QUESTION)).length;
    const madeUp = { title: 'Câu hỏi tự tạo', field: 'khac', question: 'Nội dung câu hỏi do người trong cơ quan tự tạo ra.', askerEmail: 'someone.else@example.com', portal: { connect: [{ documentId: await editor.portalId('halong-honggai') }] } };
    expect((await editor.request('POST', cm(QUESTION), madeUp)).status).toBe(403);
    expect((await approver.request('POST', `${cm(QUESTION)}/clone/${id}`, {})).status).toBe(403);
    expect(await rows(QUESTION)).toHaveLength(count);
    // The editor answers and the approver sends it back: the asker hears nothing of an answer not approved.
    const draftAnswer = { progress: 'answered', body: paragraph('Lịch tiếp công dân: sáng thứ Năm hằng tuần.'), answeredBy: 'UBND phường Hồng Gai', answeredAt: now() };
    expect((await editor.request('PUT', `${cm(QUESTION)}/${id}`, { ...draftAnswer, reviewState: 'submitted' })).status).toBe(200);
    const sentBack = await approver.request('PUT', `${cm(QUESTION)}/${id}`, { reviewState: 'changes_requested', reviewComment: 'Bổ sung địa điểm tiếp công dân.' });
    expect(sentBack.status, JSON.stringify(sentBack.json)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(inbox.mails.filter((m) => m.to === 'hung.pham@example.vn')).toEqual([]);
    expect((await rows(QUESTION, { trackingCode: code }))[0]!.notifiedAt).toBeNull();
    // Corrected and saved by the approver without publishing: the agency's answer goes to the asker, once.
    const corrected = paragraph('Lịch tiếp công dân: sáng thứ Năm hằng tuần, tại bộ phận một cửa UBND phường.');
    expect((await approver.request('PUT', `${cm(QUESTION)}/${id}`, { body: corrected, reviewState: 'draft' })).status).toBe(200);
    const mail = await inbox.mailTo('hung.pham@example.vn');
    expect(mail.text).toContain('tại bộ phận một cửa UBND phường');
    expect(mail.text).not.toContain('/hoi-dap/lich-tiep');
  });

  it('refuses a question without a way to reply, with unknown fields or for an unknown portal, storing nothing', async () => {
    const before = (await rows(QUESTION)).length;
    const noContact = await intake('POST', '/questions', question({ trackingCode: 'A2B3C4D5E6', askerEmail: null }));
    expect(noContact.status).toBe(400);
    expect(String((noContact.json.error as { message: string }).message)).toContain('askerEmail');
    expect((await intake('POST', '/questions', question({ trackingCode: 'A2B3C4D5E7', publishedAt: now() }))).status).toBe(400);
    expect((await intake('POST', '/questions', question({ trackingCode: 'A2B3C4D5E8', portal: 'khong-co' }))).status).toBe(404);
    expect((await intake('POST', '/questions', 'not json at all')).status).toBe(400);
    expect((await rows(QUESTION)).length).toBe(before);
  });
});

describe('what the intake token cannot do', () => {
  it('reads no content, writes through no other route, and other tokens cannot use the intake', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${stack.intakeToken}` };
    expect((await fetch(`${stack.cmsUrl}/api/questions`, { headers })).status).toBe(403);
    expect((await fetch(`${stack.cmsUrl}/api/articles`, { headers })).status).toBe(403);
    const mutation = await fetch(`${stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: 'mutation { createQuestion(data: { title: "x", question: "y", field: khac, progress: received }) { documentId } }' }),
    });
    expect(JSON.stringify(await mutation.json())).toMatch(/Forbidden|Cannot query field/);
    expect((await intake('POST', '/questions', question({ trackingCode: 'B2B3C4D5E6' }), stack.token)).status).toBe(403);
    expect((await intake('POST', '/questions', question({ trackingCode: 'B2B3C4D5E7' }), null)).status).toBe(403);
    expect(await rows(QUESTION, { trackingCode: { $in: ['B2B3C4D5E6', 'B2B3C4D5E7'] } })).toEqual([]);
  });
});

describe('comments on draft documents', () => {
  const comment = (consultation: string, overrides: Record<string, unknown> = {}) => ({
    submissionId: 'c0ffee00-1111-4222-8333-444455556666',
    portal: 'quangninh',
    consultation,
    body: 'Đề nghị bổ sung quy định về thời hạn trả lời ý kiến của người dân.',
    section: 'Điều 5',
    authorName: 'Trần Thị Hoa',
    authorEmail: 'hoa.tran@example.vn',
    organisation: null,
    receivedAt: now(),
    ...overrides,
  });
  const consultations = async (open: boolean) => {
    const all = (await stack.strapi.db.query('api::consultation.consultation').findMany({
      where: { publishedAt: { $notNull: true }, portal: { code: 'quangninh' } },
    })) as Array<{ documentId: string; closesAt: string; opensAt: string }>;
    return all.filter((c) => (Date.parse(c.closesAt) > Date.now() && Date.parse(c.opensAt) < Date.now()) === open);
  };

  it('takes a comment on an open draft once, and refuses one after the closing date, naming it', async () => {
    const [open] = await consultations(true);
    const [closed] = await consultations(false);
    expect(open && closed).toBeTruthy();
    expect((await intake('POST', '/comments', comment(open!.documentId))).status).toBe(201);
    expect((await intake('POST', '/comments', comment(open!.documentId))).json).toMatchObject({ created: false });
    const late = await intake('POST', '/comments', comment(closed!.documentId, { submissionId: 'c0ffee00-1111-4222-8333-444455557777' }));
    expect(late.status).toBe(409);
    const day = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(closed!.closesAt));
    expect((late.json.error as { message: string }).message).toContain(day);
    // Another portal's draft is not this portal's to comment on.
    const elsewhere = await intake('POST', '/comments', comment(open!.documentId, { submissionId: 'c0ffee00-1111-4222-8333-444455558888', portal: 'halong' }));
    expect(elsewhere.status).toBe(404);
    expect(await rows(COMMENT)).toHaveLength(1);
  });

  it("is moderated by the portal's people, who cannot change what the reader wrote", async () => {
    const target = stack.strapi as unknown as EditorsTarget;
    await provisionEditor(target, { email: 'bt.tinh@quangninh.example', password: 'Editor-2026-pass', role: 'editor', portals: ['quangninh'] });
    const own = await adminApi(stack.cmsUrl, { email: 'bt.tinh@quangninh.example', password: 'Editor-2026-pass' });
    const [stored] = await rows(COMMENT);
    const id = String(stored!.documentId);
    expect((await outsider.request('GET', `${cm(COMMENT)}/${id}`)).status).toBe(404);
    const rewrite = await own.request('PUT', `${cm(COMMENT)}/${id}`, { body: 'Nội dung đã bị sửa', moderation: 'accepted' });
    expect(rewrite.status).toBe(403);
    const moderated = await own.request('PUT', `${cm(COMMENT)}/${id}`, { moderation: 'accepted', response: 'Tiếp thu, bổ sung vào Điều 5.' });
    expect(moderated.status, JSON.stringify(moderated.json)).toBe(200);
    expect((await own.request('DELETE', `${cm(COMMENT)}/${id}`)).status).toBe(403);
    expect((await own.request('POST', cm(COMMENT), { body: 'giả mạo', portal: { connect: [{ documentId: await own.portalId('quangninh') }] } })).status).toBe(403);
    const [after] = await rows(COMMENT);
    expect(after).toMatchObject({ body: stored!.body, authorEmail: 'hoa.tran@example.vn', moderation: 'accepted', response: 'Tiếp thu, bổ sung vào Điều 5.' });
  });

  it('takes a comment sent before the closing time and handed over after it, judged by when the service took it', async () => {
    // The CMS was away at the closing time: the service's spool held the comment for an hour.
    const closesAt = Date.now() - 3_600_000;
    const created = await stack.admin.request('POST', cm('api::consultation.consultation'), {
      title: 'Lấy ý kiến dự thảo quy định mức thu phí trông giữ xe',
      opensAt: new Date(closesAt - 10 * 86_400_000).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      summary: 'Dự thảo quy định mức thu phí trông giữ xe đạp, xe máy, ô tô.',
      body: paragraph('Toàn văn dự thảo.'),
      portal: { connect: [{ documentId: await stack.admin.portalId('quangninh') }] },
    });
    const id = (created.json.data as { documentId: string }).documentId;
    expect((await stack.admin.request('POST', `${cm('api::consultation.consultation')}/${id}/actions/publish`, {})).status).toBe(200);
    const held = await intake('POST', '/comments', comment(id, { submissionId: 'c0ffee00-1111-4222-8333-44445555aaaa', receivedAt: new Date(closesAt - 60_000).toISOString() }));
    expect(held.status, JSON.stringify(held.json)).toBe(201);
    // A time in the future is not believed: judged now, it is late.
    const future = await intake('POST', '/comments', comment(id, { submissionId: 'c0ffee00-1111-4222-8333-44445555bbbb', receivedAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect(future.status).toBe(409);
    expect((await rows(COMMENT, { consultation: { documentId: id } })).map((r) => r.submissionId)).toEqual(['c0ffee00-1111-4222-8333-44445555aaaa']);
  });
});

describe('page feedback', () => {
  it('is stored anonymously for its portal and read by that portal only', async () => {
    const sent = await intake('POST', '/feedback', { submissionId: 'feedback-0000-0000-0001', portal: 'halong-honggai', path: '/gioi-thieu/', helpful: false, comment: 'Thiếu số điện thoại bộ phận một cửa.', receivedAt: now() });
    expect(sent.status).toBe(201);
    const [stored] = await rows(FEEDBACK);
    expect(stored).toMatchObject({ path: '/gioi-thieu/', helpful: false, portal: { code: 'halong-honggai' } });
    expect((await editor.request('GET', `${cm(FEEDBACK)}/${String(stored!.documentId)}`)).status).toBe(200);
    expect((await outsider.request('GET', `${cm(FEEDBACK)}/${String(stored!.documentId)}`)).status).toBe(404);
    // Counted for the portal's people on their "Ý kiến bạn đọc" page; another portal's see nothing of it.
    const mine = await editor.request('GET', '/qn-admin/feedback');
    expect(mine.json).toEqual({
      portals: [{ portal: 'halong-honggai', name: 'Phường Hồng Gai', yes: 0, no: 1 }],
      pages: [{ portal: 'halong-honggai', path: '/gioi-thieu/', yes: 0, no: 1, comments: ['Thiếu số điện thoại bộ phận một cửa.'] }],
    });
    expect((await outsider.request('GET', '/qn-admin/feedback')).json).toEqual({ portals: [], pages: [] });
    expect((await intake('POST', '/feedback', { submissionId: 'feedback-0000-0000-0002', portal: 'halong-honggai', path: 'no-slash', helpful: true, receivedAt: now() })).status).toBe(400);
  });
});
