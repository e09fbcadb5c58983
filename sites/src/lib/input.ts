import { readFileSync } from 'node:fs';
import type { Assets, Snapshot } from '@qn/content';

/** What the site builder hands one Astro build, through the file named by SITES_INPUT. */
export interface BuildInput {
  snapshot: Snapshot;
  settings: {
    /** Origin of each portal, with {code} and {domain} placeholders. */
    urlTemplate: string;
    search: { host: string; key: string; index: string };
    /** Where the shared media folder is served (images, downloadable files). */
    mediaUrl: string;
  };
  /** Processed media by Strapi media URL; a missing entry means the media was refused and is not shown. */
  assets: Assets;
}

let cached: BuildInput | undefined;

/**
 * Read once per build: every page module shares this module instance, so
 * the snapshot is parsed once, not once per portal or page.
 */
export function buildInput(): BuildInput {
  if (cached) return cached;
  const path = process.env.SITES_INPUT;
  if (!path) {
    throw new Error(
      'SITES_INPUT is not set. Build the sites with `npm run build:sites`, which fetches the content from Strapi and passes it to Astro.',
    );
  }
  cached = JSON.parse(readFileSync(path, 'utf8')) as BuildInput;
  return cached;
}
