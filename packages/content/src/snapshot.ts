import { z } from 'zod';
import { portalCodeSchema, portalSchema } from '@qn/portal-model';
import type { BlockNode } from './blocks.ts';
import { mediaSchema, type PortalRecords } from './records.ts';

const nfcText = z.string().transform((s) => s.normalize('NFC'));
const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase ASCII words joined by "-"');
const isoDate = z.iso.datetime({ offset: true });

const blockNodeSchema: z.ZodType<BlockNode> = z.looseObject({
  type: z.string(),
  get children() {
    return z.array(blockNodeSchema).optional();
  },
  text: z.string().optional(),
  url: z.string().optional(),
});

export const snapshotPortalSchema = portalSchema.extend({
  documentId: z.string().min(1),
  state: z.enum(['active', 'archived']).default('active'),
  /** Where an archived portal's readers are sent. */
  successorCode: portalCodeSchema.nullable().default(null),
  /** The portal's own emblem or logo, shown beside its name; absent or null: the drawn star emblem. */
  emblem: mediaSchema.nullish(),
});
export type SnapshotPortal = z.infer<typeof snapshotPortalSchema>;

export const categorySchema = z.object({
  documentId: z.string().min(1),
  name: nfcText.pipe(z.string().min(1)),
  slug: slugSchema,
  description: nfcText.nullable(),
  /** Owner portal; null for categories shared by every Vietnamese-language portal. */
  portal: portalCodeSchema.nullable(),
});
export type Category = z.infer<typeof categorySchema>;

export const articleSchema = z.object({
  documentId: z.string().min(1),
  title: nfcText.pipe(z.string().min(1, 'the title is empty')),
  slug: slugSchema,
  summary: nfcText.nullable(),
  body: z.array(blockNodeSchema).nullable(),
  portal: portalCodeSchema,
  category: slugSchema.nullable(),
  publishedAt: isoDate,
  updatedAt: isoDate,
  author: nfcText.nullable().default(null),
  source: nfcText.nullable().default(null),
  featured: z.boolean().nullable().default(false),
  tags: z.array(z.object({ name: nfcText, slug: slugSchema })).default([]),
  /** Portals the article is shared to; its own portal stays its canonical address. */
  alsoOn: z.array(portalCodeSchema).default([]),
  /** The Vietnamese original of an English or Chinese article. */
  translationOf: z.object({ documentId: z.string(), portal: portalCodeSchema, slug: slugSchema }).nullable().default(null),
  /**
   * The cover image as Strapi stores it (absent or null: none); the build's
   * asset manifest says how to show it. Optional so records made before
   * covers existed still type-check.
   */
  cover: mediaSchema.nullish(),
});
export type Article = z.infer<typeof articleSchema>;

export const redirectSchema = z.object({
  fromCode: portalCodeSchema,
  fromPath: z.string().regex(/^(\*|\/.*)$/, 'a path starts with "/" or is "*"'),
  toCode: portalCodeSchema,
  toPath: z.string().regex(/^(\*|\/.*)$/, 'a path starts with "/" or is "*"'),
});
export type Redirect = z.infer<typeof redirectSchema>;

/** Everything one site build needs, fetched once per build. */
export interface Snapshot {
  fetchedAt: string;
  portals: SnapshotPortal[];
  categories: Category[];
  articles: Article[];
  /** Old addresses of archived and renamed portals. */
  redirects: Redirect[];
  /** Agencies, documents, plans, disclosures, … of the portals being built. */
  records: PortalRecords;
  /** When set, the build renders only these portals' sites. */
  onlyPortals: string[] | null;
}

/** A record the boundary refused: reported, skipped, never fatal to other records. */
export interface ContentProblem {
  /** 'portal', 'category', 'article', 'redirect' or a record kind such as 'legalDocuments'. */
  model: string;
  documentId: string;
  message: string;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}
