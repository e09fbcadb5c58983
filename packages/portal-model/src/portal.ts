import { z } from 'zod';

export const PORTAL_KINDS = [
  'province',
  'english',
  'chinese',
  'tourism',
  'business',
  'department',
  'board',
  'sector',
  'council',
  'organisation',
  'district',
  'commune',
  'unit',
] as const;
export type PortalKind = (typeof PORTAL_KINDS)[number];

export const LANGUAGES = ['vi', 'en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The main provincial portal; the root every level-2 portal hangs from. */
export const MAIN_PORTAL_CODE = 'quangninh';
export const PROVINCE_DOMAIN = 'quangninh.gov.vn';

/** Lowercase ASCII words joined by single hyphens, 2–40 characters. */
export const PORTAL_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const portalCodeSchema = z
  .string()
  .min(2, 'a portal code has at least 2 characters')
  .max(40, 'a portal code has at most 40 characters')
  .regex(PORTAL_CODE_PATTERN, 'a portal code is lowercase ASCII letters and digits, words joined by "-"');

export const portalSchema = z.object({
  code: portalCodeSchema,
  name: z.string().trim().min(2).transform((s) => s.normalize('NFC')),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  parentCode: portalCodeSchema.nullable(),
  kind: z.enum(PORTAL_KINDS),
  domain: z.string().regex(/^[a-z0-9.-]+$/, 'a domain is lowercase ASCII'),
  language: z.enum(LANGUAGES),
});
export type Portal = z.infer<typeof portalSchema>;

export function defaultDomain(code: string): string {
  return code === MAIN_PORTAL_CODE ? PROVINCE_DOMAIN : `${code}.${PROVINCE_DOMAIN}`;
}
