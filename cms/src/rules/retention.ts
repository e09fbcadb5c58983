import type { Core } from '@strapi/strapi';
import { PORTAL_OWNED, RETAINED } from '@qn/content';
import { withoutScope } from '../access/unscoped';
import { refuse } from './errors';

const PORTAL = 'api::portal.portal';
type Uid = Parameters<Core.Strapi['documents']>[0];

/**
 * Published content is never hard-deleted (BRIEF: retention). Deleting a
 * document that is or ever was published is refused; unpublishing needs a
 * reason, written in the record's "withdrawalReason" field first. A portal
 * with content, children or history is archived through the reorganisation
 * command, not deleted.
 */
export function registerRetentionRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();
    if (context.action === 'delete' && RETAINED.has(context.uid)) await refuseDeletingPublished(strapi, context.uid, documentId);
    if (context.action === 'delete' && context.uid === PORTAL) await refuseDeletingUsedPortal(strapi, documentId);
    if (context.action === 'unpublish' && RETAINED.has(context.uid)) await requireReason(strapi, context.uid, documentId);
    return next();
  });
}

/**
 * Published now, or published once: a document that is no longer published
 * went through an unpublish, and every publish keeps a version. Both are
 * read from the append-only audit log and version history, which are never
 * pruned (the outbox is).
 */
async function everPublished(strapi: Core.Strapi, uid: Uid, documentId: string): Promise<boolean> {
  if (await strapi.documents(uid).findOne({ documentId, status: 'published', fields: ['id'] })) return true;
  return withoutScope(strapi, async () => {
    const published = { model: uid, ref: documentId, action: { $in: ['publish', 'unpublish'] }, outcome: 'ok' };
    if ((await strapi.db.query('api::audit-entry.audit-entry').count({ where: published })) > 0) return true;
    return (await strapi.db.query('api::version-snapshot.version-snapshot').count({ where: { model: uid, ref: documentId } })) > 0;
  });
}

async function refuseDeletingPublished(strapi: Core.Strapi, uid: Uid, documentId: string): Promise<void> {
  if (!(await everPublished(strapi, uid, documentId))) return;
  refuse([
    {
      field: 'withdrawalReason',
      message:
        'Nội dung đã từng xuất bản không được xóa (quy định lưu trữ). Hãy nhập lý do vào trường "withdrawalReason" rồi gỡ xuất bản: nội dung được giữ lại, người đọc không còn thấy.',
    },
  ]);
}

async function refuseDeletingUsedPortal(strapi: Core.Strapi, documentId: string): Promise<void> {
  const children = await strapi.documents(PORTAL).count({ filters: { parent: { documentId } } });
  const owned = await Promise.all(
    [...PORTAL_OWNED, 'api::notice.notice'].map((uid) => strapi.documents(uid as Uid).count({ filters: { portal: { documentId } } })),
  );
  const history = await strapi.db.query('api::portal-event.portal-event').count({ where: { portal: { documentId } } });
  if (children === 0 && owned.every((n) => n === 0) && history === 0) return;
  refuse([
    {
      field: 'code',
      message:
        'Cổng đã có cổng cấp dưới, nội dung hoặc lịch sử nên không được xóa. Dùng lệnh "npm run portals -- archive" (lưu trữ, kèm lý do) hoặc "merge" (sáp nhập) để giữ nội dung và chuyển hướng địa chỉ cũ.',
    },
  ]);
}

async function requireReason(strapi: Core.Strapi, uid: Uid, documentId: string): Promise<void> {
  const draft = (await strapi.documents(uid).findOne({ documentId, status: 'draft', fields: ['withdrawalReason'] })) as {
    withdrawalReason?: string | null;
  } | null;
  if (draft?.withdrawalReason?.trim()) return;
  refuse([
    {
      field: 'withdrawalReason',
      message: 'Gỡ xuất bản cần có lý do: nhập lý do vào trường "withdrawalReason" (Lý do gỡ), lưu, rồi gỡ xuất bản.',
    },
  ]);
}
