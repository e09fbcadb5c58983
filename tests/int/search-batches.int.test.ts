import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMeilisearch, type RunningMeili } from '@qn/devstack';
import { createSearchIndexer, type SearchDocument } from '@qn/search';

/**
 * Indexing in batches sized by bytes, against a real Meilisearch: with a
 * small limit, 600 documents go in many requests, none is lost, and the
 * progress callback counts up to the total.
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
