import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMeilisearch, type RunningMeili } from '@qn/devstack';
import { createSearchIndexer, INDEX_SETTINGS, settingsDiffer, type SearchDocument } from '@qn/search';

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
  it('is made on a new index swapped in whole: readers see every document throughout, the public key keeps working, every field is kept', async () => {
    const search = createSearchIndexer({ host: meili.url, apiKey: KEY, index: 'settings_swap' });
    expect(await search.ensureIndex()).toBe('created');
    const documents = Array.from({ length: 3000 }, (_, i) => document(i));
    await search.upsert(documents);
    const key = await search.ensureSearchKey();
    // The settings of an older release: no year facet.
    const old = { ...INDEX_SETTINGS, filterableAttributes: ['scope', 'portal', 'category', 'language', 'type'] };
    const live = search.client.index('settings_swap');
    await live.updateSettings(old).waitTask();
    expect(settingsDiffer(await live.getSettings(), INDEX_SETTINGS)).toBe(true);

    // A reader with the public key searches all along.
    const seen = new Set<number>();
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const response = await fetch(`${meili.url}/indexes/settings_swap/search`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ q: '', limit: 0, page: 1, hitsPerPage: 1 }),
        });
        expect(response.status).toBe(200);
        seen.add(((await response.json()) as { totalHits: number }).totalHits);
      }
    })();
    expect(await search.ensureIndex()).toBe('swapped');
    reading = false;
    await reader;
    expect([...seen]).toEqual([3000]);

    expect(settingsDiffer(await live.getSettings(), INDEX_SETTINGS)).toBe(false);
    expect(await search.ensureIndex()).toBe('unchanged');
    const filtered = await live.search('', { filter: 'year = 2026', limit: 1 });
    expect(filtered.estimatedTotalHits).toBe(3000);
    // Fields readers never see (the Telex form) came across too, and the spare index is gone.
    expect((await live.getDocument('doc-7')).toned).toBe(document(7).toned);
    expect((await search.client.getIndexes({ limit: 100 })).results.map((i) => i.uid)).not.toContain('settings_swap__next');
  });
});
