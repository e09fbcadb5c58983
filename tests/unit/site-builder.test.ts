import { describe, expect, it } from 'vitest';
import type { Article, PortalRecords, Snapshot } from '@qn/content';
import { seedPortals } from '@qn/seed';
import { balance, estimatePages, inShard, narrowSnapshot, parsePageLine, parseShard } from '@qn/site-builder';

const CODES = seedPortals().map((p) => p.code);
const stamp = { publishedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const RECORDS: PortalRecords = { agencies: [], legalDocuments: [], plans: [], disclosures: [], recruitments: [], consultations: [], questions: [], pages: [], notices: [], linkedSites: [] };

function article(documentId: string, portal: string, alsoOn: string[] = []): Article {
  return { documentId, title: 'Tin', slug: documentId, summary: null, body: null, portal, category: null, ...stamp, author: null, source: null, featured: false, tags: [], alsoOn, translationOf: null };
}

function page(documentId: string, portal: string) {
  return { documentId, ...stamp, portal, title: 'Giới thiệu', slug: documentId, summary: null, body: null, order: 0, inMenu: true };
}

function notice(documentId: string, portal: string | null) {
  return { documentId, ...stamp, portal, message: 'Bảo trì hệ thống', level: 'info' as const, startsAt: stamp.publishedAt, endsAt: stamp.publishedAt, link: null };
}

function snapshot(articles: Article[], records: Partial<PortalRecords> = {}): Snapshot {
  return { fetchedAt: stamp.publishedAt, portals: [], categories: [], articles, redirects: [], records: { ...RECORDS, ...records }, onlyPortals: null };
}

describe('--shard i/n', () => {
  it('splits the 193 portals into n shares with no portal missing or built twice', () => {
    for (const count of [1, 2, 3, 4, 8]) {
      const shares = Array.from({ length: count }, (_, i) => CODES.filter((code) => inShard(code, { index: i + 1, count })));
      expect(shares.flat().toSorted()).toEqual(CODES.toSorted());
      // Each share is roughly 1/n: no runner gets nothing or nearly everything.
      for (const share of shares) expect(share.length).toBeGreaterThan(CODES.length / count / 2);
    }
  });

  it('depends only on the code: adding or removing portals moves no other portal', () => {
    const before = CODES.filter((code) => inShard(code, { index: 2, count: 4 }));
    const fewer = CODES.filter((code) => code !== before[0]).filter((code) => inShard(code, { index: 2, count: 4 }));
    expect(fewer).toEqual(before.slice(1));
  });

  it('reads "i/n" and refuses anything else with the form expected', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow('--shard takes "i/n"');
  });
});

describe('build plan', () => {
  it('balances two runs by pages, heaviest portals first, deterministically', () => {
    const weights = new Map([['quangninh', 900], ['halong', 500], ['campha', 400], ['uongbi', 300], ['coto', 200], ['bache', 100]]);
    const groups = balance(weights, 2);
    const total = (codes: string[]) => codes.reduce((sum, code) => sum + weights.get(code)!, 0);
    expect(groups).toHaveLength(2);
    expect(Math.abs(total(groups[0]!) - total(groups[1]!))).toBeLessThanOrEqual(100);
    expect(balance(weights, 2)).toEqual(groups);
    expect(balance(new Map([['halong', 10]]), 2)).toEqual([['halong']]);
  });

  it('estimates pages from articles, listings and records', () => {
    const content = snapshot([article('a1', 'halong'), article('a2', 'halong', ['quangninh'])], { pages: [page('p1', 'halong')] });
    const pages = estimatePages(content, ['halong', 'quangninh']);
    // halong: 16 fixed + 2 articles + 2 listings + 1 page; quangninh: 16 fixed + 2 listings of the shared article (no categories here).
    expect(Object.fromEntries(pages)).toEqual({ halong: 21, quangninh: 18 });
  });

  it('gives each run the content a partial build would fetch for its portals', () => {
    const content = snapshot([article('own', 'halong'), article('shared', 'sotttt', ['halong']), article('other', 'campha')], {
      pages: [page('p1', 'halong'), page('p2', 'campha')],
      notices: [notice('n1', null), notice('n2', 'halong'), notice('n3', 'campha')],
    });
    const narrowed = narrowSnapshot(content, ['halong']);
    expect(narrowed.articles.map((a) => a.documentId)).toEqual(['own', 'shared']);
    expect(narrowed.records.pages.map((p) => p.documentId)).toEqual(['p1']);
    expect(narrowed.records.notices.map((n) => n.documentId)).toEqual(['n1', 'n2']);
    expect(narrowed.onlyPortals).toEqual(['halong']);
  });

  it('keeps every language version of an article, so each run of a split build links them all', () => {
    const translation = (documentId: string, portal: string): Article => ({ ...article(documentId, portal), translationOf: { documentId: 'goc', portal: 'quangninh', slug: 'goc' } });
    const content = snapshot([article('goc', 'quangninh'), translation('en', 'english'), translation('zh', 'chinese'), article('khac', 'english')]);
    expect(narrowSnapshot(content, ['quangninh']).articles.map((a) => a.documentId)).toEqual(['goc', 'en', 'zh']);
    // The English run has the Chinese version too (its page links it); the original is named by the translation itself.
    expect(narrowSnapshot(content, ['english']).articles.map((a) => a.documentId)).toEqual(['en', 'zh', 'khac']);
  });
});

describe("reading Astro's page log", () => {
  it('reads the portal, path and time of a page, with or without colour codes, in ms or seconds', () => {
    expect(parsePageLine('  ├─ /halong/bai-viet/cau-moi/index.html (+3ms)')).toEqual({ code: 'halong', path: 'bai-viet/cau-moi/index.html', ms: 3 });
    // As Astro prints it when CI or FORCE_COLOR is set.
    const coloured = '17:27:16   \x1b[32m├─\x1b[39m \x1b[2m/coto-thanhlan/index.html\x1b[22m \x1b[2m(+12ms)\x1b[22m ';
    expect(parsePageLine(coloured)).toEqual({ code: 'coto-thanhlan', path: 'index.html', ms: 12 });
    expect(parsePageLine('  └─ /english/van-ban/index.html \x1b[31m(+1.25s)\x1b[39m')).toEqual({ code: 'english', path: 'van-ban/index.html', ms: 1250 });
    expect(parsePageLine('  ├─ /index.html (+1ms)')).toEqual({ code: null, path: 'index.html', ms: 1 });
    expect(parsePageLine('generating static routes')).toBeNull();
  });
});
