/**
 * What the built sites say, read from their HTML with JavaScript switched
 * off (the way a reader without it gets them): page types, metadata,
 * feeds, and the budgets of issue 5.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { buildFixture, FEATURED, PORTALS, type SiteFixture } from './sites-fixture.ts';

let fixture: SiteFixture;
let browser: Browser;
let noScript: BrowserContext;

beforeAll(async () => {
  fixture = await buildFixture();
  browser = await launchChromium();
  noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
});

async function open(code: string, path: string): Promise<Page> {
  const page = await noScript.newPage();
  const response = await page.goto(`${fixture.origin(code)}${path}`);
  expect(response?.status(), `${code}${path}`).toBe(200);
  return page;
}

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).map((e) => join(dir, e));
}

const gzKb = (text: string) => gzipSync(text).length / 1024;
const articlePath = (a: { slug: string }) => `/bai-viet/${a.slug}/`;

describe('readable without JavaScript', () => {
  it('gives every portal its home page, listings and an article with its text', async () => {
    for (const code of PORTALS) {
      const home = await open(code, '/');
      const first = await home.locator('main a[href^="/bai-viet/"]').first().getAttribute('href');
      expect(first, code).toMatch(/^\/bai-viet\//);
      const article = await open(code, first!);
      expect((await article.locator('.article-body p').first().textContent())?.length, code).toBeGreaterThan(10);
      await Promise.all([home.close(), article.close()]);
    }
  });

  it('ships no script but its two enhancements, each a file: search on the search page, the form script where a form is', async () => {
    const offenders: string[] = [];
    const files = new Set<string>();
    for (const code of PORTALS) {
      for (const file of await htmlFiles(join(fixture.outDir, code))) {
        const html = await readFile(file, 'utf8');
        // Data blocks (JSON-LD, the search page's labels) are not scripts.
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attributes) => !/type="application\/(ld\+)?json"/.test(attributes));
        const sources = scripts.map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1]).filter((src) => src !== undefined);
        const expected = Number(file.endsWith(join(code, 'tim-kiem', 'index.html'))) + Number(/data-(intake|lookup)\b/.test(html));
        if (scripts.length !== expected || sources.length !== scripts.length) offenders.push(`${file}: ${scripts.length} script(s), ${expected} expected`);
        for (const src of sources) files.add(src);
      }
    }
    expect(offenders).toEqual([]);
    // The same files on every portal: the search page's, and one entry each for the forms and the lookup, sharing one module.
    expect(files.size).toBe(3);
  });
});

describe('budgets', () => {
  it('keeps each home page under 60 KB, the one shared style sheet under 30 KB, the search script under 35 KB and the form script under 8 KB, gzipped', async () => {
    const sheets = new Set<string>();
    const sizes: Record<string, string> = {};
    const inline: string[] = [];
    for (const code of PORTALS) {
      const home = await readFile(join(fixture.outDir, code, 'index.html'), 'utf8');
      sizes[`home ${code}`] = gzKb(home).toFixed(1);
      expect(gzKb(home), code).toBeLessThanOrEqual(60);
      for (const file of await htmlFiles(join(fixture.outDir, code))) {
        const html = await readFile(file, 'utf8');
        // No style in the page itself: the policy says style-src 'self', and a cached sheet beats ~10 KB in every page.
        if (/<style\b|\sstyle="/.test(html)) inline.push(file);
        const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
        expect(links, file).toHaveLength(1);
        sheets.add(`${code}:${links[0]}`);
      }
    }
    expect(inline).toEqual([]);
    // One sheet per portal, named by its content, so nginx may cache it for a year.
    expect(sheets.size).toBe(PORTALS.length);
    const [first] = sheets;
    const [code, href] = first!.split(':') as [string, string];
    expect(href).toMatch(/^\/_astro\/[\w.-]+\.[\w-]{8,}\.css$/);
    const css = await readFile(join(fixture.outDir, code, href), 'utf8');
    sizes.css = gzKb(css).toFixed(1);
    expect(gzKb(css)).toBeLessThanOrEqual(30);
    const search = await readFile(join(fixture.outDir, 'quangninh', 'tim-kiem', 'index.html'), 'utf8');
    // The one script is a file of its own (the Content-Security-Policy allows no inline script).
    expect(search).not.toMatch(/<script type="module"[^>]*>[^<]/);
    const sources = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    // The home page carries the form script (its feedback form) and nothing else; the search page adds its own.
    const [forms, ...others] = sources(await readFile(join(fixture.outDir, 'quangninh', 'index.html'), 'utf8'));
    expect(others).toEqual([]);
    const searchSources = sources(search).filter((src) => src !== forms);
    expect(searchSources).toHaveLength(1);
    const script = await readFile(join(fixture.outDir, 'quangninh', searchSources[0]!), 'utf8');
    expect(script.length).toBeGreaterThan(500);
    sizes.search = gzKb(script).toFixed(1);
    expect(gzKb(script)).toBeLessThanOrEqual(35);
    // The entry imports the shared module with the code.
    const entry = await readFile(join(fixture.outDir, 'quangninh', forms!), 'utf8');
    const imported = [...entry.matchAll(/import\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
    const formScript = [entry, ...(await Promise.all(imported.map((name) => readFile(join(fixture.outDir, 'quangninh', '_astro', name), 'utf8'))))].join('\n');
    expect(formScript).toContain('/v1/challenge');
    sizes.forms = gzKb(formScript).toFixed(1);
    expect(gzKb(formScript)).toBeLessThanOrEqual(8);
    console.log('gzipped sizes (KB):', JSON.stringify(sizes));
  });
});

describe('articles', () => {
  it('shows author, source, share links and the featured story on the home page, with NewsArticle data', async () => {
    const path = articlePath(fixture.featured);
    const page = await open('soyte', path);
    const url = `${fixture.origin('soyte')}${path}`;
    expect(await page.locator('.byline').textContent()).toBe(`Tác giả: ${FEATURED.author} · Nguồn: ${FEATURED.source}`);
    expect(await page.getByRole('link', { name: 'Chia sẻ lên Facebook' }).getAttribute('href')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
    expect(await page.getByRole('link', { name: 'Gửi qua thư điện tử' }).getAttribute('href')).toContain(`body=${encodeURIComponent(url)}`);
    expect(await jsonLd(page)).toContainEqual(expect.objectContaining({ '@type': 'NewsArticle', headline: FEATURED.title, author: { '@type': 'Person', name: FEATURED.author } }));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.share').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const home = await open('soyte', '/');
    expect(await home.locator('#featured-heading').textContent()).toBe('Tin nổi bật');
    expect(await home.locator('.lead-story a').textContent()).toBe(FEATURED.title);
    await Promise.all([page.close(), home.close()]);
  });

  it('links an original and its translations both ways, with hreflang', async () => {
    const { original, translations } = fixture;
    const urls = { vi: `${fixture.origin('quangninh')}${articlePath(original)}`, en: `${fixture.origin('english')}${articlePath(translations.en)}`, zh: `${fixture.origin('chinese')}${articlePath(translations.zh)}` };
    const alternates = async (page: Page) =>
      Object.fromEntries(await page.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])));
    for (const [code, path] of [['quangninh', articlePath(original)], ['english', articlePath(translations.en)], ['chinese', articlePath(translations.zh)]] as const) {
      const page = await open(code, path);
      expect(await alternates(page), code).toEqual(urls);
      await page.close();
    }
    const page = await open('quangninh', articlePath(original));
    expect(await page.locator('.translations a').evaluateAll((links) => links.map((l) => [l.getAttribute('lang'), l.textContent]))).toEqual([['en', 'English'], ['zh', '中文']]);
    await page.close();
  });

  it('gives paginated listings their address on the portal’s own domain', async () => {
    const page = await open('quangninh', '/tin-moi/');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${fixture.origin('quangninh')}/tin-moi/`);
    await page.close();
  });
});

describe('on a phone', () => {
  it('starts an article on the first screen: a compact header, with the menu behind a button that works without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    // A commune's article, under the province's maintenance notice and the commune's own.
    const href = /href="(\/bai-viet\/[^"/]+\/)"/.exec((await fixture.get('halong-honggai', '/tin-moi/')).body)?.[1];
    expect(href).toBeDefined();
    await page.goto(`${fixture.origin('halong-honggai')}${href}`);
    expect(await page.locator('.notice').count()).toBeGreaterThan(0);
    const title = await page.locator('main h1').boundingBox();
    expect(title, 'the article title').not.toBeNull();
    expect(title!.y + title!.height).toBeLessThanOrEqual(740);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Danh mục' }).click();
    expect(await nav.isVisible()).toBe(true);
    expect(await page.getByRole('search', { name: 'Tìm nhanh' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Đóng danh mục' }).click();
    expect(await nav.isVisible()).toBe(false);
    // On a desktop the same page shows everything in place and no menu button.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await nav.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Danh mục' }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('legal documents', () => {
  it('lists the register newest first, with filter pages only for values that have documents', async () => {
    const page = await open('quangninh', '/van-ban/');
    const dates = await page.locator('.record-item time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual(dates.toSorted().reverse());
    const filters = await page.locator('.filters li a').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(filters).toContain('/van-ban/hieu-luc/het-hieu-luc/');
    expect(filters.some((f) => /^\/van-ban\/nam\/\d{4}\/$/.test(f))).toBe(true);
    for (const href of filters) expect((await fixture.get('quangninh', href)).status, href).toBe(200);
    expect((await fixture.get('quangninh', '/van-ban/hinh-thuc/luat/')).status).toBe(404);
    await page.close();
  });

  it('keeps expired and replaced documents online, marked as no longer in force, with Legislation data', async () => {
    const expired = await open('quangninh', '/van-ban/hieu-luc/het-hieu-luc/');
    const href = await expired.locator('.record-title a').first().getAttribute('href');
    const page = await open('quangninh', href!);
    expect(await page.locator('.status-note').textContent()).toBe('Văn bản này không còn hiệu lực; nội dung được giữ lại để tra cứu.');
    expect(await page.locator('.facts div', { hasText: 'Tình trạng hiệu lực' }).locator('dd').textContent()).toBe('Hết hiệu lực');
    expect(await jsonLd(page)).toContainEqual(expect.objectContaining({ '@type': 'Legislation', legislationLegalForce: 'https://schema.org/NotInForce' }));
    const replaced = await open('quangninh', '/van-ban/hieu-luc/da-bi-thay-the/');
    const old = await open('quangninh', (await replaced.locator('.record-title a').first().getAttribute('href'))!);
    const successor = await old.locator('.facts div', { hasText: 'Được thay thế bởi' }).locator('a').getAttribute('href');
    expect((await fixture.get('quangninh', successor!)).status).toBe(200);
    await Promise.all([expired.close(), page.close(), replaced.close(), old.close()]);
  });
});

describe('the agency', () => {
  it('shows functions, an org chart built from the units, leaders, contacts and a map link, with GovernmentOrganization data', async () => {
    const page = await open('soyte', '/gioi-thieu/');
    expect(await page.locator('h1').textContent()).toBe('Sở Y tế tỉnh Quảng Ninh');
    expect(await page.locator('.org-chart > li').count()).toBe(1);
    expect(await page.locator('.org-chart > li > ul > li').count()).toBeGreaterThan(3);
    expect(await page.locator('.leader-name').count()).toBeGreaterThan(1);
    expect(await page.locator('.leader-bio').first().textContent()).toContain('Tiểu sử:');
    const map = await page.getByRole('link', { name: 'Xem vị trí trụ sở trên bản đồ OpenStreetMap' }).getAttribute('href');
    expect(map).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=\d+\.\d+&mlon=\d+\.\d+#map=\d+\//);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await jsonLd(page)).toContainEqual(expect.objectContaining({ '@type': 'GovernmentOrganization', name: 'Sở Y tế tỉnh Quảng Ninh' }));
    await page.close();
  });

  it('gives communes their profile, and every portal an English page', async () => {
    const commune = await open('halong-honggai', '/gioi-thieu/');
    expect(await commune.locator('#profile-heading').textContent()).toBe('Thông tin địa phương');
    expect(await commune.locator('.facts', { hasText: 'Diện tích' }).textContent()).toContain('km²');
    expect(await commune.locator('#profile-history').count()).toBe(1);
    const about = await open('halong-honggai', '/about/');
    expect(await about.locator('html').getAttribute('lang')).toBe('en');
    expect(await about.locator('header').getAttribute('lang')).toBe('vi');
    expect(await about.locator('h1').textContent()).toBe("About Hong Gai Ward People's Committee");
    await Promise.all([commune.close(), about.close()]);
  });
});

describe('other page types', () => {
  it('splits consultations into open and closed at build time', async () => {
    const page = await open('quangninh', '/lay-y-kien/');
    for (const id of ['#status-open', '#status-closed']) {
      expect(await page.locator(`section:has(${id}) .record-item`).count(), id).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('shows the scheduled maintenance banner on every portal and a portal’s own notice on it alone', async () => {
    for (const code of PORTALS) {
      const page = await open(code, '/co-chu/');
      const notices = await page.locator('.notice').allTextContents();
      expect(notices.some((n) => n.includes('tạm dừng hoạt động để bảo trì')), code).toBe(true);
      expect(notices.some((n) => n.includes('sốt xuất huyết')), code).toBe(code === 'soyte');
      await page.close();
    }
  });

  it('builds every register on Vietnamese portals, empty or not, and on the English and Chinese portals only those they publish in', async () => {
    const REGISTERS = ['/van-ban/', '/ke-hoach/', '/cong-khai/', '/tuyen-dung/', '/lay-y-kien/'];
    for (const path of REGISTERS) expect((await fixture.get('halong-honggai', path)).status, `halong-honggai${path}`).toBe(200);
    for (const code of ['english', 'chinese']) {
      const home = (await fixture.get(code, '/')).body;
      const sitemap = (await fixture.get(code, '/sitemap.xml')).body;
      for (const path of REGISTERS) {
        const { status } = await fixture.get(code, path);
        // Built exactly when linked from the menu and listed in the sitemap; never an empty page nobody reaches.
        expect([200, 404], `${code}${path}`).toContain(status);
        expect(home.includes(`href="${path}"`), `${code} menu links ${path}`).toBe(status === 200);
        expect(sitemap.includes(`${fixture.origin(code)}${path}<`), `${code} sitemap lists ${path}`).toBe(status === 200);
      }
    }
  });

  it('lists subordinate portals two levels down and the 26 linked sites', async () => {
    const page = await open('quangninh', '/cong-truc-thuoc/');
    expect(await page.getByRole('link', { name: 'Sở Y tế', exact: true }).getAttribute('href')).toBe(`${fixture.origin('soyte')}/`);
    expect(await page.locator('.portal-tree > li > ul > li').count()).toBeGreaterThan(50);
    const links = await open('soyte', '/lien-ket/');
    expect(await links.locator('.record-item').count()).toBe(26);
    await Promise.all([page.close(), links.close()]);
  });

  it('reflects the portal kind on the page', async () => {
    const accent = async (code: string) => {
      const page = await open(code, '/');
      const value = await page.evaluate(() => ({ kind: document.body.dataset.kind, accent: getComputedStyle(document.body).getPropertyValue('--accent').trim() }));
      await page.close();
      return value;
    };
    const [province, department, commune] = await Promise.all([accent('quangninh'), accent('soyte'), accent('halong-honggai')]);
    expect([province.kind, department.kind, commune.kind]).toEqual(['province', 'department', 'commune']);
    expect(new Set([province.accent, department.accent, commune.accent]).size).toBe(3);
  });
});

describe('sitemap, feeds and robots.txt', () => {
  it('lists every page with absolute addresses from the portal’s own origin and their last change', async () => {
    for (const code of PORTALS) {
      const origin = fixture.origin(code);
      const xml = (await fixture.get(code, '/sitemap.xml')).body;
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(locs.length, code).toBeGreaterThan(10);
      expect(locs.filter((l) => !l.startsWith(`${origin}/`)), code).toEqual([]);
      expect(locs, code).toContain(`${origin}/gioi-thieu/`);
      expect(xml, code).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/);
      expect((await fixture.get(code, '/robots.txt')).body, code).toContain(`Sitemap: ${origin}/sitemap.xml`);
    }
  });

  it('has an RSS feed per portal and per category, linking articles at their canonical address', async () => {
    const origin = fixture.origin('soyte');
    const rss = (await fixture.get('soyte', '/rss.xml')).body;
    expect(rss).toContain(`<link>${origin}${articlePath(fixture.featured)}</link>`);
    const home = await open('soyte', '/');
    const category = await home.locator('.category-nav a').first().getAttribute('href');
    const feed = await fixture.get('soyte', `${category}rss.xml`);
    expect(feed.status).toBe(200);
    expect(feed.body).toContain('<rss version="2.0"');
    await home.close();
  });
});

describe('the search page', () => {
  const status = (page: Page) => page.locator('[data-search] [role=status]');
  const results = (page: Page) => page.locator('ol.search-results > li');
  const settled = async (page: Page) => {
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy/);
  };

  it('filters by type, sorts by date and pages through the whole province, with the state in a shareable address', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${fixture.origin('quangninh')}/tim-kiem/?q=quang+ninh&scope=all`);
    await settled(page);
    // Every type found is a facet value with its count; choosing one narrows the results to it, with that count.
    const typeGroup = page.locator('[data-facet-groups] details').filter({ has: page.locator('summary', { hasText: 'Loại thông tin' }) });
    const news = typeGroup.getByRole('link', { name: 'Tin bài' });
    const count = Number((await news.locator('xpath=..').locator('.count').textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(20);
    await news.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('article');
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^Tìm thấy ${count.toLocaleString('vi-VN')} kết quả cho “quang ninh”`));
    for (const meta of await results(page).locator('.meta').allTextContents()) expect(meta).toMatch(/^Tin bài · /);
    expect(await typeGroup.locator('a[aria-current]').textContent()).toBe('Tin bài');

    await page.getByLabel('Sắp xếp').selectOption('newest');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
    await settled(page);

    // The next page: its own address, other results, and the focus on the results for a screen reader.
    const first = await results(page).first().locator('a').getAttribute('href');
    await page.getByRole('link', { name: 'Trang sau →' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
    await expect.poll(() => results(page).first().locator('a').getAttribute('href')).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    expect(await status(page).textContent()).toMatch(/Trang 2 trên \d+$/);

    // The address alone gives the same page to someone it is shared with; Back returns to the first page.
    const shared = page.url();
    const second = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await second.goto(shared);
    await settled(second);
    expect(await results(second).locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      await results(page).locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    );
    expect(await second.getByLabel('Sắp xếp').inputValue()).toBe('newest');
    await page.goBack();
    await expect.poll(() => results(page).first().locator('a').getAttribute('href')).toBe(first);

    // A filter alone, newest first: every news article of the province, the dates never going up down the page.
    await second.goto(`${fixture.origin('quangninh')}/tim-kiem/?scope=all&type=article&sort=newest`);
    await settled(second);
    expect(await status(second).textContent()).toMatch(/^Tìm thấy [\d.]+ kết quả\. Trang 1 trên \d+$/);
    const dates = (await results(second).locator('.meta').allTextContents()).map((m) => {
      const [d, mo, y] = m.split(' · ').at(-1)!.split('/').map(Number);
      return y! * 10_000 + mo! * 100 + d!;
    });
    expect(dates.length).toBe(20);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // An address past the last page shows the last page.
    await second.goto(`${fixture.origin('quangninh')}/tim-kiem/?scope=all&type=article&page=400`);
    await expect.poll(() => new URL(second.url()).searchParams.get('page')).not.toBe('400');
    await settled(second);
    expect(await results(second).count()).toBeGreaterThan(0);
    await Promise.all([page.close(), second.close()]);
  });

  it('finds every public kind: a leader by name lands on the introduction beside them', async () => {
    const { records } = await fixture.stack.cms.records(['quangninh']);
    const leader = records.agencies.flatMap((a) => a.leaders)[0];
    expect(leader).toBeDefined();
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${fixture.origin('quangninh')}/tim-kiem/?q=${encodeURIComponent(leader!.name)}`);
    await settled(page);
    const hit = results(page).filter({ hasText: 'Lãnh đạo' }).first();
    expect(await hit.locator('a').textContent()).toMatch(new RegExp(`^${leader!.name} – ${leader!.position}, `));
    await hit.locator('a').click();
    await page.waitForURL(/\/gioi-thieu\/#lanh-dao-/);
    expect(await page.locator(`[id="${new URL(page.url()).hash.slice(1)}"] .leader-name`).textContent()).toBe(leader!.name);
    // Usable on a 360 px phone: nothing scrolls sideways, filters are folded above the results.
    await page.goBack();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await page.locator('[data-facets]').getAttribute('open')).toBeNull();
    await page.close();
  });

  it('leads a reader without JavaScript to the document register and a site map', async () => {
    const page = await open('soyte', '/tim-kiem/?q=van+ban');
    const hrefs = await page.locator('main').getByRole('link').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/van-ban/', '/so-do-trang/']));
    const map = await open('soyte', '/so-do-trang/');
    const mapLinks = await map.locator('main a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(mapLinks).toEqual(expect.arrayContaining(['/van-ban/', '/tuyen-dung/', '/lay-y-kien/', '/tim-kiem/', '/sitemap.xml']));
    await Promise.all([page.close(), map.close()]);
  });
});
