/**
 * What the publisher, the dispatcher and CI runs keep in the CMS database
 * (`/api/publisher/*`): one lease so a single process reads the outbox, its
 * fenced cursor, and each portal's build state. Written by the clients,
 * checked by the CMS: one set of rules.
 */
import { z } from 'zod';
import { portalCodeSchema } from '@qn/portal-model';

/** The one outbox consumer: the in-process publisher or the CI dispatcher, never both. */
export const OUTBOX_LEASE = 'outbox';
export const LEASE_NAMES = [OUTBOX_LEASE] as const;

const id = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Who holds a lease: host, process and a random part, printable. */
const holder = z.string().regex(/^[\w.:@/-]{1,200}$/, 'letters, digits and . : @ / - _ (at most 200)');
const name = z.enum(LEASE_NAMES);

export const cursorStateSchema = z
  .object({
    lastEventId: id,
    highest: id,
    gaps: z.array(z.object({ from: id, to: id, since: z.iso.datetime({ offset: true }) }).refine((g) => g.from <= g.to, 'a gap runs forward')).max(10_000),
  })
  .refine((s) => s.highest >= s.lastEventId, 'highest is never below lastEventId');
export type PublisherCursor = z.infer<typeof cursorStateSchema>;

export const leaseRequestSchema = z.strictObject({
  name,
  holder,
  /** How long the lease lasts unless renewed. */
  ttlMs: z.number().int().min(2_000).max(600_000),
});
export const releaseRequestSchema = z.strictObject({ name, holder });
/** A fenced write: accepted only while `holder` holds the lease it was given with `fence` (a 32-bit column). */
const fenced = { name, holder, fence: z.number().int().min(0).max(2_147_483_647) };
export const cursorWriteSchema = z.strictObject({ ...fenced, cursor: cursorStateSchema });
/** The dispatcher asks for these portals to be rebuilt, for outbox rows up to `upTo`. */
export const wantedRequestSchema = z.strictObject({ ...fenced, portals: z.array(portalCodeSchema).min(1).max(1000), upTo: id });
/** What a build did, per portal: the publisher's own, or a CI run's. */
export const buildResultsSchema = z.strictObject({
  results: z
    .array(
      z.strictObject({
        portal: portalCodeSchema,
        ok: z.boolean(),
        /** The request this build covers (the `requested` seen before building); builds before requests need none. */
        seq: id.optional(),
        error: z.string().max(2000).optional(),
        ms: z.number().int().min(0).max(86_400_000).optional(),
        /** Who built it: `publisher`, `ci <run id>`, … */
        by: z.string().regex(/^[\w .:#/@-]{1,120}$/).optional(),
      }),
    )
    .min(1)
    .max(1000),
});

/** One portal's build outcome, as `POST /api/publisher/builds` takes it. */
export type BuildRecord = z.infer<typeof buildResultsSchema>['results'][number];

export interface LeaseAnswer {
  held: boolean;
  holder: string | null;
  /** When the lease ends unless renewed (ISO time). */
  until: string | null;
  /** Grows with every new holder: writes carry it, so a holder that lost the lease cannot write. */
  fence: number;
}

export interface PublisherStateAnswer extends LeaseAnswer {
  cursor: PublisherCursor | null;
}

export interface PortalBuildState {
  portal: string;
  /** The newest outbox row that asked for this portal to be rebuilt (0: none). */
  requested: number;
  /** The newest request a finished build covered. */
  done: number;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  lastMs: number | null;
  lastBy: string | null;
}

export type Parsed<T> = { value: T } | { problem: string };

/** Parses a request body with one of the schemas above; a problem names the field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): Parsed<T> {
  const result = schema.safeParse(body);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0]!;
  return { problem: `${issue.path.join('.') || 'body'}: ${issue.message}`.slice(0, 300) };
}
