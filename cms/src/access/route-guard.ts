import type { Core } from '@strapi/strapi';
import { recordAudit } from '../audit/record';
import { checkOwnAccountChange } from './account';
import { scopedDocumentCounts } from './home-counts';
import { checkMediaRequest, checkUploadedFiles, filterFolderTree } from './media-routes';
import { currentAccess, type Access } from './users';
import { errors } from '@strapi/utils';
import { deny } from '../rules/errors';

/** The parts of Koa's context the guard reads. */
export interface RouteCtx {
  method: string;
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown; files?: unknown };
  state: Record<string | symbol, unknown>;
  body: unknown;
  status: number;
}
type Check = (strapi: Core.Strapi, ctx: RouteCtx, access: Access) => Promise<void>;
/** What to do with a reviewed route: let it through (`true`), check it first, or answer it here. */
interface Rule {
  check?: Check;
  /** Replaces Strapi's handler for portal users (its answer would not be scoped). */
  answer?: (strapi: Core.Strapi, ctx: RouteCtx, access: Access) => Promise<unknown>;
  /** Rewrites Strapi's answer for portal users. */
  filter?: (strapi: Core.Strapi, body: unknown, access: Access) => Promise<unknown>;
  /** A write the document service never sees: logged here. */
  audit?: string;
  /** Carries uploaded files: their bytes must match their names, whoever sends them. */
  files?: true;
}

const ALLOW: Rule = {};

/**
 * Every admin route a portal user (editor, approver, reviewer) may call,
 * reviewed one by one. Anything else, including every route a future Strapi
 * or plugin adds, is refused to them until someone adds it here. Province
 * administrators (super admins) are not limited by this list.
 */
export const PORTAL_USER_ROUTES: Readonly<Record<string, Rule>> = {
  // The admin application itself, the user's own account and session.
  'GET /admin/init': ALLOW,
  'GET /admin/project-type': ALLOW,
  'GET /admin/information': ALLOW,
  'GET /admin/telemetry-properties': ALLOW,
  'GET /admin/license-trial-time-left': ALLOW,
  'GET /admin/guided-tour-meta': ALLOW,
  'POST /admin/login': ALLOW,
  'POST /admin/access-token': ALLOW,
  'POST /admin/logout': ALLOW,
  'POST /admin/forgot-password': ALLOW,
  'POST /admin/reset-password': ALLOW,
  'GET /admin/registration-info': ALLOW,
  'POST /admin/register': ALLOW,
  'POST /admin/permissions/check': ALLOW,
  'GET /admin/users/me': ALLOW,
  'PUT /admin/users/me': { check: checkOwnAccountChange },
  'GET /admin/users/me/permissions': ALLOW,
  'GET /admin/users/me/sessions': ALLOW,
  'DELETE /admin/users/me/sessions': ALLOW,
  'DELETE /admin/users/me/sessions/:sessionId': ALLOW,
  'GET /admin/homepage/layout': ALLOW,
  'PUT /admin/homepage/layout': ALLOW,
  'GET /admin/homepage/key-statistics': ALLOW,
  'GET /i18n/locales': ALLOW,
  // Read by the edit view on every open: feature switches and the state of (unused) AI jobs, no content.
  'GET /admin/ai-feature-config': ALLOW,
  'GET /i18n/settings': ALLOW,
  'GET /i18n/ai-localization-jobs/collection-types/:contentType/:documentId': ALLOW,
  // Answers 404 while no preview is configured; a configured one answers a URL for a record the user may read.
  'GET /content-manager/preview/url/:contentType': ALLOW,

  // Content manager: every read passes the database read scope, every write the write guard.
  'GET /content-manager/init': ALLOW,
  'GET /content-manager/content-types': ALLOW,
  'GET /content-manager/content-types-settings': ALLOW,
  'GET /content-manager/content-types/:uid/configuration': ALLOW,
  'GET /content-manager/components': ALLOW,
  'GET /content-manager/components/:uid/configuration': ALLOW,
  'GET /content-manager/relations/:model/:targetField': ALLOW,
  'GET /content-manager/relations/:model/:id/:targetField': ALLOW,
  'GET /content-manager/collection-types/:model': ALLOW,
  'POST /content-manager/collection-types/:model': ALLOW,
  'POST /content-manager/collection-types/:model/clone/:sourceId': ALLOW,
  'POST /content-manager/collection-types/:model/auto-clone/:sourceId': ALLOW,
  'GET /content-manager/collection-types/:model/:id': ALLOW,
  'PUT /content-manager/collection-types/:model/:id': ALLOW,
  'DELETE /content-manager/collection-types/:model/:id': ALLOW,
  'POST /content-manager/collection-types/:model/actions/publish': ALLOW,
  'POST /content-manager/collection-types/:model/:id/actions/publish': ALLOW,
  'POST /content-manager/collection-types/:model/:id/actions/unpublish': ALLOW,
  'POST /content-manager/collection-types/:model/:id/actions/discard': ALLOW,
  'POST /content-manager/collection-types/:model/actions/bulkDelete': ALLOW,
  'POST /content-manager/collection-types/:model/actions/bulkFindForValidation': ALLOW,
  'POST /content-manager/collection-types/:model/actions/bulkPublish': ALLOW,
  'POST /content-manager/collection-types/:model/actions/bulkUnpublish': ALLOW,
  'GET /content-manager/collection-types/:model/:id/actions/countDraftRelations': ALLOW,
  'GET /content-manager/collection-types/:model/actions/countManyEntriesDraftRelations': ALLOW,
  'GET /content-manager/homepage/recent-documents': ALLOW,
  // Strapi counts every portal's documents with raw SQL: portal users get their portals' counts.
  'GET /content-manager/homepage/count-documents': { answer: scopedDocumentCounts },

  // Media library: reads pass the media read scope; every write is checked against the user's portal folders.
  'GET /upload/files': ALLOW,
  'GET /upload/files/:id': ALLOW,
  'GET /upload/folders': ALLOW,
  'GET /upload/folders/:id': ALLOW,
  'GET /upload/configuration': ALLOW,
  'GET /upload/folder-structure': { filter: filterFolderTree },
  'POST /upload/': { check: checkMediaRequest, audit: 'media-upload', files: true },
  'POST /upload/files': { check: checkMediaRequest, audit: 'media-upload', files: true },
  'PUT /upload/files/:id': { check: checkMediaRequest, audit: 'media-update' },
  'POST /upload/files/:id/replace': { check: checkMediaRequest, audit: 'media-replace', files: true },
  'DELETE /upload/files/:id': { check: checkMediaRequest, audit: 'media-delete' },
  'POST /upload/folders': { check: checkMediaRequest, audit: 'media-folder-create' },
  'PUT /upload/folders/:id': { check: checkMediaRequest, audit: 'media-folder-update' },
  'POST /upload/actions/bulk-delete': { check: checkMediaRequest, audit: 'media-bulk-delete' },
  'POST /upload/actions/bulk-move': { check: checkMediaRequest, audit: 'media-bulk-move' },
  'POST /upload/actions/bulk-update': { check: checkMediaRequest, audit: 'media-bulk-update' },

  // The platform's own admin routes (cms/src/admin-routes.ts) check the user themselves.
  'GET /qn-admin/audit.csv': ALLOW,
  'GET /qn-admin/history/:model/:documentId': ALLOW,
  'GET /qn-admin/history/:model/:documentId/diff': ALLOW,
  'POST /qn-admin/history/:model/:documentId/restore': ALLOW,
  // Where a record's page is and whether it is live: answered only for records the user may read.
  'GET /qn-admin/live/:model/:documentId': ALLOW,
  // Drafts sent for review, read only within the user's own portals (cms/src/review-queue.ts).
  'GET /qn-admin/review-queue': ALLOW,
  // Page feedback counted over the user's own portals only (cms/src/feedback-summary.ts).
  'GET /qn-admin/feedback': ALLOW,
};

interface Route {
  method: string;
  path: string;
  config?: { middlewares?: unknown[] } & Record<string, unknown>;
}
interface Router {
  type?: string;
  prefix?: string;
  routes: Route[];
}

export function routeKey(method: string, prefix: string | undefined, path: string): string {
  return `${method.toUpperCase()} ${(prefix ?? '') + path}`;
}

/**
 * Puts the guard in front of every admin route, whoever registers it and
 * whenever: Strapi's own, plugins', and this app's. Content API routes are
 * governed by API token permissions and the write guard instead.
 */
export function registerRouteGuard(strapi: Core.Strapi): void {
  const server = strapi.server as unknown as { routes(router: Router | Router[]): unknown };
  const register = server.routes.bind(server);
  server.routes = (input: Router | Router[]) => {
    for (const router of Array.isArray(input) ? input : [input]) {
      if ((router.type ?? 'admin') !== 'admin') continue;
      for (const route of router.routes ?? []) {
        const key = routeKey(route.method, router.prefix, route.path);
        route.config = { ...route.config, middlewares: [guard(strapi, key), ...(route.config?.middlewares ?? [])] };
      }
    }
    return register(input);
  };
}

/** An error the database raised (a filter its column type cannot take, such as text search in a JSON field on PostgreSQL). */
function isDatabaseError(error: unknown): boolean {
  const { code, routine } = (error ?? {}) as { code?: unknown; routine?: unknown };
  return typeof code === 'string' && (typeof routine === 'string' || code.startsWith('SQLITE_'));
}

/** A read the database cannot run is the request's mistake, not the server's: 400 with what to change, not 500. */
async function readingSafely(ctx: RouteCtx, next: () => Promise<unknown>): Promise<void> {
  try {
    await next();
  } catch (error) {
    if (ctx.method !== 'GET' || !isDatabaseError(error)) throw error;
    throw new errors.ValidationError('Bộ lọc hoặc cách sắp xếp không dùng được với kiểu dữ liệu của trường đã chọn: bỏ bớt điều kiện lọc rồi thử lại.');
  }
}

function guard(strapi: Core.Strapi, key: string) {
  return async (ctx: RouteCtx, rawNext: () => Promise<unknown>) => {
    const next = () => readingSafely(ctx, rawNext);
    const rule = PORTAL_USER_ROUTES[key];
    if (rule?.files) await checkUploadedFiles(ctx);
    const access = await currentAccess(strapi);
    if (access.kind !== 'admin' || access.all) return next();
    if (!rule) {
      strapi.log.warn(`Refused ${key} to portal user #${access.user?.id}: the route is not on the reviewed list (cms/src/access/route-guard.ts).`);
      deny('Chức năng này chỉ dành cho quản trị cấp tỉnh.');
    }
    if (rule.check) await rule.check(strapi, ctx, access);
    if (rule.answer) {
      ctx.body = await rule.answer(strapi, ctx, access);
      return;
    }
    await next();
    if (rule.filter && ctx.status < 300) ctx.body = await rule.filter(strapi, ctx.body, access);
    if (rule.audit && ctx.status < 300) {
      await recordAudit(strapi, { action: rule.audit, outcome: 'ok', model: 'plugin::upload.file', detail: describe(ctx) });
    }
  };
}

/** What a media write touched, for the audit log. */
function describe(ctx: RouteCtx): string {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const parts = [
    ctx.params.id ? `id ${ctx.params.id}` : null,
    Array.isArray(body.fileIds) ? `files ${body.fileIds.join(',')}` : null,
    Array.isArray(body.folderIds) ? `folders ${body.folderIds.join(',')}` : null,
    body.destinationFolderId !== undefined ? `to folder ${String(body.destinationFolderId)}` : null,
    typeof body.name === 'string' ? `name ${body.name}` : null,
  ];
  const result = ctx.body as { data?: unknown } | unknown[] | null;
  const created = Array.isArray(result) ? result.map((f) => (f as { id?: number }).id).join(',') : null;
  return [...parts, created ? `result ${created}` : null].filter(Boolean).join('; ').slice(0, 2000);
}
