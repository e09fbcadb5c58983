import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, BlockNode, Snapshot } from '@qn/content';
import { buildSites, type BuildReport, type BuildSettings } from '@qn/site-builder';
import { syntheticSnapshot } from '../../bench/lib/synthetic.ts';

/**
 * The site builder with the real Astro project on content made by the seed
 * generators (no Strapi needed): runs split and run two at a time, and a
 * page that cannot be rendered costs its record or its portal, never the
 * build.
 */
const PORTALS = ['campha', 'coto-thanhlan', 'english', 'halong'];
const settings: BuildSettings = {
  urlTemplate: 'http://{code}.localhost:4321',
  search: { host: 'http://127.0.0.1:7700', key: 'search-key', index: 'articles' },
  mediaUrl: 'http://localhost:4321/_media',
};

let base: Snapshot;
let outDir: string;
let first: BuildReport;

const build = (snapshot: Snapshot) =>
  // A small page budget per run forces several runs, so the test covers the split and the two-at-a-time pool.
  buildSites({ outDir, portals: PORTALS, settings, prefetched: { snapshot: { ...snapshot, onlyPortals: PORTALS }, problems: [] }, parallel: 2, maxPagesPerRun: 60 });

const page = (code: string, path: string) => join(outDir, code, path, 'index.html');
const own = (snapshot: Snapshot, code: string) => snapshot.articles.filter((a) => a.portal === code);

beforeAll(async () => {
  base = syntheticSnapshot({ articles: 193 * 3 });
  outDir = await mkdtemp(join(tmpdir(), 'qn-build-'));
  first = await build(base);
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('buildSites over several Astro runs', () => {
  it('builds every portal asked for, in more than one run, into a folder of its own', async () => {
    expect(first.failed).toEqual([]);
    expect(first.portals).toEqual(PORTALS);
    expect(first.runs).toBeGreaterThan(1);
    expect(first.peakRssMb).toBeGreaterThan(0);
    for (const code of PORTALS) {
      expect(existsSync(join(outDir, code, '404.html'))).toBe(true);
      expect(await readFile(page(code, ''), 'utf8')).toContain(`data-portal="${code}"`);
    }
    const article = own(base, 'coto-thanhlan')[0]!;
    expect(await readFile(page('coto-thanhlan', `bai-viet/${article.slug}`), 'utf8')).toContain(article.title);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(Object.keys(first.portalMs).toSorted()).toEqual(PORTALS);
  });

  it('leaves out an article whose page fails, fails only the portal whose listings fail, and publishes the rest', async () => {
    const content = structuredClone(base);
    const [broken, kept] = own(content, 'coto-thanhlan') as [Article, Article];
    // Content the boundary would refuse, standing in for a rendering bug: a text node that is not text.
    broken.body = [{ type: 'paragraph', children: [{ type: 'text', text: 42 as unknown as string }] }] as BlockNode[];
    // A department's article shared to halong with a date no page can format: every halong listing shows it.
    const shared = own(content, 'sotttt')[0]!;
    Object.assign(shared, { publishedAt: 'không phải ngày', alsoOn: ['halong'] });
    const renamed = own(content, 'campha')[0]!;
    renamed.title = 'Cẩm Phả khánh thành cầu mới bắc qua sông Mông Dương';
    const halongBefore = await readFile(page('halong', ''), 'utf8');

    const report = await build(content);

    expect(report.failed).toEqual([{ code: 'halong', message: expect.stringContaining('Invalid time value') }]);
    expect(report.portals).toEqual(['campha', 'coto-thanhlan', 'english']);
    expect(report.problems).toEqual([{ model: 'article', documentId: broken.documentId, message: expect.stringContaining(`/coto-thanhlan/bai-viet/${broken.slug}/`) }]);
    expect(existsSync(page('coto-thanhlan', `bai-viet/${broken.slug}`))).toBe(false);
    expect(existsSync(page('coto-thanhlan', `bai-viet/${kept.slug}`))).toBe(true);
    expect(await readFile(page('campha', `bai-viet/${renamed.slug}`), 'utf8')).toContain(renamed.title);
    // The failed portal keeps the site it had.
    expect(await readFile(page('halong', ''), 'utf8')).toBe(halongBefore);
  });
});
