/**
 * What the site builder hands one Astro run (the file named by SITES_INPUT):
 * the snapshot, the settings and the processed media. One schema for the
 * writer (packages/site-builder) and the reader (sites/src/lib/input.ts).
 * The records were validated one by one at the CMS boundary; here the
 * envelope is checked, so a stale or foreign input file is refused with a
 * message instead of failing deep inside a page.
 */
import { z } from 'zod';
import { describeIssues } from './snapshot.ts';
import type { Assets } from './assets.ts';
import type { Snapshot } from './snapshot.ts';

export const buildSettingsSchema = z.object({
  /** Origin of each portal, with {code} / {domain} placeholders. */
  urlTemplate: z.string().regex(/\{(code|domain)\}/, 'names {code} or {domain}'),
  search: z.object({ host: z.string().min(1), key: z.string(), index: z.string().min(1) }),
  /** Where the shared media folder is served (images, downloadable files). */
  mediaUrl: z.string().min(1),
  /** Where the forms post readers' questions, comments and feedback (PUBLIC_SERVICE_URL); none: the pages say how else to reach the agency. */
  publicServiceUrl: z.string().min(1).optional(),
});
export type BuildSettings = z.infer<typeof buildSettingsSchema>;

const assetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('image'),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    variants: z.array(z.object({ format: z.enum(['avif', 'webp', 'jpeg']), width: z.number().int().positive(), path: z.string().min(1) })).min(1),
  }),
  z.object({ kind: z.literal('file'), path: z.string().min(1), name: z.string(), mime: z.string(), size: z.number().int().min(0) }),
]);

const list = z.array(z.object({ documentId: z.string() }).loose());
const envelopeSchema = z.object({
  snapshot: z.object({
    fetchedAt: z.iso.datetime({ offset: true }),
    portals: z.array(z.object({ code: z.string(), language: z.string() }).loose()).min(1),
    categories: list,
    articles: list,
    redirects: z.array(z.unknown()),
    records: z.record(z.string(), list),
    onlyPortals: z.array(z.string()).nullable(),
  }),
  settings: buildSettingsSchema,
  assets: z.record(z.string(), assetSchema),
});

export interface BuildInput {
  snapshot: Snapshot;
  settings: BuildSettings;
  /** Processed media by Strapi media URL; a missing entry means the media was refused and is not shown. */
  assets: Assets;
}

/** The input file's content as a BuildInput, or an error naming what is wrong with it. */
export function parseBuildInput(json: unknown): BuildInput {
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The site build's input is not what the site builder writes: ${describeIssues(parsed.error)}. Build the sites with \`npm run build:sites\`.`);
  // The envelope is checked; every record in it passed its own schema when it was read from the CMS.
  return json as BuildInput;
}
