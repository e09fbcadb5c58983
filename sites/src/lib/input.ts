import { readFileSync } from 'node:fs';
import { parseBuildInput, type BuildInput } from '@qn/content';

export type { BuildInput };

let cached: BuildInput | undefined;

/**
 * Read once per build: every page module shares this module instance, so
 * the snapshot is parsed once, not once per portal or page. Checked against
 * the schema the site builder writes it with (@qn/content build-input.ts).
 */
export function buildInput(): BuildInput {
  if (cached) return cached;
  const path = process.env.SITES_INPUT;
  if (!path) {
    throw new Error(
      'SITES_INPUT is not set. Build the sites with `npm run build:sites`, which fetches the content from Strapi and passes it to Astro.',
    );
  }
  cached = parseBuildInput(JSON.parse(readFileSync(path, 'utf8')));
  return cached;
}
