import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Asset } from '@qn/content';

/**
 * What the media folder already holds, kept beside it. A source (Strapi URL,
 * upload hash and size: Strapi never rewrites a stored upload in place) maps
 * to the content hash of its bytes, and that to the processed asset. A
 * known source is reused without fetching; a new URL with known bytes is
 * fetched once and reused without processing.
 */
export interface Manifest {
  version: 1;
  sources: Record<string, string>;
  assets: Record<string, { recipe: string; asset: Asset }>;
}

export const MANIFEST_FILE = '.manifest.json';

const empty = (): Manifest => ({ version: 1, sources: {}, assets: {} });

export async function readManifest(mediaDir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(join(mediaDir, MANIFEST_FILE), 'utf8');
  } catch {
    return empty();
  }
  try {
    const parsed = JSON.parse(text) as Partial<Manifest>;
    // Our own file: anything unexpected means it is from another version or damaged, and everything is redone once.
    if (parsed.version !== 1 || typeof parsed.sources !== 'object' || typeof parsed.assets !== 'object') return empty();
    return { version: 1, sources: parsed.sources ?? {}, assets: parsed.assets ?? {} };
  } catch {
    return empty();
  }
}

/**
 * Saves the manifest, merged with what is on disk now: two builds that ran
 * at the same time (the CLI and the publisher) each keep the other's entries.
 */
export async function writeManifest(mediaDir: string, manifest: Manifest): Promise<void> {
  const current = await readManifest(mediaDir);
  const merged: Manifest = {
    version: 1,
    sources: { ...current.sources, ...manifest.sources },
    assets: { ...current.assets, ...manifest.assets },
  };
  await writeFileAtomic(join(mediaDir, MANIFEST_FILE), JSON.stringify(merged));
}

/** Readers (a site being served from the same folder) see the old file or the new one, never half of one. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.tmp-${randomUUID()}`);
  await writeFile(temp, data);
  await rename(temp, path);
}

export function sourceKey(media: { url: string; hash?: string | undefined; size: number }): string {
  return `${media.url} ${media.hash ?? ''} ${media.size}`;
}
