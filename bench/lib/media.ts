import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Snapshot } from '@qn/content';
import { processMedia, type FetchMedia } from '@qn/images';

export interface MediaBench {
  images: number;
  source: string;
  coldMs: number;
  msPerImage: number;
  /** The same snapshot again: every source known, nothing fetched or encoded. */
  warmMs: number;
  variants: number;
}

/**
 * Processes `count` distinct 2400×1600 photos as article covers, then runs
 * again over the same content: the first figure is the one-off cost of new
 * uploads, the second what every later build pays.
 */
export async function benchMedia(snapshot: Snapshot, count: number): Promise<MediaBench> {
  const files = new Map<string, Buffer>();
  const articles = snapshot.articles.slice(0, count).map((article) => ({ ...article, cover: null as Snapshot['articles'][number]['cover'] }));
  for (const [i, article] of articles.entries()) {
    const bytes = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 20 + i, g: 90, b: 160 }, noise: { type: 'gaussian', mean: 110, sigma: 18 } } })
      .jpeg({ quality: 88 })
      .toBuffer();
    const url = `/uploads/photo_${i}.jpg`;
    files.set(url, bytes);
    article.cover = { url, name: `photo_${i}.jpg`, mime: 'image/jpeg', size: bytes.byteLength / 1024, alternativeText: 'Ảnh', width: 2400, height: 1600, hash: `photo_${i}` };
  }
  const fetch: FetchMedia = async (url) => files.get(url)!;
  const content: Snapshot = { ...snapshot, articles };
  const mediaDir = await mkdtemp(join(tmpdir(), 'qn-bench-media-'));
  try {
    const cold = await processMedia(content, { mediaDir, fetch });
    const warm = await processMedia(content, { mediaDir, fetch });
    if (cold.problems.length > 0 || warm.stats.reused !== count) throw new Error('the media benchmark expected every photo to be processed, then reused');
    const variants = Object.values(cold.assets).reduce((sum, asset) => sum + (asset.kind === 'image' ? asset.variants.length : 0), 0);
    return { images: count, source: '2400×1600 JPEG', coldMs: cold.stats.ms, msPerImage: Math.round(cold.stats.ms / count), warmMs: warm.stats.ms, variants };
  } finally {
    await rm(mediaDir, { recursive: true, force: true });
  }
}
