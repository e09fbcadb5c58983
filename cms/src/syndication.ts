import type { Core } from '@strapi/strapi';
import { recordEvent } from './outbox';
import { refuse } from './rules/errors';
import { finalKeys, normaliseRelation } from '@qn/content';
import { portalDocumentIds } from './access/portal-refs';
import { asPlatform, withoutScope } from './access/unscoped';
import { currentAccess } from './access/users';

const ARTICLE = 'api::article.article';
const PORTAL = 'api::portal.portal';
const REQUEST = 'api::syndication-request.syndication-request';

/**
 * One article, one primary portal, shown on every portal in `syndicatedTo`;
 * nothing is copied. Sharing to a portal the editor may not write becomes a
 * pending request that the target portal's editors accept (the portal is
 * then added to the article, published version included) or refuse.
 */
export function registerSyndication(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === ARTICLE && ['create', 'update', 'clone'].includes(context.action)) return shareArticle(strapi, context, next);
    if (context.uid === REQUEST && context.action === 'update') return decideRequest(strapi, context, next);
    return next();
  });
}

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Context = Parameters<Middleware>[0];
type Next = Parameters<Middleware>[1];
type Result = Awaited<ReturnType<Next>>;

async function shareArticle(strapi: Core.Strapi, context: Context, next: Next): Promise<Result> {
  const params = context.params as { data?: Record<string, unknown>; documentId?: string };
  let input = normaliseRelation(params.data?.syndicatedTo);
  // A clone is shared where its source was, through the same request step as any share.
  if (context.action === 'clone' && input.kind === 'absent' && params.documentId) {
    input = { kind: 'set', refs: (await currentTargets(strapi, params.documentId)).map((documentId) => ({ documentId })) };
  }
  if (input.kind === 'absent') return next();
  if (input.kind === 'invalid') refuse([{ field: 'syndicatedTo', message: 'Không đọc được danh sách cổng đăng lại (trường "syndicatedTo").' }]);
  const access = await currentAccess(strapi);
  if (access.kind === 'system' || access.all) return next();
  const current = context.action === 'update' && params.documentId ? await currentTargets(strapi, params.documentId) : [];
  const refs = input.kind === 'set' ? input.refs : [...input.connect, ...input.disconnect];
  const resolved = await portalDocumentIds(strapi, refs);
  if (resolved.includes(null)) refuse([{ field: 'syndicatedTo', message: 'Cổng thông tin đã chọn không tồn tại (trường "syndicatedTo").' }]);
  const wanted = finalKeys(current, input, (r) => resolved[refs.indexOf(r)]!);
  const requested = wanted.filter((portal) => !current.includes(portal) && !access.portals.has(portal));
  if (requested.length === 0) return next();
  // Portals the author may not write become requests; the write keeps the rest, spelled one way.
  params.data = { ...params.data, syndicatedTo: { set: wanted.filter((p) => !requested.includes(p)).map((documentId) => ({ documentId })) } };
  const result = await next();
  const documentId = (result as { documentId?: string } | null)?.documentId ?? (context.action === 'update' ? params.documentId : undefined);
  if (!documentId) return result;
  await asPlatform(strapi, async () => {
    for (const portal of requested) {
      const pending = await strapi.documents(REQUEST).findFirst({
        filters: { article: { documentId }, portal: { documentId: portal }, state: 'pending' },
      });
      if (!pending) {
        await strapi.documents(REQUEST).create({
          data: { article: { connect: [{ documentId }] }, portal: { connect: [{ documentId: portal }] }, state: 'pending', requestedBy: access.user?.email ?? null },
        });
      }
    }
  });
  return result;
}

/** The portals the article's draft is shown on now. */
async function currentTargets(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const row = (await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    populate: { syndicatedTo: { select: ['documentId'] } },
  })) as { syndicatedTo?: Array<{ documentId: string }> } | null;
  return (row?.syndicatedTo ?? []).map((p) => p.documentId);
}

async function decideRequest(strapi: Core.Strapi, context: Context, next: Next): Promise<Result> {
  const params = context.params as { data?: Record<string, unknown>; documentId?: string };
  const state = params.data?.state;
  if (!params.documentId || (state !== 'accepted' && state !== 'refused')) return next();
  // The request links the article's draft, which the target portal's people cannot read; the write guard has already checked the caller.
  const request = (await withoutScope(strapi, () =>
    strapi.documents(REQUEST).findOne({
      documentId: params.documentId!,
      populate: { article: { fields: ['title'] }, portal: { fields: ['code'] } },
    }),
  )) as { state: string; article?: { documentId: string } | null; portal?: { documentId: string; code: string } | null } | null;
  if (!request?.article || !request.portal) return next();
  const access = await currentAccess(strapi);
  if (!access.all && !access.portals.has(request.portal.documentId)) {
    refuse([{ field: 'state', message: `Chỉ biên tập viên của cổng ${request.portal.code} mới được chấp nhận hoặc từ chối yêu cầu này (trường "state").` }]);
  }
  Object.assign(params.data ?? {}, { decidedBy: access.user?.email ?? 'system', decidedAt: new Date().toISOString() });
  const result = await next();
  if (state !== request.state) {
    const { article, portal } = { article: request.article.documentId, portal: request.portal.documentId };
    // Every version of the article, the draft included, which the deciding portal cannot read.
    await withoutScope(strapi, () => setSyndication(strapi, article, portal, state === 'accepted'));
  }
  return result;
}

/** Adds or removes a portal on every version of an article (draft and published) without publishing other draft changes. */
async function setSyndication(strapi: Core.Strapi, article: string, portal: string, shown: boolean): Promise<void> {
  const portalRow = (await strapi.db.query(PORTAL).findOne({ where: { documentId: portal }, select: ['id'] })) as { id: number } | null;
  if (!portalRow) return;
  const rows = (await strapi.db.query(ARTICLE).findMany({ where: { documentId: article }, select: ['id'] })) as Array<{ id: number }>;
  const change = shown ? { connect: [{ id: portalRow.id }] } : { disconnect: [{ id: portalRow.id }] };
  for (const row of rows) await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { syndicatedTo: change } });
  await recordEvent(strapi, { model: ARTICLE, ref: article, action: 'update' });
}
