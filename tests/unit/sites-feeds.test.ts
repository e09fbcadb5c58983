import { describe, expect, it } from 'vitest';
import { robotsTxt, rssXml, sitemapChunks, sitemapIndexXml, sitemapXml } from '../../sites/src/lib/feeds.ts';
import { localPath } from '../../sites/src/lib/paths.ts';
import { firstN } from '../../sites/src/lib/pick.ts';
import { disclosurePeriod, groupBy, yearSpan } from '../../sites/src/lib/periods.ts';

describe('sitemap, RSS and robots.txt', () => {
  it('writes absolute addresses with their last modification, escaped', () => {
    const xml = sitemapXml([
      { loc: 'https://halong.quangninh.gov.vn/', lastmod: '2026-11-29T01:00:00.000Z' },
      { loc: 'https://halong.quangninh.gov.vn/tim?a=1&b=2', lastmod: null },
    ]);
    expect(xml).toContain('<url><loc>https://halong.quangninh.gov.vn/</loc><lastmod>2026-11-29T01:00:00.000Z</lastmod></url>');
    expect(xml).toContain('<url><loc>https://halong.quangninh.gov.vn/tim?a=1&amp;b=2</loc></url>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });

  it('splits past the protocol’s limit, with an index of the parts', () => {
    expect(sitemapChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(sitemapChunks([], 2)).toEqual([[]]);
    expect(sitemapIndexXml([{ loc: 'https://x.example/sitemap-1.xml' }])).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>https://x.example/sitemap-1.xml</loc></sitemap>');
  });

  it('writes an RSS 2.0 channel whose items link their canonical addresses', () => {
    const xml = rssXml({
      title: 'Sở Y tế',
      link: 'https://soyte.quangninh.gov.vn/',
      self: 'https://soyte.quangninh.gov.vn/rss.xml',
      description: 'Tin mới nhất',
      language: 'vi-VN',
      items: [{ title: 'Tiêm chủng <mở rộng>', link: 'https://soyte.quangninh.gov.vn/bai-viet/tiem-chung/', description: null, publishedAt: '2026-11-28T04:00:00.000Z', category: 'Y tế' }],
    });
    expect(xml).toContain('<atom:link href="https://soyte.quangninh.gov.vn/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<item><title>Tiêm chủng &lt;mở rộng&gt;</title><link>https://soyte.quangninh.gov.vn/bai-viet/tiem-chung/</link>');
    expect(xml).toContain('<pubDate>Sat, 28 Nov 2026 04:00:00 GMT</pubDate><category>Y tế</category></item>');
  });

  it('points robots.txt at the sitemap', () => {
    expect(robotsTxt('https://quangninh.gov.vn/sitemap.xml')).toMatch(/\nSitemap: https:\/\/quangninh\.gov\.vn\/sitemap\.xml\n$/);
  });
});

describe('small helpers of the pages', () => {
  it('drops the portal folder Astro renders under from page addresses', () => {
    expect(localPath('/halong/tin-moi/2/', 'halong')).toBe('/tin-moi/2/');
    expect(localPath('/halong', 'halong')).toBe('/');
    expect(localPath('/halong-honggai/tin-moi/', 'halong')).toBe('/halong-honggai/tin-moi/');
  });

  it('stops at the first n matches', () => {
    let seen = 0;
    const picked = firstN([1, 2, 3, 4, 5, 6], 2, (n) => (seen++, n % 2 === 0));
    expect(picked).toEqual([2, 4]);
    expect(seen).toBe(4);
  });

  it('names periods and groups in a fixed order', () => {
    expect(yearSpan(2021, 2030)).toBe('2021 - 2030');
    expect(yearSpan(2026, 2026)).toBe('2026');
    expect(disclosurePeriod({ period: null, year: 2026, quarter: 3 }, 'vi')).toBe('Quý 3 năm 2026');
    expect(disclosurePeriod({ period: 'Năm 2026', year: 2026, quarter: null }, 'en')).toBe('Năm 2026');
    expect(groupBy(['b1', 'x1', 'a1', 'b2'], (s) => s[0]!, ['a', 'b']).map((g) => [g.key, g.items])).toEqual([
      ['a', ['a1']],
      ['b', ['b1', 'b2']],
      ['x', ['x1']],
    ]);
  });
});
