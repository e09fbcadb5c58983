import type { Core } from '@strapi/strapi';
import { formatDiff } from '@qn/content';
import { SCOPED } from './access/scoped-types';
import { withoutScope } from './access/unscoped';
import { canPublish, currentAccess } from './access/users';
import { auditCsv } from './audit/export';
import { feedbackSummary } from './feedback-summary';
import { compare, versions } from './history/snapshots';
import { waitingForReview } from './review-queue';

type Uid = Parameters<Core.Strapi['documents']>[0];
interface Ctx {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  request: { body?: Record<string, unknown> };
  body: unknown;
  status: number;
  set(name: string, value: string): void;
  throw(status: number, message: string): never;
}

/** Koa hands the handler its own context type; these routes use the few fields declared above. */
function handle(fn: (ctx: Ctx) => Promise<void>): (context: unknown) => Promise<void> {
  return (context) => fn(context as Ctx);
}

/** May the current admin see (or, with `restore`, change) this document's history? */
async function authorise(strapi: Core.Strapi, ctx: Ctx, restore: boolean): Promise<{ uid: string; documentId: string }> {
  const { model: uid = '', documentId = '' } = ctx.params;
  if (!SCOPED.includes(uid)) ctx.throw(404, `No history is kept for ${uid}.`);
  const access = await currentAccess(strapi);
  if (restore && !canPublish(access)) ctx.throw(403, 'Chỉ người duyệt được khôi phục phiên bản.');
  if (!access.all) {
    const row = (await withoutScope(strapi, () =>
      strapi.db.query(uid as Uid).findOne({ where: { documentId }, populate: { portal: { select: ['documentId'] } } }),
    )) as { portal?: { documentId: string } | null } | null;
    if (!row?.portal || !access.portals.has(row.portal.documentId)) ctx.throw(403, 'Nội dung này thuộc cổng thông tin không được phân công cho bạn.');
  }
  return { uid, documentId };
}

/**
 * Admin-only HTTP endpoints (authenticated like the admin panel itself):
 * the audit log as CSV for province administrators, each document's
 * published versions, their differences and restoring one, the drafts
 * waiting for review and readers' page feedback (each over the user's own
 * portals).
 */
export function registerAdminRoutes(strapi: Core.Strapi): void {
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/qn-admin',
    routes: [
      {
        method: 'GET',
        path: '/review-queue',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          ctx.body = await waitingForReview(strapi);
        }),
      },
      {
        method: 'GET',
        path: '/feedback',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          ctx.body = await feedbackSummary(strapi);
        }),
      },
      {
        method: 'GET',
        path: '/audit.csv',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          if (!(await currentAccess(strapi)).all) ctx.throw(403, 'Chỉ quản trị cấp tỉnh được xem nhật ký.');
          const range: { from?: string; to?: string } = {};
          for (const key of ['from', 'to'] as const) {
            const value: unknown = ctx.query[key];
            if (value === undefined || value === '') continue;
            if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return ctx.throw(400, `"${key}" phải là một thời điểm, ví dụ 2026-12-01 hoặc 2026-12-01T08:00:00Z.`);
            range[key] = new Date(value).toISOString();
          }
          ctx.set('content-type', 'text/csv; charset=utf-8');
          ctx.set('content-disposition', 'attachment; filename="nhat-ky.csv"');
          ctx.body = auditCsv(strapi, range);
        }),
      },
      {
        method: 'GET',
        path: '/history/:model/:documentId',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          const { uid, documentId } = await authorise(strapi, ctx, false);
          ctx.body = (await versions(strapi, uid, documentId)).map(({ version, at, actorEmail, title }) => ({ version, at, actorEmail, title }));
        }),
      },
      {
        method: 'GET',
        path: '/history/:model/:documentId/diff',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          const { uid, documentId } = await authorise(strapi, ctx, false);
          const lines = await compare(strapi, uid, documentId, Number(ctx.query.from), Number(ctx.query.to));
          if (!lines) return ctx.throw(404, 'Không có phiên bản này.');
          ctx.body = { lines, text: formatDiff(lines) };
        }),
      },
      {
        method: 'POST',
        path: '/history/:model/:documentId/restore',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          const { uid, documentId } = await authorise(strapi, ctx, true);
          const wanted = Number(ctx.request.body?.version);
          const version = (await versions(strapi, uid, documentId)).find((v) => v.version === wanted);
          if (!version) return ctx.throw(404, 'Không có phiên bản này.');
          await strapi.documents(uid as Uid).update({ documentId, data: version.data as Record<string, unknown> });
          await strapi.documents(uid as Uid).publish({ documentId });
          const latest = (await versions(strapi, uid, documentId)).at(-1);
          ctx.body = { restored: wanted, version: latest?.version };
        }),
      },
    ],
  });
}
