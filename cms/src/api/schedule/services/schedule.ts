import type { Core } from '@strapi/strapi';
import { recordAudit } from '../../../audit/record';
import { recordCrossedMoments } from '../../../moments';
import { pruneOutbox } from '../../../outbox-prune';
import { approvalOf, draftHash, SCHEDULED, type Approval, type ScheduleField, type ScheduledUid } from '../../../schedule-approval';

const AUTOMATIC_REASON = 'Hết thời gian hiển thị theo lịch đã đặt (trường "unpublishAt").';

type Uid = ScheduledUid;
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

interface Approver {
  id: number;
  email: string;
  isActive: boolean;
  roles: Array<{ code?: string }>;
}

/** Why a due schedule entry may not be carried out, or null when its approval holds (the draft itself is checked as it is published). */
function refusal(approval: Approval | null, approver: Approver | null): string | null {
  if (!approval) return 'no approver approved this schedule';
  if (approval.approverId !== null && !approver?.isActive) return `approver #${approval.approverId} no longer has an active account`;
  return null;
}

/**
 * Runs a scheduled action with the authority of the approver who approved
 * it: every rule of the CMS applies as if they had pressed the button now
 * (they must still be an approver of the document's portal), and the audit
 * log names them. Approvals recorded by scripts act as the system.
 */
async function asApprover(strapi: Core.Strapi, approver: Approver | null, work: () => Promise<void>): Promise<void> {
  if (!approver) return work();
  const context = { state: { user: approver, auth: { strategy: { name: 'admin' } } }, request: { ip: null, method: 'SCHEDULE', path: '/scheduler' } };
  await strapi.requestContext.run(context as never, work);
}

class ChangedSinceApproval extends Error {}

/**
 * Publishes the draft only if it is still what was approved, checked and
 * published in one transaction with the draft row locked (PostgreSQL; SQLite
 * has one writer), so an edit saved between the check and the publish
 * cannot be published with it.
 */
async function publishApproved(strapi: Core.Strapi, uid: Uid, documentId: string, approval: Approval): Promise<void> {
  await strapi.db.transaction(async ({ trx }) => {
    const { client } = (strapi.db as unknown as { dialect: { client: string } }).dialect;
    if (client === 'postgres') {
      const table = (strapi.db.metadata.get(uid) as { tableName: string }).tableName;
      await trx(table).where({ document_id: documentId }).whereNull('published_at').forUpdate().select('id');
    }
    if (approval.contentHash !== (await draftHash(strapi, uid, documentId))) {
      throw new ChangedSinceApproval(`the draft changed after ${approval.approverEmail} approved it at ${approval.approvedAt}`);
    }
    await strapi.documents(uid).publish({ documentId });
  });
}

async function act(strapi: Core.Strapi, uid: Uid, due: Due, action: 'publish' | 'unpublish', now: Date): Promise<boolean> {
  const field: ScheduleField = action === 'publish' ? 'publishAt' : 'unpublishAt';
  const approval = await approvalOf(strapi, uid, due.documentId, field, due.at);
  const approver = approval?.approverId
    ? ((await strapi.db.query('admin::user').findOne({ where: { id: approval.approverId }, populate: ['roles'] })) as Approver | null)
    : null;
  let outcome: 'ok' | 'refused' | 'failed' = 'ok';
  let detail = `${field} ${due.at}${approval ? `, approved by ${approval.approverEmail} at ${approval.approvedAt}` : ''}`;
  const refused = refusal(approval, approver);
  if (refused) {
    outcome = 'refused';
    detail += `: not carried out, ${refused}`;
    strapi.log.warn(`Scheduled ${action} of ${uid} ${due.documentId} refused: ${refused}.`);
  } else {
    try {
      await asApprover(strapi, approver, async () => {
        if (action === 'unpublish') {
          const live = await strapi.documents(uid).findOne({ documentId: due.documentId, status: 'published', fields: ['id'] });
          if (live) {
            await strapi.db.query(uid).updateMany({ where: { documentId: due.documentId, withdrawalReason: null }, data: { withdrawalReason: AUTOMATIC_REASON } });
            await strapi.documents(uid).unpublish({ documentId: due.documentId });
          } else detail += ' (already withdrawn)';
        } else {
          await publishApproved(strapi, uid, due.documentId, approval!);
        }
      });
    } catch (error) {
      outcome = error instanceof ChangedSinceApproval ? 'refused' : 'failed';
      detail += `: ${error instanceof ChangedSinceApproval ? 'not carried out, ' : ''}${(error as Error).message}`;
      strapi.log.warn(`Scheduled ${action} of ${uid} ${due.documentId} failed: ${(error as Error).message}`);
    }
  }
  // Back to the approvers' queue: what was scheduled has not been approved as it stands.
  if (outcome === 'refused' && action === 'publish') {
    await strapi.db.query(uid).updateMany({ where: { documentId: due.documentId, publishedAt: null, reviewState: 'draft' }, data: { reviewState: 'submitted' } });
  }
  // Done, refused or failed, the schedule entry is spent: it must not be retried every minute.
  await strapi.db.query(uid).updateMany({ where: { documentId: due.documentId }, data: { [field]: null } });
  await recordAudit(strapi, { action, outcome, model: uid, ref: due.documentId, actorEmail: approver?.email ?? 'scheduler', actorId: approver?.id ?? null, detail }, now);
  return outcome === 'ok';
}
