import { ENUMS, type EnumValue } from './kinds.ts';

/**
 * Whether a legal document is in force on a given day. Expired documents stay
 * online (BRIEF: retention) and are shown as no longer in force, even before
 * an editor updates the recorded validity: the expiry date decides.
 */
export type Validity = EnumValue<'validity'>;

export interface DatedDocument {
  validity: Validity;
  effectiveOn?: string | null;
  expiresOn?: string | null;
}

/** `today` is a YYYY-MM-DD date in the province's time zone. */
export function effectiveValidity(doc: DatedDocument, today: string): Validity {
  if (doc.validity === 'replaced' || doc.validity === 'expired') return doc.validity;
  if (doc.expiresOn && doc.expiresOn < today) return 'expired';
  if (doc.effectiveOn && doc.effectiveOn > today) return 'not_yet_in_force';
  // Recorded as not yet in force: in force once its date has come, and not before a date is given.
  if (doc.validity === 'not_yet_in_force') return doc.effectiveOn ? 'in_force' : 'not_yet_in_force';
  return doc.validity;
}

/** Vietnamese labels of the validities (the registry's, ENUMS.validity). */
export const VALIDITY_LABELS: Readonly<Record<Validity, string>> = Object.fromEntries(
  Object.entries(ENUMS.validity).map(([value, labels]) => [value, labels.vi]),
) as Record<Validity, string>;

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
