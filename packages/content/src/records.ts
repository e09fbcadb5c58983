import { z } from 'zod';
import { portalCodeSchema } from '@qn/portal-model';
import { enumValues } from './kinds.ts';
import type { BlockNode } from './blocks.ts';

/** The records besides articles that portals publish, as the site builder receives them (validated at the boundary). */
const text = z.string().transform((s) => s.normalize('NFC'));
const optionalText = text.nullable().optional().transform((v) => v ?? null);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase ASCII words joined by "-"');
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const optionalDate = isoDate.nullable().optional().transform((v) => v ?? null);
const blocks = z
  .array(z.looseObject({ type: z.string() }))
  .nullable()
  .optional()
  .transform((v) => (v ?? null) as BlockNode[] | null);

export const mediaSchema = z.object({
  url: z.string().min(1),
  name: text,
  mime: z.string(),
  size: z.number(),
  alternativeText: optionalText,
  width: z.number().nullable().optional().transform((v) => v ?? null),
  height: z.number().nullable().optional().transform((v) => v ?? null),
  hash: z.string().optional(),
});
export type Media = z.infer<typeof mediaSchema>;
const files = z.array(mediaSchema).nullable().optional().transform((v) => v ?? []);

const published = { documentId: z.string().min(1), publishedAt: isoDateTime, updatedAt: isoDateTime };
const owned = { ...published, portal: portalCodeSchema };

export const personSchema = z.object({
  documentId: z.string().min(1),
  name: text,
  position: text,
  positionEn: optionalText,
  portrait: mediaSchema.nullable().optional().transform((v) => v ?? null),
  bio: optionalText,
  duties: blocks,
  phone: optionalText,
  email: optionalText,
  order: z.number().int().nullable().optional().transform((v) => v ?? 0),
});
export type Person = z.infer<typeof personSchema>;

export const unitSchema = z.object({
  key: slug,
  name: text,
  parentKey: optionalText,
  head: optionalText,
  description: optionalText,
  phone: optionalText,
});
export type Unit = z.infer<typeof unitSchema>;

export const agencySchema = z.object({
  ...owned,
  name: text,
  nameEn: optionalText,
  shortName: optionalText,
  introduction: blocks,
  introductionEn: optionalText,
  functions: blocks,
  units: z.array(unitSchema).nullable().optional().transform((v) => v ?? []),
  contact: z
    .object({ address: optionalText, phone: optionalText, email: optionalText, fax: optionalText, workingHours: optionalText })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  location: z
    .object({ latitude: z.coerce.number(), longitude: z.coerce.number(), zoom: z.number().int().nullable().optional() })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  profile: z
    .object({
      areaKm2: z.coerce.number().nullable().optional(),
      population: z.number().int().nullable().optional(),
      populationYear: z.number().int().nullable().optional(),
      history: blocks,
      culture: blocks,
      sights: blocks,
    })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  leaders: z.array(personSchema).nullable().optional().transform((v) => (v ?? []).toSorted((a, b) => a.order - b.order)),
});
export type Agency = z.infer<typeof agencySchema>;

export const legalDocumentSchema = z.object({
  ...owned,
  number: text,
  slug,
  form: z.string(),
  summary: text,
  issuerName: text,
  signer: optionalText,
  issuedOn: isoDate,
  effectiveOn: optionalDate,
  expiresOn: optionalDate,
  validity: z.enum(enumValues('validity')),
  replacedBy: z
    .object({ number: text, slug: slug.nullable(), portal: portalCodeSchema.nullable() })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  field: z.string(),
  files,
  body: blocks,
});
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

const titled = { ...owned, title: text, slug, summary: optionalText, body: blocks, files };

export const planSchema = z.object({
  ...titled,
  kind: z.string(),
  startYear: z.number().int().nullable().optional().transform((v) => v ?? null),
  endYear: z.number().int().nullable().optional().transform((v) => v ?? null),
});
export type Plan = z.infer<typeof planSchema>;

export const disclosureSchema = z.object({
  ...titled,
  type: z.enum(enumValues('disclosureType')),
  year: z.number().int(),
  quarter: z.number().int().nullable().optional().transform((v) => v ?? null),
  period: optionalText,
});
export type Disclosure = z.infer<typeof disclosureSchema>;

export const recruitmentSchema = z.object({
  ...titled,
  positions: z.number().int().nullable().optional().transform((v) => v ?? null),
  deadline: optionalDate,
});
export type Recruitment = z.infer<typeof recruitmentSchema>;

export const consultationSchema = z.object({
  ...titled,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  commentEmail: optionalText,
  /** The agency's account of the comments received and how each was handled, published after the window closes. */
  commentSummary: blocks,
});
export type Consultation = z.infer<typeof consultationSchema>;

/**
 * A published question and its answer. The asker's name, contact details,
 * consent and tracking code are private in the CMS and never read here: they
 * reach neither the sites nor the search index.
 */
export const questionSchema = z.object({
  ...owned,
  title: text,
  slug,
  field: z.string(),
  question: text,
  askedAt: isoDateTime.nullable().optional().transform((v) => v ?? null),
  body: blocks,
  answeredBy: optionalText,
  answeredAt: isoDateTime.nullable().optional().transform((v) => v ?? null),
});
export type Question = z.infer<typeof questionSchema>;

export const pageSchema = z.object({
  ...owned,
  title: text,
  slug,
  summary: optionalText,
  body: blocks,
  order: z.number().int().nullable().optional().transform((v) => v ?? 0),
  inMenu: z.boolean().nullable().optional().transform((v) => v ?? false),
});
export type Page = z.infer<typeof pageSchema>;

export const noticeSchema = z.object({
  ...published,
  /** Null: shown on every portal. */
  portal: portalCodeSchema.nullable(),
  message: text,
  level: z.enum(enumValues('noticeLevel')),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  link: optionalText,
});
export type Notice = z.infer<typeof noticeSchema>;

export const linkedSiteSchema = z.object({
  documentId: z.string().min(1),
  name: text,
  url: z.url({ protocol: /^https?$/ }),
  owner: optionalText,
  description: optionalText,
  order: z.number().int().nullable().optional().transform((v) => v ?? 0),
});
export type LinkedSite = z.infer<typeof linkedSiteSchema>;

/** Everything besides articles that a build renders. */
export interface PortalRecords {
  agencies: Agency[];
  legalDocuments: LegalDocument[];
  plans: Plan[];
  disclosures: Disclosure[];
  recruitments: Recruitment[];
  consultations: Consultation[];
  questions: Question[];
  pages: Page[];
  notices: Notice[];
  linkedSites: LinkedSite[];
}
