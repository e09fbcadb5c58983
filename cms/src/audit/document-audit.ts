import type { Core } from '@strapi/strapi';
import { currentAccess } from '../access/users';
import { withoutScope } from '../access/unscoped';
import { deny } from '../rules/errors';
import { AUDIT, documentHash, recordAudit } from './record';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
/** Bookkeeping types written by the platform itself. */
const UNAUDITED = new Set([AUDIT, 'api::content-event.content-event', 'api::version-snapshot.version-snapshot']);
const APPEND_ONLY = [AUDIT, 'api::version-snapshot.version-snapshot'];

async function portalCode(strapi: Core.Strapi, uid: string, documentId: string | undefined): Promise<string | null> {
  if (!documentId) return null;
  const row = (await strapi.db.query(uid as never).findOne({ where: { documentId }, populate: { portal: { select: ['code'] } } })) as {
    portal?: { code?: string } | null;
    code?: string;
  } | null;
  return row?.portal?.code ?? (uid === 'api::portal.portal' ? (row?.code ?? null) : null);
}

function isRefusal(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'ValidationError' || name === 'ForbiddenError' || name === 'PolicyError' || name === 'UnauthorizedError';
}

/**
 * Every write attempt made through the admin or the APIs is logged, kept or
 * refused, with who, what, which portal, when, from where, and a hash of
 * the document before and after. Registered first, so it sees the refusals
 * of every rule below it. Seeds and other scripts are not logged row by row.
 */
export function registerDocumentAudit(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (APPEND_ONLY.includes(context.uid) && WRITES.has(context.action)) {
      await recordAudit(strapi, { action: context.action, outcome: 'refused', model: context.uid, detail: 'The audit log and version history are append-only.' });
      deny('Nhật ký và lịch sử phiên bản không được sửa hay xóa.');
    }
    if (!WRITES.has(context.action) || !context.uid.startsWith('api::') || UNAUDITED.has(context.uid)) return next();
    if ((await currentAccess(strapi)).kind === 'system') return next();
    const params = context.params as { documentId?: string };
    const audit = (ref: string | undefined) =>
      withoutScope(strapi, async () => ({
        hash: ref ? await documentHash(strapi, context.uid, ref) : null,
        portal: await portalCode(strapi, context.uid, ref),
      }));
    // A clone names its source; what it made is a new document, with nothing before it.
    const existing = context.action === 'clone' || context.action === 'create' ? undefined : params.documentId;
    const before = await audit(existing);
    try {
      const result = await next();
      const ref = existing ?? (result as { documentId?: string } | null)?.documentId;
      const after = await audit(ref);
      await recordAudit(strapi, {
        action: context.action,
        outcome: 'ok',
        model: context.uid,
        ref,
        portal: after.portal ?? before.portal,
        beforeHash: before.hash,
        afterHash: after.hash,
      });
      return result;
    } catch (error) {
      await recordAudit(strapi, {
        action: context.action,
        outcome: isRefusal(error) ? 'refused' : 'failed',
        model: context.uid,
        ref: params.documentId,
        portal: before.portal,
        beforeHash: before.hash,
        detail: (error as Error).message,
      });
      throw error;
    }
  });

  strapi.db.lifecycles.subscribe({
    models: APPEND_ONLY,
    beforeUpdate: appendOnly,
    beforeUpdateMany: appendOnly,
    beforeDelete: appendOnly,
    beforeDeleteMany: appendOnly,
  });
}

function appendOnly(): never {
  throw new Error('The audit log and version history are append-only: rows are never updated or deleted.');
}
