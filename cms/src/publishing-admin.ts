import type { Core } from '@strapi/strapi';
import { loadEnv } from '@qn/config';
import { OUTBOX_LEASE } from '@qn/content';
import { portalOrigin } from '@qn/portal-model';
import { ADMIN_ONLY } from './access/scoped-types';
import { withoutScope } from './access/unscoped';
import { currentAccess } from './access/users';
import { recordAudit } from './audit/record';
import { OUTBOX_UID, recordEvent } from './outbox';
import { newestEventId, portalBuild, portalBuilds, publisherState } from './publisher-state';
import { visibleNow } from './shown-on';

type Uid = Parameters<Core.Strapi['documents']>[0];
interface Ctx {
  params: Record<string, string>;
  request: { body?: Record<string, unknown> };
  body: unknown;
  throw(status: number, message: string): never;
}

const PORTAL = 'api::portal.portal';
/** The outbox row that asks for one portal's site to be built again, whatever changed. */
export const REBUILD_MODEL = 'rebuild';

const handle = (fn: (ctx: Ctx) => Promise<void>) => (context: unknown) => fn(context as Ctx);

/**
 * The publishing status for province administrators ("Trạng thái xuất
 * bản": the queue, each portal's last build, failures, a rebuild button),
 * and for anyone editing a record, where its page is and whether the
 * published version is live yet.
 */
export function registerPublishingAdmin(strapi: Core.Strapi): void {
  const urlTemplate = loadEnv().sites.urlTemplate;
  const policies = ['admin::isAuthenticatedAdmin'];
  const requireProvince = async (ctx: Ctx) => {
    if (!(await currentAccess(strapi)).all) ctx.throw(403, 'Chỉ quản trị cấp tỉnh được xem trạng thái xuất bản.');
  };
  strapi.server.routes({
    type: 'admin',
    prefix: '/qn-admin',
    routes: [
      {
        method: 'GET',
        path: '/publishing',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          await requireProvince(ctx);
          const [state, builds, newest, portals] = await Promise.all([
            publisherState(strapi, OUTBOX_LEASE),
            portalBuilds(strapi),
            newestEventId(strapi),
            withoutScope(strapi, () => strapi.db.query(PORTAL).findMany({ select: ['code', 'name', 'level', 'domain', 'state'], orderBy: { code: 'asc' } })) as Promise<
              Array<{ code: string; name: string; level: number; domain: string; state: string }>
            >,
          ]);
          const byCode = new Map(builds.map((b) => [b.portal, b]));
          const handled = state.cursor?.lastEventId ?? 0;
          ctx.body = {
            lease: { holder: state.holder, until: state.until },
            outbox: { newest, handled, behind: Math.max(0, newest - handled) },
            portals: portals.map((p) => {
              const build = byCode.get(p.code);
              return {
                code: p.code,
                name: p.name,
                level: p.level,
                state: p.state,
                url: `${portalOrigin(urlTemplate, p)}/`,
                pending: build ? build.requested > build.done : false,
                lastSuccessAt: build?.lastSuccessAt ?? null,
                lastError: build?.lastError ?? null,
                lastErrorAt: build?.lastErrorAt ?? null,
                lastBy: build?.lastBy ?? null,
              };
            }),
          };
        }),
      },
      {
        method: 'POST',
        path: '/publishing/rebuild',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          await requireProvince(ctx);
          const code = ctx.request.body?.portal;
          const portal =
            typeof code === 'string' && /^[a-z0-9-]{1,40}$/.test(code)
              ? ((await withoutScope(strapi, () => strapi.db.query(PORTAL).findOne({ where: { code }, select: ['code'] }))) as { code: string } | null)
              : null;
          if (!portal) return ctx.throw(400, 'Không có cổng thông tin với mã này.');
          // A row the publisher (or dispatcher) reads like any other: that portal's site is built again.
          await recordEvent(strapi, { model: REBUILD_MODEL, ref: portal.code, action: REBUILD_MODEL, reason: 'Quản trị yêu cầu dựng lại', portals: [portal.code] });
          await recordAudit(strapi, { action: 'rebuild', outcome: 'ok', model: PORTAL, ref: portal.code, portal: portal.code });
          ctx.body = { requested: portal.code };
        }),
      },
      {
        method: 'GET',
        path: '/live/:model/:documentId',
        info: { type: 'admin' },
        config: { policies },
        handler: handle(async (ctx) => {
          const { model = '', documentId = '' } = ctx.params;
          // Public content types only: platform records (users, the audit log, …) have no page and are nobody's business here.
          if (!model.startsWith('api::') || ADMIN_ONLY.includes(model) || !strapi.contentTypes[model as Uid]) return ctx.throw(404, 'Không có loại nội dung này.');
          // Read through the document service with the user's read scope: another portal's record answers 404.
          const readable = await strapi.documents(model as Uid).findOne({ documentId, fields: ['documentId'] });
          if (!readable) return ctx.throw(404, 'Không tìm thấy nội dung.');
          const visible = await visibleNow(strapi, model, documentId);
          const address = visible.address ?? null;
          if (!address) {
            ctx.body = { url: null, published: visible.stamp !== null, live: false };
            return;
          }
          const portal = (await withoutScope(strapi, () => strapi.db.query(PORTAL).findOne({ where: { code: address.code }, select: ['code', 'domain'] }))) as { code: string; domain: string } | null;
          // The newest change to what readers of that portal see (a draft save names no portal).
          const rows = (await strapi.db.query(OUTBOX_UID).findMany({ where: { ref: documentId }, orderBy: { id: 'desc' }, limit: 50, select: ['id', 'portals'] })) as Array<{ id: number; portals: unknown }>;
          const event = rows.find((row) => Array.isArray(row.portals) && row.portals.includes(address.code))?.id ?? 0;
          const build = await portalBuild(strapi, address.code);
          ctx.body = {
            url: portal ? `${portalOrigin(urlTemplate, portal)}${address.path}` : null,
            published: visible.stamp !== null,
            // The site of its portal was built from outbox rows up to (at least) this record's newest one.
            live: visible.stamp !== null && build !== null && build.done >= event,
          };
        }),
      },
    ],
  });
}
