import type { Core } from '@strapi/strapi';
import { PORTAL_OWNED } from '@qn/content';
import { isUnscoped } from './unscoped';
import { currentAccess } from './users';

/** Content types whose drafts belong to one portal. */
export const SCOPED = [...PORTAL_OWNED, 'api::notice.notice'];
const REQUESTS = 'api::syndication-request.syndication-request';
const ADMIN_ONLY = ['api::editor-assignment.editor-assignment', 'api::audit-entry.audit-entry', 'api::version-snapshot.version-snapshot'];

type Where = Record<string, unknown>;
interface Event {
  model: { uid: string };
  params: { where?: Where };
}

function narrow(event: Event, condition: Where): void {
  event.params.where = event.params.where ? { $and: [event.params.where, condition] } : condition;
}

/**
 * Reads are scoped in the database layer, below every route: the content
 * manager's lists and views, its relations endpoint and relation pickers
 * (which query the database directly, not through the document service),
 * REST and GraphQL. An editor sees published versions everywhere but drafts
 * only of the portals assigned to them; Content API callers see published
 * versions only.
 */
export function registerReadScope(strapi: Core.Strapi): void {
  const scope = async (event: Event) => {
    if (isUnscoped(strapi)) return;
    const access = await currentAccess(strapi);
    if (access.kind === 'system' || access.all) return;
    const uid = event.model.uid;
    if (access.kind === 'public') {
      if (SCOPED.includes(uid) || uid === 'api::article.article') narrow(event, { publishedAt: { $notNull: true } });
      return;
    }
    const mine = { $in: [...access.portals] };
    if (ADMIN_ONLY.includes(uid)) narrow(event, { id: { $null: true } });
    else if (uid === REQUESTS) narrow(event, { $or: [{ portal: { documentId: mine } }, { requestedBy: access.user?.email ?? '' }] });
    else if (SCOPED.includes(uid)) narrow(event, { $or: [{ publishedAt: { $notNull: true } }, { portal: { documentId: mine } }] });
  };
  strapi.db.lifecycles.subscribe({
    models: [...SCOPED, REQUESTS, ...ADMIN_ONLY],
    beforeFindMany: scope,
    beforeFindOne: scope,
    beforeCount: scope,
  });
}
