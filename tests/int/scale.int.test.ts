import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '@qn/cms-client';
import { requireTree } from '@qn/portal-model';
import { createSearchIndexer, noSearchedRecords } from '@qn/search';
import { seed, type SeedTarget } from '@qn/seed';
import { buildSites } from '@qn/site-builder';
import { startStack, type TestStack } from '../helpers/stack.ts';

/**
 * The 50,000-article path at a size CI can afford: the bulk seed, the
 * builder's keyset pages, byte-sized index batches and a full build, with
 * page and batch sizes small enough that every one of them runs many times
 * (bench:e2e measures the real size; docs/adr/0007).
 */
const ARTICLES = 2_000;
let stack: TestStack;
let outDir: string;

beforeAll(async () => {
  stack = await startStack({ articles: ARTICLES, meili: true });
  outDir = await mkdtemp(join(tmpdir(), 'qn-scale-'));
}, 300_000);
afterAll(async () => {
  await stack?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe(`${ARTICLES.toLocaleString('en-US')} articles through the whole path`, () => {
  it('are each read once, in pages of any size, and every one is valid', async () => {
    const whole = await stack.cms.articles();
    expect(whole.problems).toEqual([]);
    expect(whole.records).toHaveLength(ARTICLES);
    expect(new Set(whole.records.map((a) => a.documentId)).size).toBe(ARTICLES);
    for (const pageSize of [1, 137, 2000]) {
      const client = createCmsClient({ url: stack.cmsUrl, token: stack.token, articlePageSize: pageSize });
      // One article per request at size 1: the cursor is checked to advance on every one of them.
      const codes = pageSize === 1 ? ['halong'] : undefined;
      const paged = await client.articles(codes);
      expect(paged.records).toEqual(codes ? whole.records.filter((a) => a.portal === 'halong') : whole.records);
    }
  });

  it('are found again by a second seed, which creates none (stored keys are read in pages)', async () => {
    const report = await seed(stack.strapi as unknown as SeedTarget, { articles: ARTICLES, content: false, photos: false });
    expect(report.articles).toEqual({ created: 0, existing: ARTICLES });
    expect((await stack.cms.articles()).records).toHaveLength(ARTICLES);
  });

  it('are indexed in many byte-sized batches, none lost, with progress to the last one', async () => {
    const { records } = await stack.cms.articles();
    const tree = requireTree((await stack.cms.portals()).records);
    const search = createSearchIndexer({ host: stack.meili!.url, apiKey: 'test-master-key-0123456789', index: `scale_${process.pid}`, batchBytes: 256 * 1024 });
    await search.ensureIndex();
    const progress: number[] = [];
    const result = await search.reconcile({ articles: records, records: noSearchedRecords() }, tree, (done) => progress.push(done));
    expect(result).toMatchObject({ upserted: ARTICLES, removed: 0 });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(ARTICLES);
    expect((await search.client.index(`scale_${process.pid}`).getStats()).numberOfDocuments).toBe(ARTICLES);
    // A second pass finds nothing to send.
    expect(await search.reconcile({ articles: records, records: noSearchedRecords() }, tree)).toMatchObject({ upserted: 0, removed: 0 });
  });

  it('all get their page in a full build of the 193 sites', async () => {
    const report = await buildSites({
      cms: stack.cms,
      outDir,
      settings: { urlTemplate: 'http://{code}.localhost:4321', search: { host: stack.meili!.url, key: 'search-key', index: 'articles' }, mediaUrl: 'http://localhost:4321/_media' },
    });
    expect(report.failed).toEqual([]);
    expect(report.portals).toHaveLength(193);
    let pages = 0;
    for (const code of report.portals) pages += (await readdir(join(outDir, code, 'bai-viet')).catch(() => [])).length;
    expect(pages).toBe(ARTICLES);
  });
});
