import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionEditor, type EditorsTarget } from '@qn/editors';
import { adminApi, type AdminApi } from '../helpers/admin-api.ts';
import { launchChromium } from '../helpers/browser.ts';
import { ADMIN, startStack, type TestStack } from '../helpers/stack.ts';

/**
 * The admin panel's own screens for what Strapi Community Edition lacks,
 * in a real Chromium against the built panel: version history with compare
 * and restore beside the edit form, and the audit log's CSV export.
 */
let stack: TestStack;
let browser: Browser;
let approver: AdminApi;
let editor: AdminApi;
const ARTICLES = '/content-manager/collection-types/api::article.article';
const APPROVER = { email: 'duyet.admin@quangninh.example', password: 'Portal-Test-2026' };
const EDITOR = { email: 'bientap.admin@quangninh.example', password: 'Portal-Test-2026' };
// A second editor of the same portal: Strapi allows each account five logins in five minutes, and the file signs in EDITOR five times.
const REPORTER = { email: 'phongvien.admin@quangninh.example', password: 'Portal-Test-2026' };
const FIRST = 'Hạ Long khởi công tuyến đường bao biển mới';
const SECOND = 'Hạ Long khởi công tuyến đường bao biển Cột 8 – Cột 5';

async function signIn(credentials: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'vi-VN', acceptDownloads: true })).newPage();
  await page.goto(`${stack.cmsUrl}/admin/auth/login`);
  await page.fill('input[name="email"]', credentials.email);
  await page.fill('input[name="password"]', credentials.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}

beforeAll(async () => {
  stack = await startStack({ adminPanel: true });
  await provisionEditor(stack.strapi as unknown as EditorsTarget, { ...APPROVER, role: 'approver', portals: ['halong'] });
  await provisionEditor(stack.strapi as unknown as EditorsTarget, { ...EDITOR, role: 'editor', portals: ['halong'] });
  await provisionEditor(stack.strapi as unknown as EditorsTarget, { ...REPORTER, role: 'editor', portals: ['halong'] });
  approver = await adminApi(stack.cmsUrl, APPROVER);
  editor = await adminApi(stack.cmsUrl, EDITOR);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the admin panel', () => {
  it('lets an editor send a saved draft for review, and an approver send it back with a comment, then publish it', async () => {
    const halong = await stack.admin.portalId('halong');
    const created = await editor.request('POST', ARTICLES, { title: 'Hạ Long tổ chức lễ hội Carnaval mùa đông', portal: { connect: [{ documentId: halong }] } });
    const { documentId } = created.json.data as { documentId: string };
    const review = async () => (await stack.admin.request('GET', `${ARTICLES}/${documentId}`)).json.data as { reviewState: string; reviewComment: string | null };

    const writer = await signIn(EDITOR);
    await writer.goto(`${stack.cmsUrl}/admin${ARTICLES}/${documentId}`);
    await writer.getByRole('button', { name: 'Gửi duyệt' }).click();
    await writer.getByRole('button', { name: 'Đã gửi duyệt, đang chờ người duyệt' }).waitFor();
    expect(await review()).toMatchObject({ reviewState: 'submitted' });
    // "Gửi duyệt" takes the place of the publish button, which an editor could never use.
    expect(await writer.getByRole('button', { name: 'Xuất bản' }).count()).toBe(0);
    await writer.context().close();

    const checker = await signIn(APPROVER);
    await checker.goto(`${stack.cmsUrl}/admin${ARTICLES}/${documentId}`);
    await checker.getByRole('button', { name: 'Thao tác khác với tài liệu' }).click();
    await checker.getByRole('menuitem', { name: 'Trả lại để sửa' }).click();
    await checker.getByLabel('Ý kiến cho người viết').fill('Bổ sung thời gian và địa điểm tổ chức.');
    // The panel reloads the page once the server took the change: wait for that load, not a fixed time.
    const reloaded = checker.waitForEvent('load');
    await checker.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await reloaded;
    expect(await review()).toMatchObject({ reviewState: 'changes_requested', reviewComment: 'Bổ sung thời gian và địa điểm tổ chức.' });
    // The approver publishes; the editor's next round starts clean.
    await checker.getByRole('button', { name: 'Xuất bản' }).click();
    await expect.poll(review).toMatchObject({ reviewState: 'draft', reviewComment: null });
    await checker.context().close();
  });

  it('shows an approver the published versions beside the form, compares two and restores one', async () => {
    const halong = await stack.admin.portalId('halong');
    const created = await approver.request('POST', ARTICLES, { title: FIRST, portal: { connect: [{ documentId: halong }] } });
    const { documentId } = created.json.data as { documentId: string };
    expect((await approver.publish(documentId)).status).toBe(200);
    expect((await approver.update(documentId, { title: SECOND })).status).toBe(200);
    expect((await approver.publish(documentId)).status).toBe(200);

    const page = await signIn(APPROVER);
    await page.goto(`${stack.cmsUrl}/admin${ARTICLES}/${documentId}`);
    const panel = page.getByRole('list', { name: 'Các bản đã xuất bản' });
    await panel.waitFor();
    expect(await page.getByText('Lịch sử phiên bản').count()).toBe(1);
    expect(await panel.locator(':scope > li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Bản 2 \(mới nhất\)\n+\d\d:\d\d \d\d\/\d\d\/20\d\d · duyet\.admin@quangninh\.example\n+So sánh với bản 1$/),
      expect.stringMatching(/^Bản 1\n+\d\d:\d\d \d\d\/\d\d\/20\d\d · duyet\.admin@quangninh\.example\n+Khôi phục bản 1$/),
    ]);

    await page.getByRole('button', { name: 'So sánh với bản 1' }).click();
    const diff = page.getByLabel('Khác biệt giữa bản 1 và bản 2');
    await diff.waitFor();
    expect(await diff.locator('[data-diff="removed"]').allInnerTexts()).toContainEqual(expect.stringContaining(FIRST));
    expect(await diff.locator('[data-diff="added"]').allInnerTexts()).toContainEqual(expect.stringContaining(SECOND));
    // In the replaced title, the words that changed are marked as tracked changes: "mới" out, "Cột 8 – Cột 5" in.
    expect((await diff.locator('[data-diff="removed"] del').allInnerTexts()).join('').trim()).toBe('mới');
    expect((await diff.locator('[data-diff="added"] ins').allInnerTexts()).join('').trim()).toBe('Cột 8 – Cột 5');
    await page.getByRole('button', { name: 'Đóng' }).click();

    await page.getByRole('button', { name: 'Khôi phục bản 1' }).click();
    await page.getByRole('button', { name: 'Khôi phục và xuất bản' }).click();
    await page.getByText('Bản 3 (mới nhất)').waitFor();
    const published = await stack.admin.request('GET', `${ARTICLES}/${documentId}?status=published`);
    expect((published.json.data as { title: string }).title).toBe(FIRST);
    await page.context().close();
  });

  it('lets a province administrator download the audit log as CSV from its list', async () => {
    const page = await signIn(ADMIN);
    await page.goto(`${stack.cmsUrl}/admin/content-manager/collection-types/api::audit-entry.audit-entry`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải nhật ký (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toBe('"at","actorEmail","action","outcome","model","ref","portal","ip","route","beforeHash","afterHash","detail"');
    expect(rows.some((row) => row.includes(`"${APPROVER.email}"`) && row.includes(',"publish",'))).toBe(true);
    await page.context().close();
  });

  it('shows an editor where the published article lives, and that the site is being updated', async () => {
    const halong = await stack.admin.portalId('halong');
    const created = await approver.request('POST', ARTICLES, { title: 'Hạ Long mở bến du thuyền quốc tế', portal: { connect: [{ documentId: halong }] } });
    const { documentId } = created.json.data as { documentId: string };
    expect((await approver.publish(documentId)).status).toBe(200);
    const page = await signIn(EDITOR);
    await page.goto(`${stack.cmsUrl}/admin${ARTICLES}/${documentId}`);
    await page.getByText('Trên cổng thông tin').waitFor();
    // No publisher runs in this test: the page is published but its site not rebuilt yet.
    expect(await page.locator('[data-qn-live]').getAttribute('data-qn-live')).toBe('pending');
    expect(await page.getByText('Đang cập nhật trang…').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'http://halong.localhost:4321/bai-viet/ha-long-mo-ben-du-thuyen-quoc-te/' }).count()).toBe(1);
    await page.context().close();
  });

  it("shows an editor the draft as its page will look, from the edit view's preview button", async () => {
    const halong = await stack.admin.portalId('halong');
    const title = 'Hạ Long chuẩn bị khai mạc Tuần Du lịch Hạ Long 2027';
    const created = await editor.request('POST', ARTICLES, { title, summary: 'Chuỗi sự kiện kéo dài bảy ngày.', portal: { connect: [{ documentId: halong }] } });
    const { documentId } = created.json.data as { documentId: string };
    const page = await signIn(REPORTER);
    await page.goto(`${stack.cmsUrl}/admin${ARTICLES}/${documentId}`);
    await page.getByRole('link', { name: 'Mở bản xem trước' }).click();
    const frame = page.frameLocator('iframe');
    // The site's own article page, built from the draft: its heading, the portal's name in its header, and the note that it is not published.
    await frame.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 60_000 });
    expect(await frame.getByRole('note').innerText()).toContain('chưa xuất bản');
    expect(await frame.locator('header').first().innerText()).toContain('Hạ Long');
    // Styled by the site's stylesheet, served inside the preview.
    const fontFamily = await frame.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    expect(fontFamily).not.toMatch(/^"?Times/);
    await page.context().close();
  });

  it('gives province administrators, and only them, the publishing status with a rebuild button', async () => {
    const page = await signIn(ADMIN);
    await page.getByRole('link', { name: 'Trạng thái xuất bản' }).click();
    await page.getByRole('heading', { name: 'Trạng thái xuất bản' }).waitFor();
    await page.locator('tr[data-qn-portal="quangninh"]').waitFor();
    expect(await page.locator('tr[data-qn-portal]').count()).toBe(193);
    await page.getByPlaceholder('Lọc theo mã hoặc tên cổng').fill('uongbi');
    const row = page.locator('tr[data-qn-portal="uongbi"]');
    await row.getByRole('button', { name: 'Dựng lại' }).click();
    await row.getByText('Đang chờ dựng').waitFor();
    const asked = (await stack.strapi.db.query('api::content-event.content-event').findMany({ where: { model: 'rebuild' } })) as Array<{ ref: string }>;
    expect(asked.map((r) => r.ref)).toEqual(['uongbi']);
    await page.context().close();

    const writer = await signIn(EDITOR);
    expect(await writer.getByRole('link', { name: 'Trạng thái xuất bản' }).count()).toBe(0);
    await writer.context().close();
  });

  it('opens in Vietnamese for every user, from the login page on, with no vendor banner or survey', async () => {
    // A browser set to English, as many office computers are, that never opened the panel before.
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${stack.cmsUrl}/admin/auth/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await page.fill('input[name="email"]', EDITOR.email);
    await page.fill('input[name="password"]', EDITOR.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    await page.goto(`${stack.cmsUrl}/admin${ARTICLES}`);
    const create = page.locator(`a[href$="${ARTICLES}/create"]`).first();
    await create.waitFor();
    // The strings Strapi's own Vietnamese leaves in English, supplied by the project.
    expect(await create.innerText()).toBe('Tạo mục mới');
    const text = await page.locator('body').innerText();
    for (const english of ['Create new entry', 'Introducing the new Media Library', 'Search', 'Filters']) expect(text, english).not.toContain(english);
    await context.close();
  });
});
