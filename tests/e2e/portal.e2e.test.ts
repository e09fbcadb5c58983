import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTree } from '@qn/portal-model';
import { buildSites } from '@qn/site-builder';
import { createSiteServer } from '@qn/site-server';
import { paragraph } from '../helpers/admin-api.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let server: Server;
let browser: Browser;
let outDir: string;
let origin: (code: string) => string;
const TITLE = 'Phường Hồng Gai tổ chức Ngày hội Đại đoàn kết toàn dân tộc';

beforeAll(async () => {
  stack = await startStack({ meili: true, articles: 0 });
  const portal = await stack.admin.portalId('halong-honggai');
  for (const [title, text] of [
    [TITLE, 'Ngày hội diễn ra tại nhà văn hóa khu phố 3 với sự tham gia của đông đảo nhân dân.'],
    ['Phường Hồng Gai ra quân tổng vệ sinh môi trường', 'Hàng trăm đoàn viên thanh niên tham gia dọn dẹp các tuyến phố.'],
  ] as const) {
    const article = await stack.admin.createArticle({ title, summary: text, body: paragraph(text), portal: { connect: [{ documentId: portal }] } });
    await stack.admin.publish(article.documentId);
  }
  const documents = '/content-manager/collection-types/api::legal-document.legal-document';
  const decision = await stack.admin.request('POST', documents, {
    number: '215/QĐ-UBND',
    form: 'quyet_dinh',
    summary: 'Về việc ban hành quy chế quản lý chợ Hạ Long I',
    issuerName: 'UBND phường Hồng Gai',
    issuedOn: '2026-11-10',
    validity: 'in_force',
    field: 'cong_thuong',
    portal: { connect: [{ documentId: portal }] },
  });
  const { documentId: decisionId } = decision.json.data as { documentId: string };
  await stack.admin.request('POST', `${documents}/${decisionId}/actions/publish`, {});

  outDir = await mkdtemp(join(tmpdir(), 'qn-e2e-'));
  server = createSiteServer({ root: outDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = (code) => `http://${code}.localhost:${port}`;

  const search = stack.search!;
  const index = `articles_${process.pid}`;
  await buildSites({
    cms: stack.cms,
    outDir,
    portals: ['halong-honggai', 'halong', 'uongbi'],
    settings: { urlTemplate: `http://{code}.localhost:${port}`, search: { host: stack.meili!.url, key: await search.ensureSearchKey(), index }, mediaUrl: `http://localhost:${port}/_media` },
  });
  const { records: portals } = await stack.cms.portals();
  const { records: articles } = await stack.cms.articles();
  const { records } = await stack.cms.records();
  await search.reconcile({ articles, records }, requireTree(portals));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await stack?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('a reader on a phone', () => {
  it('opens a commune portal, follows an article link and reads the article', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin('halong-honggai')}/`);
    expect(await page.locator('.brand-name').textContent()).toBe('Phường Hồng Gai');
    expect(await page.locator('.parent-link a').getAttribute('href')).toBe(`${origin('halong')}/`);
    await page.getByRole('link', { name: TITLE }).first().click();
    await page.waitForURL(/\/bai-viet\//);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${origin('halong-honggai')}${new URL(page.url()).pathname}`);
    await page.close();
  });

  it('searches without tone marks from the parent portal and lands on the article', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin('halong')}/`);
    // On a phone the header has a search link beside the menu button; the search page has the form.
    await page.getByRole('link', { name: 'Tìm kiếm', exact: true }).click();
    await page.waitForURL(/\/tim-kiem\//);
    await page.getByRole('searchbox').fill('ngay hoi dai doan ket');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const result = page.locator('ol.article-list a').first();
    await result.waitFor();
    expect(await result.textContent()).toBe(TITLE);
    expect(await page.locator('[role=status]').textContent()).toBe('Tìm thấy 1 kết quả cho “ngay hoi dai doan ket”');
    await result.click();
    await page.waitForURL((url) => url.hostname === 'halong-honggai.localhost');
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    await page.close();
  });

  it('finds nothing on an unrelated portal until the reader widens the search to the province', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin('uongbi')}/tim-kiem/?q=tong+ve+sinh+moi+truong`);
    await page.getByText('Không tìm thấy kết quả phù hợp.').waitFor();
    await page.getByLabel('Toàn bộ các cổng của tỉnh').check();
    const result = page.locator('ol.article-list a').first();
    await result.waitFor();
    expect(await result.textContent()).toBe('Phường Hồng Gai ra quân tổng vệ sinh môi trường');
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${origin('halong-honggai')}/bai-viet/`));
    expect(new URL(page.url()).searchParams.get('scope')).toBe('all');
    await page.close();
  });

  it('finds a legal document by its number and opens it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin('halong-honggai')}/tim-kiem/?q=${encodeURIComponent('215/QĐ-UBND')}`);
    const result = page.locator('ol.article-list li').first();
    await result.waitFor();
    expect(await result.locator('a').textContent()).toBe('Về việc ban hành quy chế quản lý chợ Hạ Long I');
    expect(await result.locator('.meta').textContent()).toBe('Văn bản · 215/QĐ-UBND · Phường Hồng Gai · 10/11/2026');
    await result.locator('a').click();
    await page.waitForURL(/\/van-ban\//);
    expect(await page.locator('h1').textContent()).toBe('Về việc ban hành quy chế quản lý chợ Hạ Long I');
    expect(await page.locator('main').textContent()).toContain('215/QĐ-UBND');
    await page.close();
  });
});
