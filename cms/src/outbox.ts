import type { Core } from '@strapi/strapi';

export const OUTBOX_UID = 'api::content-event.content-event';

/** Content whose changes the public sites and the search index show. */
const TRACKED = new Set<string>(['api::article.article', 'api::portal.portal', 'api::category.category']);
const WRITES = new Set<string>(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Records every write to public content in the outbox table, in the same
 * database as the content, after the write succeeds. The publisher reads the
 * outbox in order and re-reads each document, so a duplicate row costs one
 * read and a publisher that was down catches up from its cursor. Webhooks are
 * not used: they have no retries and can fire twice with a null entry.
 */
export function registerOutbox(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (!TRACKED.has(context.uid) || !WRITES.has(context.action)) return result;
    const ref = documentIdOf(context.params) ?? documentIdOf(result);
    if (ref) {
      await strapi.db.query(OUTBOX_UID).create({ data: { model: context.uid, ref, action: context.action } });
    }
    return result;
  });
}

function documentIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const documentId = (value as { documentId?: unknown }).documentId;
  return typeof documentId === 'string' ? documentId : undefined;
}
