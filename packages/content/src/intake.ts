/**
 * What the public service sends the CMS's intake routes (`/api/intake/…`),
 * checked again by the CMS whatever the service already checked: the
 * citizens' questions, comments on draft documents and page feedback. The
 * service validates the reader's form first, with a message per field
 * (@qn/public-service); these schemas are the contract between the two.
 */
import { z } from 'zod';
import { LANGUAGES, portalCodeSchema } from '@qn/portal-model';
import { enumValues } from './kinds.ts';

/** Limits shared by the forms and the CMS. */
export const INTAKE_LIMITS = {
  title: 200,
  question: 4000,
  comment: 5000,
  section: 200,
  feedback: 1000,
  name: 120,
  organisation: 200,
  email: 254,
  path: 255,
} as const;

/** Tracking codes: 10 characters without look-alikes (no 0/O, 1/I/L). */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const trackingCodeSchema = z.string().regex(new RegExp(`^[${TRACKING_ALPHABET}]{10}$`), 'a tracking code is 10 letters and digits');
/** One id per submission, made by the service: resending it never makes a second record. */
export const submissionIdSchema = z.string().regex(/^[a-z0-9-]{16,40}$/, 'a submission id is 16–40 lowercase letters, digits and "-"');
/** Vietnamese mobile and landline numbers, as typed: digits with an optional leading +84. */
export const phoneSchema = z.string().regex(/^(\+84|0)\d{8,10}$/, 'a phone number is 9–11 digits starting with 0 or +84');

/** A page of a portal's site, as the feedback form names it: no spaces, query, fragment or control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
export const PAGE_PATH = /^\/[^\s?#\u0000-\u001f\u007f]*$/;

const text = (max: number) => z.string().trim().min(1).max(max).transform((s) => s.normalize('NFC'));
const optional = (schema: z.ZodType<string>) => schema.nullable().optional().transform((v) => v ?? null);
const isoDateTime = z.iso.datetime({ offset: true });

export const intakeQuestionSchema = z
  .object({
    portal: portalCodeSchema,
    trackingCode: trackingCodeSchema,
    field: z.enum(enumValues('legalField')),
    title: text(INTAKE_LIMITS.title),
    question: text(INTAKE_LIMITS.question),
    askerName: text(INTAKE_LIMITS.name),
    askerEmail: optional(z.email().max(INTAKE_LIMITS.email)),
    askerPhone: optional(phoneSchema),
    consentAt: isoDateTime,
    askedAt: isoDateTime,
  })
  .strict()
  .refine((q) => q.askerEmail !== null || q.askerPhone !== null, { message: 'an e-mail address or a phone number is needed for the reply', path: ['askerEmail'] });
export type IntakeQuestion = z.infer<typeof intakeQuestionSchema>;

export const intakeCommentSchema = z
  .object({
    submissionId: submissionIdSchema,
    portal: portalCodeSchema,
    consultation: z.string().regex(/^[a-z0-9]{10,40}$/, 'a consultation is named by its documentId'),
    body: text(INTAKE_LIMITS.comment),
    section: optional(text(INTAKE_LIMITS.section)),
    authorName: optional(text(INTAKE_LIMITS.name)),
    authorEmail: optional(z.email().max(INTAKE_LIMITS.email)),
    organisation: optional(text(INTAKE_LIMITS.organisation)),
    receivedAt: isoDateTime,
  })
  .strict();
export type IntakeComment = z.infer<typeof intakeCommentSchema>;

export const intakeFeedbackSchema = z
  .object({
    submissionId: submissionIdSchema,
    portal: portalCodeSchema,
    path: z.string().regex(PAGE_PATH, 'a page path starts with "/" and has no spaces, query or control characters').max(INTAKE_LIMITS.path),
    helpful: z.boolean(),
    comment: optional(text(INTAKE_LIMITS.feedback)),
    receivedAt: isoDateTime,
  })
  .strict();
export type IntakeFeedback = z.infer<typeof intakeFeedbackSchema>;

/** A question's standing, as the asker looks it up with the tracking code: nothing personal. */
export const questionStatusSchema = z.object({
  trackingCode: trackingCodeSchema,
  portal: portalCodeSchema,
  progress: z.enum(enumValues('questionProgress')),
  /** The published answer's address on the portal's site, once an approver published it. */
  path: z.string().nullable(),
  askedAt: isoDateTime.nullable(),
  answeredAt: isoDateTime.nullable(),
});
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

/** The portals a submission may name, with where they are served from (for CORS) and whether comments are open. */
export const intakePortalSchema = z.object({ code: portalCodeSchema, name: z.string(), domain: z.string(), language: z.enum(LANGUAGES) });
export type IntakePortal = z.infer<typeof intakePortalSchema>;
