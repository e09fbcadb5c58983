import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Asset, Assets, FileAsset, Snapshot } from '@qn/content';
import { collectMedia } from './collect.ts';
import { refusedFileContent, refusedFileName, safeFileName } from './file-types.ts';
import { tooLarge } from './fetch.ts';
import { encodeImage, IMAGE_RECIPE } from './image.ts';
import { readManifest, sourceKey, writeFileAtomic, writeManifest, type Manifest } from './manifest.ts';
import { mapLimit } from './pool.ts';
import { DEFAULT_LIMITS, MediaError, type FetchMedia, type MediaLimits, type MediaProblem, type MediaUse } from './types.ts';

export interface ProcessMediaOptions {
  /** The shared media folder (SITES_OUT_DIR/_media), served at MEDIA_URL. */
  mediaDir: string;
  fetch: FetchMedia;
  limits?: Partial<MediaLimits>;
  /** Sources processed at once. sharp uses one thread per image here: two use both cores. */
  concurrency?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface MediaReport {
  /** By Strapi media URL, as the sites look them up. */
  assets: Assets;
  problems: MediaProblem[];
  stats: { sources: number; reused: number; processed: number; refused: number; ms: number };
}

/** `fetched`: the source was read and the manifest learnt something; `processed`: it was also encoded or copied. */
type Prepared = { asset: Asset; fetched: boolean; processed: boolean };
type Outcome = Prepared | { error: MediaError };

/**
 * Makes every image and file the snapshot references available in the
 * shared media folder, processing each source once across all builds. A
 * source that cannot be used is reported with every record that uses it
 * and left out; the build goes on without it.
 */
export async function processMedia(snapshot: Snapshot, options: ProcessMediaOptions): Promise<MediaReport> {
  const started = Date.now();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const uses = collectMedia(snapshot);
  const manifest = await readManifest(options.mediaDir);
  let done = 0;
  const outcomes = await mapLimit(uses, options.concurrency ?? 2, async (use) => {
    const outcome = await settle(() => prepare(use, manifest, options, limits));
    options.onProgress?.({ done: ++done, total: uses.length });
    return outcome;
  });
  if (outcomes.some((o) => 'asset' in o && o.fetched)) await writeManifest(options.mediaDir, manifest);

  const assets: Assets = {};
  const problems: MediaProblem[] = [];
  uses.forEach((use, i) => {
    const outcome = outcomes[i]!;
    if ('error' in outcome) {
      for (const owner of use.owners) {
        problems.push({ ...owner, url: use.media.url, name: use.media.name, reason: outcome.error.reason, message: outcome.error.message });
      }
    } else if (use.kind === 'image' || !assets[use.media.url]) {
      // The same upload used as a cover and as a download is listed once, as the image.
      assets[use.media.url] = outcome.asset;
    }
  });
  const ok = outcomes.filter((o) => 'asset' in o);
  return {
    assets,
    problems,
    stats: {
      sources: uses.length,
      processed: ok.filter((o) => o.processed).length,
      reused: ok.filter((o) => !o.processed).length,
      refused: outcomes.length - ok.length,
      ms: Date.now() - started,
    },
  };
}

/** MediaErrors become outcomes; anything else (a full disk, a bug) stops the build. */
async function settle(work: () => Promise<Prepared>): Promise<Outcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MediaError) return { error };
    throw error;
  }
}

async function prepare(use: MediaUse, manifest: Manifest, options: ProcessMediaOptions, limits: MediaLimits): Promise<Prepared> {
  const { media, kind } = use;
  refuseEarly(use, limits);
  const known = await stored(manifest, manifest.sources[sourceKey(media)], options.mediaDir);
  if (known) return { asset: known, fetched: false, processed: false };

  const bytes = await options.fetch(media.url, { maxBytes: kind === 'image' ? limits.maxImageBytes : limits.maxFileBytes });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 24);
  const key = kind === 'image' ? `image:${hash}` : `file:${hash}/${safeFileName(media.name)}`;
  const same = await stored(manifest, key, options.mediaDir);
  manifest.sources[sourceKey(media)] = key;
  // New URL, known bytes (the same photo uploaded twice): fetched, but not processed again.
  if (same) return { asset: same, fetched: true, processed: false };

  const asset = kind === 'image' ? await writeImage(bytes, hash, media.name, options.mediaDir, limits) : await writeFile(bytes, hash, media, options.mediaDir);
  manifest.assets[key] = { recipe: kind === 'image' ? IMAGE_RECIPE : 'file', asset };
  return { asset, fetched: true, processed: true };
}

/** What can be refused from the CMS's own description, before any byte is fetched. */
function refuseEarly({ media, kind }: MediaUse, limits: MediaLimits): void {
  const max = kind === 'image' ? limits.maxImageBytes : limits.maxFileBytes;
  // Strapi gives sizes in kilobytes.
  if (media.size * 1024 > max) throw tooLarge(`"${media.name}"`, media.size * 1024, max);
  if (kind === 'file') {
    const refused = refusedFileName(media.name);
    if (refused) throw refused;
  } else if (!media.mime.startsWith('image/') || media.mime.startsWith('image/svg')) {
    throw new MediaError('type', `"${media.name}" (${media.mime}) is used as an image but is not a photo format: upload a JPEG, PNG, WebP or AVIF.`);
  }
}

/** The stored asset under `key`, if it was made by the current recipe and its files are still there. */
async function stored(manifest: Manifest, key: string | undefined, mediaDir: string): Promise<Asset | null> {
  const entry = key ? manifest.assets[key] : undefined;
  if (!entry || entry.recipe !== (entry.asset.kind === 'image' ? IMAGE_RECIPE : 'file')) return null;
  const first = entry.asset.kind === 'image' ? entry.asset.variants[0]?.path : entry.asset.path;
  if (!first) return null;
  const present = await stat(join(mediaDir, decodeURIComponent(first))).then(
    () => true,
    () => false,
  );
  return present ? entry.asset : null;
}

async function writeImage(bytes: Uint8Array, hash: string, name: string, mediaDir: string, limits: MediaLimits): Promise<Asset> {
  const encoded = await encodeImage(bytes, hash, name, limits);
  for (const variant of encoded.variants) await writeFileAtomic(join(mediaDir, variant.name), variant.data);
  return encoded.asset;
}

async function writeFile(bytes: Uint8Array, hash: string, media: MediaUse['media'], mediaDir: string): Promise<FileAsset> {
  const refused = refusedFileContent(media.name, bytes);
  if (refused) throw refused;
  const name = safeFileName(media.name);
  await writeFileAtomic(join(mediaDir, hash, name), bytes);
  return { kind: 'file', path: `${hash}/${encodeURIComponent(name)}`, name: media.name, mime: media.mime, size: bytes.byteLength };
}
