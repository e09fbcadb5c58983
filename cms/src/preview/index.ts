import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadEnv } from '@qn/config';
import { CONTENT_TYPES } from '@qn/site-server';
import { withoutScope } from '../access/unscoped';
import { assignedPortals, currentAccess, ROLE_CODES, SUPER_ADMIN, userRoles } from '../access/users';
import { messagePage, PREVIEW_POLICY, previewPage } from './page';
import { createPreviewRenderer, type PreviewRenderer } from './render';
import { previewable, rowWhere, type PreviewTarget } from './snapshot';
import { issueTicket, readTicket, type Ticket } from './ticket';

type Uid = Parameters<Core.Strapi['documents']>[0];
/** Where previews are served, on the CMS's own origin: the admin panel frames them. */
export const PREVIEW_PREFIX = '/qn-preview';


interface Ctx {
  params: Record<string, string | undefined>;
  path: string;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

let renderer: PreviewRenderer | null = null;

let secret: string | undefined;
/** The key tickets are signed with, read from the validated environment once. */
const secretOf = () => (secret ??= loadEnv().cms.secrets.adminJwtSecret);

/**
 * The admin panel's preview handler (config/admin.ts): the address of the
 * record's page built from its draft, for a user who may read the record;
 * null (no preview button) for anyone else and for kinds without a page.
 */
export async function previewUrl(strapi: Core.Strapi, uid: string, params: { documentId?: string; status?: string }): Promise<string | null> {
  const status = params.status === 'published' ? 'published' : 'draft';
  if (!previewable(uid) || !params.documentId) return null;
  const access = await currentAccess(strapi);
  if (access.kind !== 'admin' || !access.user) return null;
  const ability = (strapi.requestContext.get() as { state?: { userAbility?: { can(action: string, subject: string): boolean } } } | undefined)?.state?.userAbility;
  if (!ability?.can('plugin::content-manager.explorer.read', uid)) return null;
  // Read through the user's read scope: another portal's draft is not found.
  const readable = await strapi.documents(uid as Uid).findOne({ documentId: params.documentId, status, fields: ['documentId'] });
  if (!readable) return null;
  const ticket = { uid, documentId: params.documentId, status, user: access.user.id } as const;
  // Another portal's published record is readable, but previews are for the people who work on it.
  if (!(await stillAllowed(strapi, ticket))) return null;
  return `${PREVIEW_PREFIX}/${issueTicket(secretOf(), ticket)}/`;
}

/** The ticket's user must still be active and, unless a province administrator, work on the record's portal. */
async function stillAllowed(strapi: Core.Strapi, ticket: Omit<Ticket, 'exp'>): Promise<boolean> {
  return withoutScope(strapi, async () => {
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: ticket.user }, populate: { roles: { select: ['code'] } } })) as {
      isActive?: boolean;
      blocked?: boolean;
      roles?: Array<{ code: string }>;
    } | null;
    if (!user?.isActive || user.blocked) return false;
    const roles = await userRoles(strapi, { id: ticket.user, roles: user.roles ?? [] });
    if (roles.has(SUPER_ADMIN)) return true;
    if (!Object.values(ROLE_CODES).some((code) => roles.has(code))) return false;
    // The very row the preview shows: a draft moved to another portal is that portal's.
    const row = (await strapi.db.query(ticket.uid as Uid).findOne({ where: rowWhere(ticket), populate: { portal: { select: ['documentId'] } } })) as {
      portal?: { documentId: string } | null;
    } | null;
    const portal = row?.portal?.documentId;
    if (!portal) return false;
    return (await assignedPortals(strapi, ticket.user)).has(portal);
  });
}

function answer(ctx: Ctx, status: number, type: string, body: string | NodeJS.ReadableStream): void {
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
  // Strapi's security headers refuse framing; the preview is framed by the admin panel on this origin, and may run nothing.
  ctx.set('Content-Security-Policy', PREVIEW_POLICY);
  ctx.set('X-Frame-Options', 'SAMEORIGIN');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('X-Robots-Tag', 'noindex, nofollow');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Content-Type-Options', 'nosniff');
}

/** A file of the build, or null: only below `base`, never a dot file. */
async function fileIn(base: string, path: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) return null;
  const file = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  const found = await stat(file).catch(() => null);
  if (found?.isDirectory()) return (await stat(join(file, 'index.html')).catch(() => null))?.isFile() ? join(file, 'index.html') : null;
  return found?.isFile() ? file : null;
}

async function serve(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  const text = ctx.params.ticket ?? '';
  const read = readTicket(secretOf(), text);
  if ('refused' in read) return answer(ctx, 403, 'text/html; charset=utf-8', messagePage(read.refused));
  const { ticket } = read;
  if (!(await stillAllowed(strapi, ticket))) return answer(ctx, 403, 'text/html; charset=utf-8', messagePage('Tài khoản của bạn không còn quyền xem nội dung này.'));
  const target: PreviewTarget = { uid: ticket.uid, documentId: ticket.documentId, status: ticket.status };
  const prefix = `${PREVIEW_PREFIX}/${text}`;
  // What follows the ticket, as requested (still percent-encoded: fileIn decodes it once).
  const rest = ctx.path.startsWith(`${prefix}/`) ? ctx.path.slice(prefix.length + 1) : '';
  const preview = rest === '' ? await renderer!.render(target) : renderer!.current(target);
  if (!preview) return answer(ctx, 404, 'text/html; charset=utf-8', messagePage('Mở lại bản xem trước từ màn hình soạn thảo.'));
  if ('problem' in preview) return answer(ctx, 'busy' in preview ? 503 : 422, 'text/html; charset=utf-8', messagePage(preview.problem));
  const site = resolve(preview.dir, preview.code);
  const file = rest === '' ? join(site, preview.path, 'index.html') : rest.startsWith('_media/') ? await fileIn(resolve(preview.dir, '_media'), rest.slice('_media'.length)) : await fileIn(site, rest);
  if (!file) return answer(ctx, 404, 'text/html; charset=utf-8', messagePage('Trang này không có trong bản xem trước: bản xem trước chỉ dựng trang của nội dung đang soạn.'));
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (!type.startsWith('text/html')) return answer(ctx, 200, type, createReadStream(file));
  // A build replaced while its page was being opened: the page is gone, the next request builds it again.
  const html = await readFile(file, 'utf8').catch(() => null);
  if (html === null) return answer(ctx, 404, 'text/html; charset=utf-8', messagePage('Bản xem trước vừa được dựng lại: tải lại trang.'));
  const note = ticket.status === 'draft' ? 'Bản xem trước — nội dung chưa xuất bản, bạn đọc chưa thấy trang này.' : 'Bản xem trước của phiên bản đã xuất bản.';
  answer(ctx, 200, type, previewPage(html, prefix, note));
}

/** Serves previews at /qn-preview/<ticket>/…; the ticket is the only key (the frame carries no session). */
export function registerPreview(strapi: Core.Strapi): void {
  const config = loadEnv();
  renderer = createPreviewRenderer(strapi, {
    root: join(config.dataDir, 'previews'),
    cmsUrl: config.cms.url,
    // The page's own links are root-relative and pointed into the preview; media are served beside it.
    settings: { urlTemplate: config.sites.urlTemplate, search: { host: config.meili.publicUrl, key: '', index: config.meili.index }, mediaUrl: '/_media' },
  });
  const handler = (context: unknown) => serve(strapi, context as Ctx);
  strapi.server.routes({
    type: 'admin',
    prefix: PREVIEW_PREFIX,
    routes: [
      { method: 'GET', path: '/:ticket/(.*)', info: { type: 'admin' }, config: { auth: false }, handler },
    ],
  } as never);
}
