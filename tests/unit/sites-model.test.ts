import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article, PortalRecords, Snapshot, SnapshotPortal } from '@qn/content';
import type { BuildInput } from '../../sites/src/lib/input.ts';
import { t } from '../../sites/src/lib/i18n.ts';
import { footerLinks, sectionLinks } from '../../sites/src/lib/nav.ts';
import { portalFeed } from '../../sites/src/lib/rss.ts';
import { sitemapEntries } from '../../sites/src/lib/sitemap.ts';
import { siteModel, type SiteModel } from '../../sites/src/lib/site.ts';

const portal = (code: string, level: 1 | 2 | 3, parentCode: string | null, kind: SnapshotPortal['kind'], language: SnapshotPortal['language'] = 'vi'): SnapshotPortal => ({
  code, name: `Cổng ${code}`, level, parentCode, kind, domain: `${code}.quangninh.gov.vn`, language, documentId: `p-${code}`, state: 'active', successorCode: null,
});

const article = (documentId: string, portalCode: string, publishedAt: string, extra: Partial<Article> = {}): Article => ({
  documentId, title: `Bài ${documentId}`, slug: documentId, summary: null, body: null, portal: portalCode, category: 'tin-tuc', publishedAt, updatedAt: publishedAt,
  author: null, source: null, featured: false, tags: [], alsoOn: [], translationOf: null, ...extra,
});

const records: PortalRecords = {
  agencies: [{
    documentId: 'ag-soyte', publishedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', portal: 'soyte', name: 'Sở Y tế tỉnh Quảng Ninh', nameEn: 'Department of Health',
    shortName: null, introduction: null, introductionEn: null, functions: null, units: [], contact: null, location: null, profile: null,
    leaders: [{ documentId: 'l1', name: 'Nguyễn Thanh Mai', position: 'Giám đốc Sở', positionEn: 'Director', bio: null, duties: null, phone: null, email: null, order: 1,
      portrait: { url: '/uploads/mai.jpg', name: 'mai.jpg', mime: 'image/jpeg', size: 10, alternativeText: null, width: 300, height: 400 } }],
  }],
  legalDocuments: [], plans: [], disclosures: [], recruitments: [], consultations: [], questions: [],
  pages: [{ documentId: 'pg', publishedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z', portal: 'soyte', title: 'Giới thiệu chung', slug: 'gioi-thieu-chung', summary: null, body: null, order: 1, inMenu: true }],
  notices: [{ documentId: 'n1', publishedAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', portal: null, message: 'Bảo trì', level: 'warning', startsAt: '2026-11-28T00:00:00Z', endsAt: '2026-12-05T00:00:00Z', link: null }],
  linkedSites: [],
};

const snapshot: Snapshot = {
  fetchedAt: '2026-11-29T05:00:00.000Z',
  portals: [
    portal('quangninh', 1, null, 'province'), portal('english', 1, null, 'english', 'en'), portal('chinese', 1, null, 'chinese', 'zh'),
    portal('soyte', 2, 'quangninh', 'department'), portal('sotuphap', 2, 'quangninh', 'department'), portal('soyte-bvdkt', 3, 'soyte', 'unit'),
  ],
  categories: [{ documentId: 'c1', name: 'Tin tức', slug: 'tin-tuc', description: null, portal: null }],
  articles: [
    article('goc', 'quangninh', '2026-11-20T00:00:00Z'),
    article('ban-dich', 'english', '2026-11-21T00:00:00Z', { category: null, translationOf: { documentId: 'goc', portal: 'quangninh', slug: 'goc' } }),
    article('ban-dich-zh', 'chinese', '2026-11-22T00:00:00Z', { category: null, translationOf: { documentId: 'goc', portal: 'quangninh', slug: 'goc' } }),
    article('chia-se', 'soyte', '2026-11-25T00:00:00Z', { alsoOn: ['quangninh'], featured: true }),
  ],
  redirects: [],
  records,
  onlyPortals: null,
};

let dir: string;
let model: SiteModel;
const warnings: unknown[][] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qn-sites-model-'));
  const input: BuildInput = { snapshot, settings: { urlTemplate: 'https://{domain}', search: { host: 'http://s', key: 'k', index: 'articles' }, mediaUrl: 'https://media.example/' }, assets: {} };
  await writeFile(join(dir, 'input.json'), JSON.stringify(input));
  process.env.SITES_INPUT = join(dir, 'input.json');
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args));
  model = siteModel();
  siteModel();
  warn.mockRestore();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the site model', () => {
  it('lists the translations of an original, computed once from the translations’ links', () => {
    expect(model.translations('goc').map((a) => a.documentId)).toEqual(['ban-dich', 'ban-dich-zh']);
    expect(model.translations('chia-se')).toEqual([]);
  });

  it('lists shared articles on the portals they are shared to, linking their canonical address', () => {
    const site = model.site('quangninh');
    expect(site.listed.map((a) => a.documentId)).toEqual(['chia-se', 'goc']);
    expect(site.articles.map((a) => a.documentId)).toEqual(['goc']);
    expect(model.href(site.listed[0]!, 'quangninh')).toBe('https://soyte.quangninh.gov.vn/bai-viet/chia-se/');
    expect(site.byCategory.get('tin-tuc')?.map((a) => a.documentId)).toEqual(['chia-se', 'goc']);
  });

  it('knows a portal’s parent, siblings, children and grandchildren', () => {
    const { related } = model.site('quangninh');
    expect(related.siblings.map((p) => p.code)).toEqual(['english', 'chinese']);
    expect(related.children.map((p) => p.code)).toEqual(['soyte', 'sotuphap']);
    expect(related.grandchildren.map((g) => [g.parent.code, g.portals.map((p) => p.code)])).toEqual([['soyte', ['soyte-bvdkt']]]);
    expect(model.site('soyte-bvdkt').related.siblings).toEqual([]);
    expect(model.site('soyte').related.siblings.map((p) => p.code)).toEqual(['sotuphap']);
  });

  it('shows the province-wide notice on every portal at the build moment', () => {
    expect(model.site('chinese').notices.map((n) => n.documentId)).toEqual(['n1']);
  });

  it('warns once, in the build log, about images without alternative text, saying where they are', () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.[0]).toContain('1 image(s) have no alternative text');
    expect(warnings[0]?.[0]).toContain('agency soyte / Nguyễn Thanh Mai (portrait): mai.jpg');
  });

  it('puts every legal section in the navigation of Vietnamese portals, only published ones on the others', () => {
    const vi = sectionLinks(model.site('soyte'), t('vi')).map((l) => l.href);
    expect(vi).toEqual(['/', '/gioi-thieu/', '/tin-moi/', '/van-ban/', '/ke-hoach/', '/cong-khai/', '/tuyen-dung/', '/lay-y-kien/', '/hoi-dap/', '/trang/gioi-thieu-chung/']);
    expect(sectionLinks(model.site('english'), t('en')).map((l) => l.href)).toEqual(['/', '/about/', '/tin-moi/']);
    expect(footerLinks(t('vi')).map((l) => l.href)).toContain('/sitemap.xml');
  });
});

describe('the portal’s sitemap and feeds', () => {
  it('lists its own pages from its own origin with their last change, and leaves shared articles to their portal', () => {
    const entries = sitemapEntries(model.site('quangninh'), model.origin('quangninh'));
    const locs = entries.map((e) => e.loc);
    expect(locs).toContain('https://quangninh.quangninh.gov.vn/bai-viet/goc/');
    expect(locs).not.toContain('https://soyte.quangninh.gov.vn/bai-viet/chia-se/');
    expect(entries.find((e) => e.loc === 'https://quangninh.quangninh.gov.vn/tin-moi/')?.lastmod).toBe('2026-11-25T00:00:00Z');
    expect(locs.every((l) => l.startsWith('https://quangninh.quangninh.gov.vn/'))).toBe(true);
    const soyte = sitemapEntries(model.site('soyte'), model.origin('soyte'));
    expect(soyte.find((e) => e.loc.endsWith('/gioi-thieu/'))?.lastmod).toBe('2026-11-01T00:00:00Z');
  });

  it('feeds the newest articles, per portal and per category, with absolute links', () => {
    const feed = portalFeed(model, 'quangninh', 'tin-tuc');
    expect(feed).toContain('<link>https://quangninh.quangninh.gov.vn/chuyen-muc/tin-tuc/</link>');
    expect(feed).toContain('<link>https://soyte.quangninh.gov.vn/bai-viet/chia-se/</link>');
    expect(feed.indexOf('chia-se')).toBeLessThan(feed.indexOf('/bai-viet/goc/'));
  });
});
