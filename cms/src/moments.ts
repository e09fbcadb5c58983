import type { Core } from '@strapi/strapi';
import { vietnamToday } from '@qn/content';
import { recordEvent } from './outbox';
import { EVERY_PORTAL } from './shown-on';

/**
 * Published records whose look depends on the clock: a notice shows between
 * its start and end, a consultation is open between its dates, a recruitment
 * until its deadline, a legal document is in force from its effective date
 * until its expiry. Static pages judge these at build time, so crossing one
 * of these moments must rebuild the record's portal.
 */
const MOMENTS = [
  { uid: 'api::notice.notice', field: 'startsAt', kind: 'datetime' },
  { uid: 'api::notice.notice', field: 'endsAt', kind: 'datetime' },
  { uid: 'api::consultation.consultation', field: 'opensAt', kind: 'datetime' },
  { uid: 'api::consultation.consultation', field: 'closesAt', kind: 'datetime' },
  { uid: 'api::recruitment.recruitment', field: 'deadline', kind: 'date' },
  { uid: 'api::legal-document.legal-document', field: 'effectiveOn', kind: 'date' },
  { uid: 'api::legal-document.legal-document', field: 'expiresOn', kind: 'date' },
] as const;

const CURSOR = { type: 'api', name: 'schedule' } as const;
const CURSOR_KEY = 'momentsCheckedUntil';

interface Row {
  documentId: string;
  portal?: { code?: string | null } | null;
  [field: string]: unknown;
}

/**
 * Writes an outbox row (action "time") for every published record whose
 * moment fell between the previous check and `now`, naming its portal, so
 * the publisher rebuilds it. The previous check is stored in the database:
 * moments that pass while the CMS is down are caught at the next start. The
 * first check ever only sets the mark (the sites built then judge the clock
 * themselves). Date fields are days in Vietnam and count as crossed when a
 * new day begins on the date or the day after it (in force from the
 * effective date; open through the deadline day).
 */
export async function recordCrossedMoments(strapi: Core.Strapi, now: Date): Promise<number> {
  const store = strapi.store(CURSOR);
  const previous = (await store.get({ key: CURSOR_KEY })) as string | null;
  if (previous === now.toISOString()) return 0;
  if (previous && previous > now.toISOString()) {
    // The clock went back: moments after `now` are crossed again as it moves on.
    await store.set({ key: CURSOR_KEY, value: now.toISOString() });
    return 0;
  }
  let written = 0;
  if (previous) {
    const since = new Date(previous);
    const [fromDay, toDay] = [vietnamToday(since), vietnamToday(now)];
    for (const moment of MOMENTS) {
      const range =
        moment.kind === 'datetime' ? { $gt: since.toISOString(), $lte: now.toISOString() } : fromDay < toDay ? { $gte: fromDay, $lte: toDay } : null;
      if (!range) continue;
      const rows = (await strapi.db.query(moment.uid).findMany({
        where: { publishedAt: { $notNull: true }, [moment.field]: range },
        select: ['documentId', moment.field],
        populate: { portal: { select: ['code'] } },
      })) as Row[];
      for (const row of rows) {
        const portals = [row.portal?.code ?? EVERY_PORTAL];
        await recordEvent(strapi, { model: moment.uid, ref: row.documentId, action: 'time', reason: `${moment.field} ${String(row[moment.field])}`, portals });
        written += 1;
      }
    }
  }
  await store.set({ key: CURSOR_KEY, value: now.toISOString() });
  return written;
}
