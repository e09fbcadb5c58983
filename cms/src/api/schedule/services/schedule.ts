import type { Core } from '@strapi/strapi';
import { recordAudit } from '../../../audit/record';
import { recordCrossedMoments } from '../../../moments';
import { pruneOutbox } from '../../../outbox-prune';

/** Types with publish-at and unpublish-at fields. */
export const SCHEDULED = ['api::article.article', 'api::notice.notice', 'api::legal-document.legal-document'] as const;
const AUTOMATIC_REASON = 'Hết thời gian hiển thị theo lịch đã đặt (trường "unpublishAt").';

type Uid = (typeof SCHEDULED)[number];
interface Due {
  documentId: string;
  at: string;
}

/**
 * Carries out scheduled publishing and withdrawal. The schedule lives in the
 * records' own fields (publishAt / unpublishAt on the draft), so nothing is
 * lost across restarts: every run acts on everything that is due, late or
 * not, then records the notices, consultations, recruitments and legal
 * documents whose displayed state changed with the clock. Runs every minute from cron and once at start-up; `now` is passed in
 * so tests can drive the clock.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(now: Date = new Date()): Promise<{ published: string[]; unpublished: string[]; crossed: number }> {
    const published: string[] = [];
    const unpublished: string[] = [];
    for (const uid of SCHEDULED) {
      for (const due of await dueRows(strapi, uid, 'publishAt', now)) {
        if (await act(strapi, uid, due, 'publish', now)) published.push(due.documentId);
      }
      for (const due of await dueRows(strapi, uid, 'unpublishAt', now)) {
        if (await act(strapi, uid, due, 'unpublish', now)) unpublished.push(due.documentId);
      }
    }
    const crossed = await recordCrossedMoments(strapi, now);
    return { published, unpublished, crossed };
  },

  /** Nightly: removes outbox rows older than `server.outbox.keepDays` (OUTBOX_KEEP_DAYS). */
  pruneOutbox(now: Date = new Date()): Promise<number> {
    return pruneOutbox(strapi, now, strapi.config.get('server.outbox.keepDays', 30) as number);
  },
});

async function dueRows(strapi: Core.Strapi, uid: Uid, field: 'publishAt' | 'unpublishAt', now: Date): Promise<Due[]> {
  const rows = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, [field]: { $notNull: true, $lte: now.toISOString() } },
    select: ['documentId', field],
  })) as Array<Record<string, string>>;
  return rows.map((row) => ({ documentId: row.documentId!, at: row[field]! }));
}

async function act(strapi: Core.Strapi, uid: Uid, due: Due, action: 'publish' | 'unpublish', now: Date): Promise<boolean> {
  const field = action === 'publish' ? 'publishAt' : 'unpublishAt';
  let outcome: 'ok' | 'failed' = 'ok';
  let detail = `${field} ${due.at}`;
  try {
    if (action === 'unpublish') {
      const live = await strapi.documents(uid).findOne({ documentId: due.documentId, status: 'published', fields: ['id'] });
      if (live) {
        await strapi.db.query(uid).updateMany({ where: { documentId: due.documentId, withdrawalReason: null }, data: { withdrawalReason: AUTOMATIC_REASON } });
        await strapi.documents(uid).unpublish({ documentId: due.documentId });
      } else detail += ' (already withdrawn)';
    } else {
      await strapi.documents(uid).publish({ documentId: due.documentId });
    }
  } catch (error) {
    outcome = 'failed';
    detail += `: ${(error as Error).message}`;
    strapi.log.warn(`Scheduled ${action} of ${uid} ${due.documentId} failed: ${(error as Error).message}`);
  }
  // Done or failed, the schedule entry is spent: a refused publish must not be retried every minute.
  await strapi.db.query(uid).updateMany({ where: { documentId: due.documentId }, data: { [field]: null } });
  await recordAudit(strapi, { action, outcome, model: uid, ref: due.documentId, actorEmail: 'scheduler', detail }, now);
  return outcome === 'ok';
}
