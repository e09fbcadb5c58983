import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMeilisearch, type RunningMeili } from '@qn/devstack';
import { requireTree } from '@qn/portal-model';
import { sampleArticle } from '../helpers/articles.ts';
import { createSearchIndexer, INDEX_SETTINGS, noSearchedRecords, settingsDiffer, toSearchDocument, type SearchDocument } from '@qn/search';

/**
 * Indexing against a real Meilisearch: in batches sized by bytes (with a
 * small limit, 600 documents go in many requests, none is lost, and the
 * progress callback counts up to the total); and a change of settings made
 * on a new index swapped in whole.
 */
let dir: string;
let meili: RunningMeili;
const KEY = 'test-master-key-0123456789';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qn-batches-'));
  meili = await startMeilisearch({ dataDir: join(dir, 'meili'), port: await freePort(), masterKey: KEY });
});
afterAll(async () => {
  await meili?.stop();
  await rm(dir, { recursive: true, force: true });
});

function document(i: number): SearchDocument {
  return {
    id: `doc-${i}`,
    type: 'article',
    year: 2026,
    title: `Tin số ${i}: Quảng Ninh đẩy mạnh cải cách hành chính`,
    number: null,
    toned: 'soos quangr ddaayr manhj cair cachs hanhf chinhs',
    summary: 'Tóm tắt',
    text: 'Nội dung bài viết về chuyển đổi số. '.repeat(20),
    portal: 'quangninh',
    alsoOn: [],
    portalName: 'Cổng thông tin điện tử tỉnh Quảng Ninh',
    domain: 'quangninh.gov.vn',
    scope: ['quangninh'],
    category: null,
    language: 'vi',
    path: `/bai-viet/tin-${i}/`,
    publishedAt: 1_780_000_000 + i,
    version: `v${i}`,
  };
}

describe('indexing in batches', () => {
  it('sends many small requests under the byte limit, loses nothing and reports progress', async () => {
    const search = createSearchIndexer({ host: meili.url, apiKey: KEY, index: 'batches', batchBytes: 32 * 1024 });
    await search.ensureIndex();
    const documents = Array.from({ length: 600 }, (_, i) => document(i));
    const progress: number[] = [];
    await search.upsert(documents, (done, total) => {
      expect(total).toBe(600);
      progress.push(done);
    });
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(600);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const stats = await search.client.index('batches').getStats();
    expect(stats.numberOfDocuments).toBe(600);
  });
});

describe('a change of index settings', () => {
  const tree = requireTree([{ code: 'quangninh', name: 'Cổng thông tin điện tử tỉnh Quảng Ninh', level: 1, parentCode: null, kind: 'province', domain: 'quangninh.gov.vn', language: 'vi' }]);
  const article = (i: number) => sampleArticle({ documentId: `a${i}`, title: `Tin số ${i}: Quảng Ninh đẩy mạnh cải cách hành chính`, slug: `tin-${i}`, portal: 'quangninh' });

  it('is made on a new index swapped in whole: readers see every document throughout, the public key keeps working', async () => {
    const search = createSearchIndexer({ host: meili.url, apiKey: KEY, index: 'settings_swap' });
    expect(await search.ensureIndex()).toBe('created');
    const published = { articles: Array.from({ length: 3000 }, (_, i) => article(i)), records: noSearchedRecords() };
    await search.reconcile(published, tree);
    const key = await search.ensureSearchKey();
    // The settings of an older release: no year facet. The live index is left alone until its writer rebuilds it.
    const live = search.client.index('settings_swap');
    await live.updateSettings({ ...INDEX_SETTINGS, filterableAttributes: ['scope', 'portal', 'category', 'language', 'type'] }).waitTask();
    expect(await search.ensureIndex()).toBe('stale');
    expect(settingsDiffer(await live.getSettings(), INDEX_SETTINGS)).toBe(true);

    // A reader with the public key searches all along.
    const seen = new Set<number>();
    let rebuilt = false;
    const reader = (async () => {
      // Until it has seen the rebuilt index once after the swap.
      for (let after = 0; after < 2; after += rebuilt ? 1 : 0) {
        const response = await fetch(`${meili.url}/indexes/settings_swap/search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ q: '', page: 1, hitsPerPage: 1 }),
        });
        expect(response.status).toBe(200);
        seen.add(((await response.json()) as { totalHits: number }).totalHits);
      }
    })();
    // One more published since: the rebuild holds what is published now.
    const now = { ...published, articles: [...published.articles, article(3000)] };
    expect(await search.rebuild(now, tree)).toEqual({ upserted: 3001 });
    rebuilt = true;
    await reader;
    expect([...seen].sort()).toEqual([3000, 3001]);

    expect(settingsDiffer(await live.getSettings(), INDEX_SETTINGS)).toBe(false);
    expect(await search.ensureIndex()).toBe('unchanged');
    expect((await live.search('', { filter: 'year = 2026', limit: 1 })).estimatedTotalHits).toBe(3001);
    expect((await live.getDocument('a7')).toned).toBe(toSearchDocument(article(7), tree)!.toned);
    // The spare index, which held the old one after the swap, is gone; a reconcile finds nothing to do.
    expect((await search.client.getIndexes({ limit: 100 })).results.map((i) => i.uid).filter((uid) => uid.startsWith('settings_swap'))).toEqual(['settings_swap']);
    expect(await search.reconcile(now, tree)).toMatchObject({ upserted: 0, removed: 0 });
  });
});
