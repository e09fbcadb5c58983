import { describe, expect, it } from 'vitest';
import { countByLevel, PORTAL_CODE_PATTERN } from '@qn/portal-model';
import { CATEGORIES, generateArticles, seedPortals, seedTree } from '@qn/seed';
import { DISTRICTS } from '../../packages/seed/src/tree-data.ts';

describe('seed tree', () => {
  const tree = seedTree();

  it('has the province structure: 5 level-1, 60 level-2 and 128 level-3 portals', () => {
    expect(countByLevel(tree)).toEqual({ 1: 5, 2: 60, 3: 128 });
    expect(tree.roots.map((p) => p.code)).toEqual(['quangninh', 'english', 'chinese', 'dulich', 'doanhnghiep']);
  });

  it('hangs every level-2 portal from the main portal and groups communes under the 13 districts', () => {
    expect(tree.portals.filter((p) => p.level === 2).every((p) => p.parentCode === 'quangninh')).toBe(true);
    const districtNames = DISTRICTS.map((d) => d.name);
    for (const town of ['Hạ Long', 'Cẩm Phả', 'Uông Bí', 'Móng Cái', 'Đông Triều', 'Quảng Yên', 'Vân Đồn', 'Cô Tô', 'Tiên Yên', 'Đầm Hà', 'Hải Hà', 'Bình Liêu', 'Ba Chẽ']) {
      expect(districtNames.some((name) => name.endsWith(town))).toBe(true);
    }
    const communes = tree.portals.filter((p) => p.kind === 'commune');
    expect(communes.every((c) => tree.byCode.get(c.parentCode ?? '')?.kind === 'district')).toBe(true);
    expect(tree.portals.filter((p) => p.kind === 'unit' && p.level === 3).length).toBeGreaterThan(0);
  });

  it('uses lowercase ASCII codes and NFC names', () => {
    for (const portal of seedPortals()) {
      expect(portal.code).toMatch(PORTAL_CODE_PATTERN);
      expect(portal.name).toBe(portal.name.normalize('NFC'));
    }
    expect(tree.byCode.get('english')?.language).toBe('en');
    expect(tree.byCode.get('chinese')?.language).toBe('zh');
  });
});

describe('sample articles', () => {
  const portals = seedPortals();
  const now = new Date('2026-11-29T03:00:00Z');

  it('are deterministic, so seeding twice duplicates nothing', () => {
    expect(generateArticles(portals, 500, now)).toEqual(generateArticles(portals, 500, now));
  });

  it('spread over every portal with slugs unique within each portal', () => {
    const articles = generateArticles(portals, 600, now);
    expect(new Set(articles.map((a) => a.portal)).size).toBe(193);
    const keys = articles.map((a) => `${a.portal}/${a.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are written in the portal language, in NFC, in a category that portal shows', () => {
    const articles = generateArticles(portals, 193, now);
    const byPortal = new Map(articles.map((a) => [a.portal, a]));
    expect(byPortal.get('halong')?.title).toMatch(/[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/);
    expect(byPortal.get('chinese')?.title).toMatch(/[\u4e00-\u9fff]/);
    expect(byPortal.get('english')?.category).toMatch(/^(news|investment)$/);
    for (const article of articles) {
      expect(article.body).toBe(article.body.normalize('NFC'));
      expect(CATEGORIES.some((c) => c.slug === article.category)).toBe(true);
      expect(Date.parse(article.publishedAt)).toBeLessThanOrEqual(now.getTime());
    }
  });
});
