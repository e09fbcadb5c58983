/**
 * WCAG 2.2 AA in a real Chromium: every page type of a province, a
 * department, a commune, the English and the Chinese portal, checked with
 * axe-core at a phone's width (two portals also at a desktop's), plus what
 * axe cannot see: reflow at 320 px, the skip link and a visible focus.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildFixture, PORTALS, type SiteFixture } from './sites-fixture.ts';


/** Pages at a fixed address on every portal. */
const FIXED: Record<string, string> = {
  home: '/',
  news: '/tin-moi/',
  about: '/gioi-thieu/',
  aboutEnglish: '/about/',
  documents: '/van-ban/',
  plans: '/ke-hoach/',
  disclosures: '/cong-khai/',
  recruitments: '/tuyen-dung/',
  consultations: '/lay-y-kien/',
  directory: '/cong-truc-thuoc/',
  linkedSites: '/lien-ket/',
  textSize: '/co-chu/',
  notFound: '/trang-khong-ton-tai/',
};

/** Pages found by following the first local link of a kind from a listing's HTML. */
const FOLLOWED: Record<string, [listing: string, link: RegExp]> = {
  article: ['/tin-moi/', /href="(\/bai-viet\/[^"/]+\/)"/],
  category: ['/', /href="(\/chuyen-muc\/[^"/]+\/)"/],
  document: ['/van-ban/', /href="(\/van-ban\/[^"/]+\/)"/],
  documentFilter: ['/van-ban/', /href="(\/van-ban\/[a-z-]+\/[^"/]+\/)"/],
  plan: ['/ke-hoach/', /href="(\/ke-hoach\/[^"/]+\/)"/],
  disclosure: ['/cong-khai/', /href="(\/cong-khai\/[^"/]+\/)"/],
  recruitment: ['/tuyen-dung/', /href="(\/tuyen-dung\/[^"/]+\/)"/],
  consultation: ['/lay-y-kien/', /href="(\/lay-y-kien\/[^"/]+\/)"/],
  freePage: ['/', /href="(\/trang\/[^"/]+\/)"/],
};

/** Layouts change at 48rem and 60rem: every page is checked on a phone, those of two portals on a desktop too (axe takes a second a page). */
const DESKTOP: readonly string[] = ['quangninh', 'halong-honggai'];

let fixture: SiteFixture;
let browser: Browser;
const covered = new Map<string, string[]>();

beforeAll(async () => {
  fixture = await buildFixture();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
});

interface Finding {
  url: string;
  width: number;
  problem: string;
}

async function pagesOf(code: string): Promise<Array<[type: string, path: string]>> {
  const found: Array<[string, string]> = [];
  // A register the English or Chinese portal does not publish in is not built (404): it has no page to check.
  for (const [type, path] of Object.entries(FIXED)) if (type === 'notFound' || (await fixture.get(code, path)).status === 200) found.push([type, path]);
  for (const [type, [listing, link]] of Object.entries(FOLLOWED)) {
    const href = link.exec((await fixture.get(code, listing)).body)?.[1];
    if (href) found.push([type, href]);
  }
  return found;
}

describe.each(PORTALS)('every page type of the %s portal', (code) => {
  it('has no axe violations, and reflows at 320 px without scrolling sideways', async () => {
    const page = await browser.newPage();
    const findings: Finding[] = [];
    const widths = DESKTOP.includes(code) ? [390, 1280] : [390];
    for (const [type, path] of await pagesOf(code)) {
      covered.set(type, [...(covered.get(type) ?? []), code]);
      const url = `${fixture.origin(code)}${path}`;
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        for (const problem of await axe(page)) findings.push({ url, width, problem });
      }
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) findings.push({ url, width: 320, problem: `scrolls sideways by ${overflow}px` });
    }
    await page.close();
    expect(findings).toEqual([]);
  });

  it('has no axe violations on search results, which the search script writes into the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${fixture.origin(code)}/tim-kiem/?q=quang+ninh&scope=all`);
    await page.locator('ol.article-list li').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard use', () => {
  it('reaches the skip link first, lands in the main content, and shows where the focus is', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${fixture.origin('soyte')}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, inMain: Boolean(el.closest('main')), style: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth };
    });
    expect(outline).toMatchObject({ tag: 'A', inMain: true, style: 'solid' });
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('coverage', () => {
  it('checked every page type on at least one portal, and the common ones on all five', () => {
    for (const type of [...Object.keys(FIXED), ...Object.keys(FOLLOWED)]) expect(covered.get(type)?.length ?? 0, type).toBeGreaterThan(0);
    for (const type of ['home', 'article', 'category', 'about', 'aboutEnglish', 'directory', 'linkedSites', 'notFound', 'freePage']) {
      expect(covered.get(type), type).toEqual([...PORTALS]);
    }
  });
});
