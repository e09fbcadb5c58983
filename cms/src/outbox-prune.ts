import type { Core } from '@strapi/strapi';
import { OUTBOX_UID, recordEvent } from './outbox';

/** The action of the row that says which rows were removed; its `ref` is the highest removed id. */
export const PRUNED = 'pruned';
const DAY = 86_400_000;

/**
 * Removes outbox rows older than `keepDays` and appends one row saying up
 * to which id rows are gone. A publisher whose cursor is below that id has
 * missed rows and must rebuild everything (packages/publisher does). The
 * rows are hints for the publisher, not a record: the audit log and the
 * version history keep what happened.
 */
export async function pruneOutbox(strapi: Core.Strapi, now: Date, keepDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - keepDays * DAY).toISOString();
  const newest = (await strapi.db.query(OUTBOX_UID).findOne({ where: { createdAt: { $lt: cutoff } }, orderBy: { id: 'desc' }, select: ['id'] })) as {
    id: number;
  } | null;
  if (!newest) return 0;
  // The marker first: if the process dies before the delete, a publisher resyncs for nothing; the other way round it would miss rows.
  await recordEvent(strapi, { model: OUTBOX_UID, ref: String(newest.id), action: PRUNED, reason: `rows up to id ${newest.id}, older than ${keepDays} days, removed` });
  const { count } = await strapi.db.query(OUTBOX_UID).deleteMany({ where: { id: { $lte: newest.id } } });
  strapi.log.info(`Outbox: removed ${count} row(s) older than ${keepDays} days.`);
  return count;
}
