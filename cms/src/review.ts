import type { Core } from '@strapi/strapi';
import { SCOPED } from './access/scoped-types';
import { canPublish, currentAccess } from './access/users';
import { deny, refuse } from './rules/errors';

type Uid = Parameters<Core.Strapi['documents']>[0];

/**
 * Review without Strapi's paid workflows: an editor saves a draft with
 * reviewState "submitted"; an approver of the portal publishes it, or sends
 * it back with reviewState "changes_requested" and a comment. Publishing
 * resets the state so the next edit starts a new round.
 */
export function registerReview(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!SCOPED.includes(context.uid)) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    if ((context.action === 'create' || context.action === 'update') && params.data?.reviewState === 'changes_requested') {
      // The edit form sends every field: an editor saving a draft that was sent back keeps the state, and may.
      const stored = params.documentId
        ? ((await strapi.db.query(context.uid as Uid).findOne({ where: { documentId: params.documentId, publishedAt: null }, select: ['reviewState'] })) as { reviewState?: string } | null)
        : null;
      if (stored?.reviewState !== 'changes_requested') {
        const access = await currentAccess(strapi);
        if (!canPublish(access)) deny('Chỉ người duyệt được trả bài về để sửa (trường "reviewState").');
        const comment = typeof params.data.reviewComment === 'string' ? params.data.reviewComment.trim() : '';
        if (!comment) refuse([{ field: 'reviewComment', message: 'Khi trả bài về, ghi nhận xét cho người viết (trường "reviewComment").' }]);
      }
    }
    if (context.action === 'publish' && params.documentId) {
      // On the draft row itself, so the published copy and the next draft start clean.
      await strapi.db
        .query(context.uid as Uid)
        .updateMany({ where: { documentId: params.documentId, publishedAt: null }, data: { reviewState: 'draft', reviewComment: null } });
    }
    return next();
  });
}
