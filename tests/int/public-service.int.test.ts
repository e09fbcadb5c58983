/**
 * The public service in front of a real Strapi (packages/public-service,
 * docs/adr/0015): readers' posts as browsers send them, with and without
 * JavaScript, floods, an unreachable CMS, and 1,000 submissions at once.
 * Every outcome is checked in the CMS's database and the spool.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge } from 'altcha-lib/v1';
import { freePort } from '@qn/devstack';
import { startPublicService, type RunningPublicService } from '@qn/public-service';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let service: RunningPublicService;
let spoolDir: string;
const TEMPLATE = 'http://{code}.localhost:4321';
const ORIGIN = 'http://halong-honggai.localhost:4321';
const QUESTION = 'api::question.question';
const rows = (uid: string, where: object = {}) => stack.strapi.db.query(uid as never).findMany({ where }) as Promise<Array<Record<string, unknown>>>;

/** A TCP relay to the CMS that can be cut, as a network or CMS outage looks to the service. */
function relay(target: number): Promise<{ port: number; cut(): void; restore(): Promise<void>; close(): Promise<void> }> {
  let server: Server;
  let port = 0;
  const sockets = new Set<Socket>();
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((socket) => {
        sockets.add(socket);
        const upstream = createConnection(target, '127.0.0.1');
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
        socket.on('close', () => sockets.delete(socket));
        socket.pipe(upstream).pipe(socket);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  return listen().then(() => ({
    port,
    cut() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
    restore: listen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }));
}

async function solved(address = '203.0.113.200'): Promise<string> {
  const challenge = (await (await fetch(`${service.url}/v1/challenge`, { headers: { 'x-forwarded-for': address } })).json()) as { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  return Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature })).toString('base64');
}

const questionBody = (overrides: Record<string, unknown> = {}) => ({
  field: 'dat_dai',
  title: 'Thủ tục tách thửa đất ở tại phường',
  question: 'Xin hỏi diện tích tối thiểu để tách thửa đất ở tại phường Hồng Gai là bao nhiêu mét vuông?',
  name: 'Lê Thị Mai',
  email: 'mai.le@example.vn',
  phone: '',
  consent: true,
  website: '',
  ...overrides,
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${service.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

async function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${service.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', html: await response.text() };
}

let cms: Awaited<ReturnType<typeof relay>>;

beforeAll(async () => {
  stack = await startStack({ content: true });
  cms = await relay(Number(new URL(stack.cmsUrl).port));
  spoolDir = await mkdtemp(join(tmpdir(), 'qn-spool-'));
  service = await startPublicService({
    port: await freePort(),
    host: '127.0.0.1',
    cmsUrl: `http://127.0.0.1:${cms.port}`,
    intakeToken: stack.intakeToken,
    hmacKey: 'test-hmac-key-0123456789',
    spoolDir,
    siteUrlTemplate: TEMPLATE,
    // The test's own requests stand for readers behind a proxy: each X-Forwarded-For is one reader.
    trustProxy: ['127.0.0.1'],
    maxNumber: 2_000,
    handoverMs: 2_000,
  });
}, 180_000);
afterAll(async () => {
  await service?.close();
  await cms?.close().catch(() => {});
  await stack?.stop();
});

describe('a question from a reader with JavaScript', () => {
  it('is stored in the CMS for its portal with a tracking code the reader can look up', async () => {
    const sent = await post('/v1/halong-honggai/questions', { ...questionBody(), altcha: await solved() }, { 'x-forwarded-for': '203.0.113.1' });
    expect(sent.status).toBe(201);
    const code = String(sent.json.code);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    const [stored] = await rows(QUESTION, { trackingCode: code });
    expect(stored).toMatchObject({ askerEmail: 'mai.le@example.vn', askerName: 'Lê Thị Mai', progress: 'received', publishedAt: null, field: 'dat_dai' });
    const status = await fetch(`${service.url}/v1/questions/${code.toLowerCase()}`);
    expect(await status.json()).toMatchObject({ trackingCode: code, progress: 'received', path: null, portal: 'halong-honggai' });
    expect(await readdir(join(spoolDir, 'pending'))).toEqual([]);
  });

  it('is looked up without JavaScript too: a page with its progress, or the problem with the code', async () => {
    const sent = await post('/v1/halong-honggai/questions', { ...questionBody({ question: 'Xin hỏi thời gian giải quyết hồ sơ đăng ký hộ kinh doanh là bao lâu?' }), altcha: await solved() }, { 'x-forwarded-for': '203.0.113.9' });
    const code = String(sent.json.code);
    const page = async (typed: string) => {
      const response = await fetch(`${service.url}/v1/halong-honggai/tra-cuu?ma=${encodeURIComponent(typed)}`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      return { status: response.status, html: await response.text() };
    };
    const found = await page(` ${code.toLowerCase()} `);
    expect(found.status).toBe(200);
    expect(found.html).toContain(`<span class="code">${code}</span>`);
    expect(found.html).toContain('Đã tiếp nhận');
    expect(found.html).not.toContain('mai.le@example.vn');
    expect(await page('K7M2')).toMatchObject({ status: 400, html: expect.stringContaining('Mã tra cứu gồm 10 chữ và số') });
    expect(await page('ZZZZZZZZZZ')).toMatchObject({ status: 404, html: expect.stringContaining('Không tìm thấy câu hỏi có mã này') });
  });

  it('folds the same question sent twice into one, with the same code', async () => {
    const body = { ...questionBody({ question: 'Xin hỏi lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ năm nay là bao nhiêu?' }) };
    const first = await post('/v1/halong-honggai/questions', { ...body, altcha: await solved() }, { 'x-forwarded-for': '203.0.113.2' });
    const again = await post('/v1/halong-honggai/questions', { ...body, altcha: await solved() }, { 'x-forwarded-for': '203.0.113.2' });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 200, json: { code: first.json.code, duplicate: true } });
    expect(await rows(QUESTION, { question: body.question })).toHaveLength(1);
    // Another reader sending the same text is asking too: their own code, not the first reader's.
    const neighbour = await post('/v1/halong-honggai/questions', { ...body, altcha: await solved() }, { 'x-forwarded-for': '203.0.113.9' });
    expect(neighbour.status).toBe(201);
    expect(neighbour.json.code).not.toBe(first.json.code);
  });

  it('answers a field-by-field 400 in Vietnamese and stores nothing', async () => {
    const before = (await rows(QUESTION)).length;
    const sent = await post('/v1/halong-honggai/questions', { ...questionBody({ email: '', phone: '', title: 'x' }), altcha: await solved() }, { 'x-forwarded-for': '203.0.113.3' });
    expect(sent.status).toBe(400);
    expect(sent.json.errors).toEqual({ title: 'Tiêu đề cần ít nhất 10 ký tự.', email: 'Nhập thư điện tử hoặc số điện thoại để nhận trả lời.' });
    expect((await rows(QUESTION)).length).toBe(before);
  });

  it('refuses a reused or forged proof of work, and a post relayed from another site', async () => {
    const solution = await solved();
    expect((await post('/v1/halong-honggai/questions', { ...questionBody({ question: 'Câu hỏi thứ nhất về thủ tục đăng ký hộ kinh doanh tại phường.' }), altcha: solution }, { 'x-forwarded-for': '203.0.113.4' })).status).toBe(201);
    const reused = await post('/v1/halong-honggai/questions', { ...questionBody({ question: 'Câu hỏi thứ hai về thủ tục đăng ký hộ kinh doanh tại phường.' }), altcha: solution }, { 'x-forwarded-for': '203.0.113.4' });
    expect(reused).toMatchObject({ status: 400, json: { errors: { altcha: expect.stringContaining('xác minh') } } });
    const forged = await post('/v1/halong-honggai/questions', { ...questionBody(), altcha: Buffer.from('{"signature":"x"}').toString('base64') }, { 'x-forwarded-for': '203.0.113.4' });
    expect(forged.status).toBe(400);
    expect((await post('/v1/halong-honggai/questions', questionBody(), { origin: 'https://evil.example', 'x-forwarded-for': '203.0.113.4' })).status).toBe(403);
    // A page hiding its origin (Referrer-Policy no-referrer gives "null") is a relay too.
    expect((await post('/v1/halong-honggai/questions', questionBody(), { origin: 'null', 'x-forwarded-for': '203.0.113.4' })).status).toBe(403);
    const preflight = await fetch(`${service.url}/v1/halong-honggai/questions`, { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const foreign = await fetch(`${service.url}/v1/halong-honggai/questions`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('drops what a robot typed into the hidden field, telling it nothing', async () => {
    const before = (await rows(QUESTION)).length;
    const robot = await post('/v1/halong-honggai/questions', { ...questionBody({ website: 'http://spam.example' }) }, { 'x-forwarded-for': '203.0.113.5' });
    expect(robot.status).toBe(201);
    expect((await rows(QUESTION)).length).toBe(before);
  });

  it('refuses oversized and unreadable bodies and unknown portals without falling over', async () => {
    const huge = await post('/v1/halong-honggai/questions', { ...questionBody({ question: 'a'.repeat(40_000) }) }, { 'x-forwarded-for': '203.0.113.6' });
    expect(huge.status).toBe(413);
    const garbage = await fetch(`${service.url}/v1/halong-honggai/questions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.6' }, body: '{"field":' });
    expect(garbage.status).toBe(415);
    expect((await post('/v1/khong-co/questions', questionBody())).status).toBe(404);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});

describe('without JavaScript', () => {
  it('shows the form again with what was typed and a message next to each field', async () => {
    const sent = await postForm('/v1/halong-honggai/questions', { field: 'y_te', title: 'Thẻ bảo hiểm y tế', question: 'ngắn', name: 'Phạm Văn Hùng', email: '', phone: '' }, { 'x-forwarded-for': '203.0.113.7' });
    expect(sent.status).toBe(400);
    expect(sent.type).toContain('text/html');
    expect(sent.html).toContain('value="Thẻ bảo hiểm y tế"');
    expect(sent.html).toContain('<option value="y_te" selected>');
    expect(sent.html).toMatch(/<p class="error" id="f-question-error">Nội dung câu hỏi cần ít nhất 20 ký tự\.<\/p><textarea id="f-question" name="question" required aria-required="true" aria-invalid="true" aria-describedby="f-question-error">ngắn<\/textarea>/);
    expect(sent.html).toContain('href="#f-consent"');
    // It posts back to where it came from, whatever address the service was reached at.
    expect(sent.html).toContain('action="/v1/halong-honggai/questions"');
  });

  it('posts without the proof of work and gets a receipt page with the tracking code', async () => {
    const sent = await postForm(
      '/v1/halong-honggai/questions',
      { field: 'y_te', title: 'Cấp lại thẻ bảo hiểm y tế', question: 'Tôi bị mất thẻ bảo hiểm y tế, xin hỏi thủ tục cấp lại thế nào?', name: 'Phạm Văn Hùng', email: '', phone: '0912 345 678', consent: 'on', website: '' },
      { 'x-forwarded-for': '203.0.113.8' },
    );
    expect(sent.status).toBe(201);
    const code = /<p class="code">([2-9A-Z]{10})<\/p>/.exec(sent.html)?.[1];
    expect(code).toBeDefined();
    expect(sent.html).toContain(`${ORIGIN}/hoi-dap/tra-cuu/?ma=${code}`);
    expect(await rows(QUESTION, { trackingCode: code })).toEqual([expect.objectContaining({ askerPhone: '0912345678' })]);
  });
});

describe('abuse', () => {
  it('answers a flood from one address with 429s in Vietnamese, and serves everyone else', async () => {
    const statuses: number[] = [];
    let message = '';
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i += 1) {
      const sent = await post('/v1/halong-honggai/feedback', { path: `/bai-viet/${i}/`, helpful: true }, { 'x-forwarded-for': '198.51.100.66' });
      statuses.push(sent.status);
      if (sent.status === 429) {
        message = String(sent.json.message);
        retryAfter = sent.headers.get('retry-after');
      }
    }
    // Without the proof of work, ten an hour; the rest are refused.
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(message).toContain('Vui lòng thử lại sau');
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await post('/v1/halong-honggai/feedback', { path: '/gioi-thieu/', helpful: false }, { 'x-forwarded-for': '198.51.100.67' })).status).toBe(201);
    expect(await stack.strapi.db.query('api::page-feedback.page-feedback' as never).count({ where: { path: { $startsWith: '/bai-viet/' } } })).toBe(10);
  });
});

describe('comments on draft documents', () => {
  const consultations = async () =>
    (await stack.strapi.db.query('api::consultation.consultation' as never).findMany({
      where: { publishedAt: { $notNull: true }, portal: { code: 'quangninh' } },
    })) as Array<{ documentId: string; opensAt: string; closesAt: string }>;

  it('takes a comment on an open draft and refuses one after the closing date, saying when it closed', async () => {
    const all = await consultations();
    const open = all.find((c) => Date.parse(c.closesAt) > Date.now() && Date.parse(c.opensAt) < Date.now())!;
    const closed = all.find((c) => Date.parse(c.closesAt) < Date.now())!;
    const origin = { origin: 'http://quangninh.localhost:4321', 'x-forwarded-for': '203.0.113.20' };
    const comment = { body: 'Đề nghị bổ sung quy định về thời hạn phản hồi ý kiến của người dân.', section: 'Điều 3', website: '' };
    expect((await post(`/v1/quangninh/consultations/${open.documentId}/comments`, { ...comment, altcha: await solved() }, origin)).status).toBe(201);
    const late = await post(`/v1/quangninh/consultations/${closed.documentId}/comments`, { ...comment, altcha: await solved() }, origin);
    expect(late.status).toBe(409);
    const day = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(closed.closesAt));
    expect(String(late.json.message)).toContain(day);
    const stored = await rows('api::consultation-comment.consultation-comment', { section: 'Điều 3' });
    expect(stored).toHaveLength(1);
    expect(await readdir(join(spoolDir, 'pending'))).toEqual([]);
  });
});

describe('when the CMS cannot be reached', () => {
  it('keeps the question on disk, gives the code, answers the lookup, and hands it over once the CMS is back', async () => {
    cms.cut();
    const sent = await post('/v1/halong-honggai/questions', { ...questionBody({ question: 'Xin hỏi thời gian làm thủ tục chuyển mục đích sử dụng đất là bao lâu?' }), altcha: await solved() }, { 'x-forwarded-for': '203.0.113.30' });
    expect(sent.status).toBe(202);
    const code = String(sent.json.code);
    expect(await readdir(join(spoolDir, 'pending'))).toHaveLength(1);
    expect(await (await fetch(`${service.url}/v1/questions/${code}`)).json()).toMatchObject({ progress: 'received' });
    expect(await rows(QUESTION, { trackingCode: code })).toEqual([]);
    await cms.restore();
    await service.drained();
    expect(await rows(QUESTION, { trackingCode: code })).toHaveLength(1);
    expect(await readdir(join(spoolDir, 'pending'))).toEqual([]);
  }, 60_000);
});

describe('load', () => {
  it('stores every one of 1,000 questions sent at once from 250 readers to 20 portals, and loses none', async () => {
    const portals = (await stack.strapi.db.query('api::portal.portal' as never).findMany({ select: ['code'], orderBy: { code: 'asc' }, limit: 20 })) as Array<{ code: string }>;
    const known = portals.map((p) => p.code);
    const before = (await rows(QUESTION)).length;
    const codes = new Set<string>();
    const statuses = new Map<number, number>();
    const started = Date.now();
    let next = 0;
    const total = Number(process.env.LOAD_TOTAL ?? 1_000);
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const portal = known[i % known.length]!;
        const sent = await post(
          `/v1/${portal}/questions`,
          { ...questionBody({ question: `Câu hỏi số ${i} của bạn đọc về thủ tục hành chính tại địa phương.`, email: `ban.doc.${i}@example.vn` }), altcha: await solved(`10.0.${i % 250}.1`) },
          { origin: `http://${portal}.localhost:4321`, 'x-forwarded-for': `10.0.${i % 250}.1` },
        );
        statuses.set(sent.status, (statuses.get(sent.status) ?? 0) + 1);
        if ((i + 1) % 100 === 0) console.log(`${i + 1} sent after ${((Date.now() - started) / 1000).toFixed(1)} s`);
        if (sent.json.code) codes.add(String(sent.json.code));
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    await service.drained();
    const seconds = (Date.now() - started) / 1000;
    console.log(`1,000 questions: ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')} in ${seconds.toFixed(1)} s`);
    expect(Object.fromEntries(statuses)).toEqual({ 201: total });
    expect(codes.size).toBe(total);
    expect((await rows(QUESTION)).length).toBe(before + total);
    expect(await readdir(join(spoolDir, 'pending'))).toEqual([]);
    expect(await readdir(join(spoolDir, 'refused'))).toEqual([]);
  }, 600_000);
});
