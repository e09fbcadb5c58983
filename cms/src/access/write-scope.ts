import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { toOneChange } from '../rules/relations';
import { SCOPED } from './read-scope';
import { canPublish, canWrite, currentAccess, type Access } from './users';

const PORTAL = 'api::portal.portal';
const CATEGORY = 'api::category.category';
const TAG = 'api::tag.tag';
const REQUESTS = 'api::syndication-request.syndication-request';
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
type Uid = Parameters<Core.Strapi['documents']>[0];

export class ScopeError extends errors.ForbiddenError {}

function forbid(message: string): never {
  throw new ScopeError(message);
}

/**
 * Every write is checked against the portals of the user making it, using
 * the data being written as well as the stored record: an editor cannot
 * create a record in, move a record into, or touch a record of a portal not
 * assigned to them, attach another portal's category, or publish (only
 * approvers publish). RBAC conditions filter the admin's lists; this guard
 * holds whatever route the write comes through.
 */
export function registerWriteScope(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action) || !context.uid.startsWith('api::')) return next();
    const access = await currentAccess(strapi);
    if (access.kind !== 'admin' || access.all) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    await check(strapi, access, context.uid, context.action, params);
    return next();
  });
}

async function check(strapi: Core.Strapi, access: Access, uid: string, action: string, params: { data?: Record<string, unknown>; documentId?: string }) {
  if (!canWrite(access)) forbid('Tài khoản chỉ có quyền xem, không được thay đổi nội dung.');
  if (uid === TAG && action === 'create') return;
  // Requests are created by the syndication rules on the author's behalf, and decided under the target portal's check there.
  if (uid === REQUESTS && (action === 'create' || action === 'update')) return;
  if (!SCOPED.includes(uid)) forbid('Chỉ quản trị cấp tỉnh được thay đổi loại nội dung này.');
  if ((action === 'publish' || action === 'unpublish') && !canPublish(access)) {
    forbid('Biên tập viên không được xuất bản hay gỡ xuất bản: gửi bài để người duyệt của cổng xuất bản (trường "reviewState": "submitted").');
  }
  const stored = params.documentId ? await storedPortal(strapi, uid as Uid, params.documentId) : undefined;
  if (stored !== undefined && (stored === null || !access.portals.has(stored))) forbid('Nội dung này thuộc cổng thông tin không được phân công cho bạn.');
  if (!params.data) return;
  const change = toOneChange(params.data.portal);
  if (change.kind === 'set') {
    const target = await portalDocumentId(strapi, change);
    if (!target || !access.portals.has(target)) forbid('Không được đưa nội dung vào cổng thông tin không được phân công cho bạn (trường "portal").');
  } else if (action === 'create' || change.kind === 'cleared') {
    forbid('Chọn một cổng thông tin được phân công cho bạn (trường "portal").');
  }
  await checkCategory(strapi, access, params.data.category);
}

async function storedPortal(strapi: Core.Strapi, uid: Uid, documentId: string): Promise<string | null> {
  const row = (await strapi.db.query(uid).findOne({ where: { documentId }, populate: { portal: { select: ['documentId'] } } })) as {
    portal?: { documentId: string } | null;
  } | null;
  return row?.portal?.documentId ?? null;
}

async function portalDocumentId(strapi: Core.Strapi, change: { documentId?: string; id?: number }): Promise<string | null> {
  if (change.documentId) return change.documentId;
  const row = (await strapi.db.query(PORTAL).findOne({ where: { id: change.id }, select: ['documentId'] })) as { documentId: string } | null;
  return row?.documentId ?? null;
}

/** Shared categories are open to every portal; a portal's own categories only to it. */
async function checkCategory(strapi: Core.Strapi, access: Access, value: unknown): Promise<void> {
  const change = toOneChange(value);
  if (change.kind !== 'set') return;
  const where = change.documentId ? { documentId: change.documentId } : { id: change.id };
  const category = (await strapi.db.query(CATEGORY).findOne({ where, populate: { portal: { select: ['documentId'] } } })) as {
    portal?: { documentId: string } | null;
  } | null;
  if (category?.portal && !access.portals.has(category.portal.documentId)) {
    forbid('Chuyên mục đã chọn thuộc cổng thông tin khác (trường "category").');
  }
}

