import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { documentState, draftRow, rowLinks } from './access/document-state';
import { withoutScope } from './access/unscoped';
import { canPublish, currentAccess } from './access/users';
import { contentFields } from './history/snapshots';
import { deny } from './rules/errors';

/** Types with publish-at and unpublish-at fields. */
export const SCHEDULED = ['api::article.article', 'api::notice.notice', 'api::legal-document.legal-document'] as const;
export type ScheduledUid = (typeof SCHEDULED)[number];
export const APPROVAL = 'api::schedule-approval.schedule-approval';
const FIELDS = ['publishAt', 'unpublishAt'] as const;
export type ScheduleField = (typeof FIELDS)[number];
type Row = Record<string, unknown>;

function instant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value as string).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A hash of what readers would see of the draft: its content fields and links, not its workflow fields. */
export async function draftHash(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const state = await withoutScope(strapi, () => documentState(strapi, uid, documentId));
  const draft = draftRow(state);
  if (!draft) return null;
  const rowLinksOfDraft = rowLinks(strapi, uid, draft);
  // A file keeps its id when its bytes are replaced: its content hash is part of what was approved.
  const fileKeys = rowLinksOfDraft.filter((l) => l.target === 'plugin::upload.file').map((l) => l.key);
  const files = fileKeys.length
    ? ((await withoutScope(strapi, () => strapi.db.query('plugin::upload.file').findMany({ where: { documentId: { $in: fileKeys } }, select: ['documentId', 'hash', 'alternativeText', 'caption'] }))) as Row[])
    : [];
  const version = (key: string) => JSON.stringify(files.find((f) => f.documentId === key) ?? null);
  const links = rowLinksOfDraft
    .map((l) => `${l.path} ${l.key}${l.target === 'plugin::upload.file' ? ` ${version(l.key)}` : ''}`)
    .sort();
  return createHash('sha256').update(JSON.stringify({ fields: contentFields(strapi, uid, draft), links })).digest('hex');
}

async function scheduleOf(strapi: Core.Strapi, uid: string, documentId: string | undefined): Promise<Record<ScheduleField, string | null>> {
  const row = documentId
    ? ((await withoutScope(strapi, () =>
        strapi.db.query(uid as never).findOne({ where: { documentId, publishedAt: null }, select: ['publishAt', 'unpublishAt'] }),
      )) as Row | null)
    : null;
  return { publishAt: instant(row?.publishAt), unpublishAt: instant(row?.unpublishAt) };
}

/**
 * Scheduling is approving: only approvers (and province administrators)
 * set, change or clear `publishAt` / `unpublishAt`. Each time they do, and
 * whenever they save a scheduled draft, the platform records who approved
 * which moment and a hash of the draft they approved. The scheduler acts on
 * that approval alone (api::schedule.schedule), so an editor cannot publish
 * by setting a date, and an edit made after the approval stops the
 * scheduled publish.
 */
export function registerScheduleApproval(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as ScheduledUid;
    if (!SCHEDULED.includes(uid) || !['create', 'update', 'clone', 'discardDraft'].includes(context.action)) return next();
    const params = context.params as { documentId?: string };
    const before = await scheduleOf(strapi, uid, context.action === 'create' ? undefined : params.documentId);
    const result = await next();
    const ref = context.action === 'update' || context.action === 'discardDraft' ? params.documentId : (result as { documentId?: string } | null)?.documentId;
    if (!ref) return result;
    const after = await scheduleOf(strapi, uid, ref);
    const changed = FIELDS.filter((f) => before[f] !== after[f]);
    const access = await currentAccess(strapi);
    const approver = access.kind === 'system' || canPublish(access);
    if (changed.length > 0 && !approver) {
      deny(
        'Chỉ người duyệt được đặt, đổi hoặc bỏ lịch xuất bản và gỡ xuất bản (trường "publishAt", "unpublishAt"): gửi duyệt và ghi thời điểm mong muốn trong nhận xét.',
        changed.map((field) => ({ field, message: `Chỉ người duyệt được đặt lịch (trường "${field}").` })),
      );
    }
    // An approver saving a scheduled draft approves it as it now stands; clearing a moment is recorded too, so an older approval cannot come back.
    const touched = FIELDS.filter((f) => after[f] !== null || changed.includes(f));
    if (!approver || touched.length === 0) return result;
    const hash = await draftHash(strapi, uid, ref);
    for (const field of touched) {
      const at = after[field];
      const latest = await latestApproval(strapi, uid, ref, field);
      if (latest && instant(latest.at) === at && latest.contentHash === hash && latest.approverId === (access.user?.id ?? null)) continue;
      await strapi.db.query(APPROVAL as never).create({
        data: {
          model: uid,
          ref,
          field,
          at,
          approverId: access.user?.id ?? null,
          approverEmail: access.user?.email ?? 'system',
          contentHash: hash,
          approvedAt: new Date().toISOString(),
        },
      });
    }
    return result;
  });
}

export interface Approval {
  at: string | null;
  approverId: number | null;
  approverEmail: string;
  contentHash: string | null;
  approvedAt: string;
}

async function latestApproval(strapi: Core.Strapi, uid: string, documentId: string, field: ScheduleField): Promise<(Row & Approval) | null> {
  const [latest] = (await withoutScope(strapi, () =>
    strapi.db.query(APPROVAL as never).findMany({ where: { model: uid, ref: documentId, field }, orderBy: { id: 'desc' }, limit: 1 }),
  )) as Array<Row & Approval>;
  return latest ?? null;
}

/**
 * The approval of this moment for this document and field: the latest one
 * recorded, and only if it is for this very moment (a moment cleared or
 * changed since, then restored by other means, is not approved).
 */
export async function approvalOf(strapi: Core.Strapi, uid: string, documentId: string, field: ScheduleField, at: string): Promise<Approval | null> {
  const latest = await latestApproval(strapi, uid, documentId, field);
  return latest && instant(latest.at) === instant(at) ? latest : null;
}
