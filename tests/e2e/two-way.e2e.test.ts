/**
 * The two-way channel in Chromium on a level-3 portal (issue 13): a reader
 * asks a question on the built site and looks its status up; the portal's
 * editor answers it (another portal's editor cannot see it), an approver
 * publishes it, and the rebuilt site shows it and its search finds it. A
 * comment sent after the draft closed is refused with the date; page
 * feedback is taken; without JavaScript the forms still work. axe finds no
 * violation on the form pages and their error states.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@qn/devstack';
import { provisionEditor, type EditorsTarget } from '@qn/editors';
import { requireTree } from '@qn/portal-model';
import { startPublicService, type RunningPublicService } from '@qn/public-service';
import { buildSites } from '@qn/site-builder';
import { createSiteServer } from '@qn/site-server';
import { adminApi, paragraph, type AdminApi } from '../helpers/admin-api.ts';
import { axe } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startInbox, type Inbox } from '../helpers/smtp.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

const PORTAL = 'halong-honggai';
const QUESTION = 'api::question.question';
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
let stack: TestStack;
let service: RunningPublicService;
let serviceOptions: Parameters<typeof startPublicService>[0];
let server: Server;
let browser: Browser;
let outDir: string;
let port: number;
let editor: AdminApi;
let outsider: AdminApi;
let approver: AdminApi;
let closingConsultation: string;
let inbox: Inbox;
const origin = (code = PORTAL) => `http://${code}.localhost:${port}`;

async function build(): Promise<void> {
  const report = await buildSites({
    cms: stack.cms,
    outDir,
    portals: [PORTAL],
    settings: {
      urlTemplate: `http://{code}.localhost:${port}`,
      search: { host: stack.meili!.url, key: await stack.search!.ensureSearchKey(), index: `articles_${process.pid}` },
      mediaUrl: `http://localhost:${port}/_media`,
      publicServiceUrl: service.url,
    },
  });
  if (report.failed.length > 0) throw new Error(`not built: ${JSON.stringify(report.failed)}`);
  const { records: portals } = await stack.cms.portals();
  const { records: articles } = await stack.cms.articles();
  const { records } = await stack.cms.records();
  await stack.search!.reconcile({ articles, records }, requireTree(portals));
}

/** axe on a page that runs no script: its HTML checked in a page that does. */
async function axeWithoutScript(page: Page): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const checker = await context.newPage();
  await checker.setContent(await page.content());
  const found = await axe(checker);
  await context.close();
  return found;
}

async function open(path: string, javaScript = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin()}${path}`);
  return page;
}

beforeAll(async () => {
  inbox = await startInbox();
  stack = await startStack({ content: true, meili: true });
  const target = stack.strapi as unknown as EditorsTarget;
  await provisionEditor(target, { email: 'bt.honggai@quangninh.example', password: 'Editor-2026-pass', role: 'editor', portals: [PORTAL] });
  await provisionEditor(target, { email: 'duyet.honggai@quangninh.example', password: 'Editor-2026-pass', role: 'approver', portals: [PORTAL] });
  await provisionEditor(target, { email: 'bt.coto@quangninh.example', password: 'Editor-2026-pass', role: 'approver', portals: ['coto'] });
  editor = await adminApi(stack.cmsUrl, { email: 'bt.honggai@quangninh.example', password: 'Editor-2026-pass' });
  approver = await adminApi(stack.cmsUrl, { email: 'duyet.honggai@quangninh.example', password: 'Editor-2026-pass' });
  outsider = await adminApi(stack.cmsUrl, { email: 'bt.coto@quangninh.example', password: 'Editor-2026-pass' });
  server = createSiteServer({ root: (outDir = await mkdtemp(join(tmpdir(), 'qn-two-way-'))) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  service = await startPublicService((serviceOptions = {
    port: await freePort(),
    host: '127.0.0.1',
    cmsUrl: stack.cmsUrl,
    intakeToken: stack.intakeToken,
    hmacKey: 'e2e-hmac-key-0123456789',
    spoolDir: join(outDir, '..', `qn-spool-${process.pid}`),
    siteUrlTemplate: `http://{code}.localhost:${port}`,
    maxNumber: 5_000,
  }));
  // A draft open for comments for another minute: the page is built while it is open.
  const portal = await stack.admin.portalId(PORTAL);
  const created = await stack.admin.request('POST', cm('api::consultation.consultation'), {
    title: 'Lấy ý kiến dự thảo quy chế quản lý chợ phường Hồng Gai',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 60_000).toISOString(),
    summary: 'Dự thảo quy chế quản lý, khai thác chợ trên địa bàn phường.',
    body: paragraph('Toàn văn dự thảo được niêm yết tại trụ sở UBND phường.'),
    portal: { connect: [{ documentId: portal }] },
  });
  closingConsultation = (created.json.data as { documentId: string; slug: string }).slug;
  const published = await stack.admin.request('POST', `${cm('api::consultation.consultation')}/${(created.json.data as { documentId: string }).documentId}/actions/publish`, {});
  if (published.status !== 200) throw new Error(`publish answered ${published.status}`);
  await build();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await stack?.stop();
  await inbox?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('a question, from the reader to the published answer and the e-mail', () => {
  let code = '';
  let slug = '';

  it('is checked field by field on the page, then sent with a receipt and a tracking code', async () => {
    const page = await open('/hoi-dap/gui-cau-hoi/');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.locator('.form-errors:not([hidden])').waitFor();
    // The first field with a problem has the focus, and says what is wrong.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-field');
    expect(await page.locator('#question-title-error').textContent()).toBe('Hãy nhập tiêu đề.');
    expect(await page.locator('#question-title').getAttribute('aria-invalid')).toBe('true');
    expect(await axe(page)).toEqual([]);
    await page.selectOption('#question-field', 'dat_dai');
    await page.fill('#question-title', 'Thủ tục tách thửa đất ở cho con');
    await page.fill('#question-question', 'Gia đình tôi muốn tách thửa đất ở cho con trai; diện tích tối thiểu sau tách thửa tại phường Hồng Gai là bao nhiêu?');
    await page.fill('#question-name', 'Đỗ Thị Lan');
    await page.fill('#question-email', 'lan.do@example.vn');
    await page.check('#question-consent');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.locator('.receipt').waitFor();
    code = (await page.locator('.tracking-code').textContent()) ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('receipt');
    const stored = (await stack.strapi.db.query(QUESTION as never).findMany({ where: { trackingCode: code } })) as Array<Record<string, unknown>>;
    expect(stored).toEqual([expect.objectContaining({ askerEmail: 'lan.do@example.vn', publishedAt: null, progress: 'received' })]);
    await page.context().close();
  });

  it('shows its status by tracking code', async () => {
    const page = await open(`/hoi-dap/tra-cuu/?ma=${code}`);
    await page.locator('#lookup-result p').waitFor();
    expect(await page.locator('#lookup-result').textContent()).toContain('Đã tiếp nhận');
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it("is answered by the portal's editor, unseen by another portal's, published by an approver, then shown on the site and found by search", async () => {
    const [row] = (await stack.strapi.db.query(QUESTION as never).findMany({ where: { trackingCode: code } })) as Array<{ documentId: string }>;
    expect((await outsider.request('GET', `${cm(QUESTION)}/${row!.documentId}`)).status).toBe(404);
    const answer = 'Theo quy định của UBND tỉnh, diện tích tối thiểu sau khi tách thửa đất ở tại các phường là 40 mét vuông, cạnh mặt tiền không nhỏ hơn 4 mét.';
    const saved = await editor.request('PUT', `${cm(QUESTION)}/${row!.documentId}`, { progress: 'answered', body: paragraph(answer), answeredBy: 'UBND phường Hồng Gai', answeredAt: new Date().toISOString() });
    expect(saved.status).toBe(200);
    expect((await approver.request('POST', `${cm(QUESTION)}/${row!.documentId}/actions/publish`, {})).status).toBe(200);
    // The asker hears from the agency by e-mail, answer included.
    const mail = await inbox.mailTo('lan.do@example.vn');
    expect(mail.text).toContain('40 mét vuông');
    expect(mail.text).toContain(`Mã tra cứu: ${code}`);
    await build();
    slug = String(((await stack.strapi.db.query(QUESTION as never).findOne({ where: { documentId: row!.documentId, publishedAt: { $notNull: true } } })) as { slug: string }).slug);
    const page = await open(`/hoi-dap/${slug}/`);
    expect(await page.locator('h1').textContent()).toBe('Thủ tục tách thửa đất ở cho con');
    expect(await page.locator('main').textContent()).toContain('40 mét vuông');
    expect(await page.content()).not.toContain('lan.do@example.vn');
    await page.goto(`${origin()}/tim-kiem/?q=${encodeURIComponent('tách thửa đất ở cho con')}`);
    await page.locator(`a[href$="/hoi-dap/${slug}/"]`).first().waitFor();
    await page.goto(`${origin()}/hoi-dap/tra-cuu/?ma=${code}`);
    await page.locator('#lookup-result a').waitFor();
    expect(await page.locator('#lookup-result').textContent()).toContain('Đã trả lời');
    await page.context().close();
  });
});

describe('comments on a draft', () => {
  it('are taken while the draft is open and refused, with the closing date, once it has closed', async () => {
    const page = await open(`/lay-y-kien/${closingConsultation}/`);
    expect(await axe(page)).toEqual([]);
    await page.fill('#comment-body', 'Đề nghị quy định rõ giờ mở cửa chợ vào mùa hè.');
    await page.getByRole('button', { name: 'Gửi' }).first().click();
    await page.locator('.receipt').waitFor();
    await page.reload();
    const closes = (await stack.strapi.db.query('api::consultation.consultation' as never).findOne({ where: { slug: closingConsultation, publishedAt: { $notNull: true } } })) as { closesAt: string };
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(closes.closesAt) - Date.now() + 500)));
    await page.fill('#comment-body', 'Góp ý gửi sau khi đã hết thời gian lấy ý kiến.');
    await page.getByRole('button', { name: 'Gửi' }).first().click();
    await page.locator('.comment-form .form-errors:not([hidden])').waitFor();
    const day = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(closes.closesAt));
    expect(await page.locator('.comment-form .form-errors').textContent()).toContain(day);
    // What was typed is still there.
    expect(await page.inputValue('#comment-body')).toBe('Góp ý gửi sau khi đã hết thời gian lấy ý kiến.');
    expect(await axe(page)).toEqual([]);
    expect(await stack.strapi.db.query('api::consultation-comment.consultation-comment' as never).count({})).toBe(1);
    await page.context().close();
  }, 180_000);
});

describe('page feedback and pages without JavaScript', () => {
  it('takes a "not useful" with a comment from the foot of a page', async () => {
    const page = await open('/gioi-thieu/');
    await page.check('#feedback-helpful-1');
    await page.fill('#feedback-comment', 'Thiếu giờ làm việc của bộ phận một cửa.');
    await page.locator('.page-feedback').getByRole('button', { name: 'Gửi' }).click();
    await page.locator('.page-feedback .receipt').waitFor();
    const stored = (await stack.strapi.db.query('api::page-feedback.page-feedback' as never).findMany({})) as Array<Record<string, unknown>>;
    expect(stored).toEqual([expect.objectContaining({ path: '/gioi-thieu/', helpful: false, comment: 'Thiếu giờ làm việc của bộ phận một cửa.' })]);
    await page.context().close();
  });

  it('without JavaScript: the form posts, problems come back next to the fields with what was typed, then the receipt', async () => {
    const page = await open('/hoi-dap/gui-cau-hoi/', false);
    await page.fill('#question-title', 'Cấp lại thẻ bảo hiểm y tế bị mất');
    await page.fill('#question-question', 'ngắn');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.waitForURL(`${service.url}/v1/${PORTAL}/questions`);
    expect(await page.inputValue('#f-title')).toBe('Cấp lại thẻ bảo hiểm y tế bị mất');
    expect(await page.locator('#f-question-error').textContent()).toBe('Nội dung câu hỏi cần ít nhất 20 ký tự.');
    expect(await axeWithoutScript(page)).toEqual([]);
    await page.selectOption('#f-field', 'y_te');
    await page.fill('#f-question', 'Tôi bị mất thẻ bảo hiểm y tế, xin hỏi thủ tục cấp lại như thế nào?');
    await page.fill('#f-name', 'Vũ Văn Nam');
    await page.fill('#f-phone', '0912 345 678');
    await page.check('#f-consent');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.locator('p.code').waitFor();
    expect(await page.locator('p.code').textContent()).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    expect(await axeWithoutScript(page)).toEqual([]);
    await page.context().close();
  });
});

describe('when the public service is down', () => {
  it('the page says so and keeps what was typed; sent as it is once the service is back', async () => {
    const page = await open('/hoi-dap/gui-cau-hoi/');
    await page.selectOption('#question-field', 'y_te');
    await page.fill('#question-title', 'Đăng ký khám sức khỏe cho người lao động');
    await page.fill('#question-question', 'Trạm y tế phường có nhận khám sức khỏe định kỳ cho người lao động của doanh nghiệp nhỏ không?');
    await page.fill('#question-name', 'Phạm Minh Tuấn');
    await page.fill('#question-phone', '0203 3825 111');
    await page.check('#question-consent');
    await service.close();
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.locator('.form-errors:not([hidden])').waitFor();
    expect(await page.locator('.form-errors').textContent()).toContain('Không kết nối được hệ thống tiếp nhận');
    expect(await page.inputValue('#question-title')).toBe('Đăng ký khám sức khỏe cho người lao động');
    expect(await page.inputValue('#question-phone')).toBe('0203 3825 111');
    expect(await page.isChecked('#question-consent')).toBe(true);
    expect(await axe(page)).toEqual([]);
    service = await startPublicService(serviceOptions);
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.locator('.receipt').waitFor();
    const code = (await page.locator('.tracking-code').textContent()) ?? '';
    const stored = (await stack.strapi.db.query(QUESTION as never).findMany({ where: { trackingCode: code } })) as Array<Record<string, unknown>>;
    expect(stored).toEqual([expect.objectContaining({ title: 'Đăng ký khám sức khỏe cho người lao động', askerPhone: '02033825111' })]);
    await page.context().close();
  });
});
