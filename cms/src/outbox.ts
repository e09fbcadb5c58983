import type { Core } from '@strapi/strapi';
import { RETAINED } from '@qn/content';
import { stalePortals, visibleNow, type Address, type Visible } from './shown-on';

export const OUTBOX_UID = 'api::content-event.content-event';

/** Writes to these types change what readers see: every content type with a portal, and the tree itself. */
const TRACKED = new Set<string>([
  ...RETAINED,
  'api::portal.portal',
  'api::category.category',
  'api::linked-site.linked-site',
  'api::tag.tag',
  'api::syndication-request.syndication-request',
  'api::redirect.redirect',
]);
const WRITES = new Set<string>(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
/** Types whose rows say which portals to rebuild; portals and categories change the tree and headers, planned by the publisher. */
const PLACED = new Set<string>([...RETAINED, 'api::linked-site.linked-site', 'api::tag.tag']);

/**
 * Records every write to public content in the outbox table, in the same
 * database as the content, after the write succeeds. The publisher reads the
 * outbox in order and re-reads each document, so a duplicate row costs one
 * read and a publisher that was down catches up from its cursor. Webhooks are
 * not used: they have no retries and can fire twice with a null entry
 * (docs/adr/0001).
 */
export function registerOutbox(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!TRACKED.has(context.uid) || !WRITES.has(context.action)) return next();
    const placed = PLACED.has(context.uid);
    const existing = documentIdOf(context.params);
    const before = placed && existing ? await visibleNow(strapi, context.uid, existing) : null;
    const result = await next();
    const ref = existing ?? documentIdOf(result);
    if (!ref) return result;
    const after: Visible | null = placed ? await visibleNow(strapi, context.uid, ref) : null;
    // A failure here must not cost the outbox row: the write itself already happened.
    const forwarding =
      before?.address && after?.address
        ? await recordMove(strapi, before.address, after.address).catch((error: unknown) => {
            strapi.log.error(`Could not record that ${context.uid} ${ref} moved: ${(error as Error).message}`);
            return [];
          })
        : [];
    await recordEvent(strapi, {
      model: context.uid,
      ref,
      action: context.action,
      reason: await reasonOf(strapi, context.uid, context.action, ref),
      portals: placed ? [...new Set([...stalePortals(before, after), ...forwarding])].sort() : null,
    });
    return result;
  });
}

export interface OutboxRow {
  model: string;
  ref: string;
  action: string;
  reason?: string | null;
  /**
   * The portals whose pages showed or now show the changed published version
   * ("*": every portal); [] when readers see nothing new; null when the
   * publisher works it out itself (articles moved by a reorganisation, portals, categories).
   */
  portals?: string[] | null;
}

/** Appends one outbox row; also used by writes that bypass the document service (reorganisations, syndication). */
export async function recordEvent(strapi: Core.Strapi, event: OutboxRow): Promise<void> {
  await strapi.db.query(OUTBOX_UID).create({ data: { ...event, reason: event.reason ?? null, portals: event.portals ?? null } });
}

const REDIRECT = 'api::redirect.redirect';

/**
 * A published page moved (a new slug, another portal): its old address
 * forwards to the new one, links to the old address follow along, and an
 * address where a page is published again forwards no more.
 */
async function recordMove(strapi: Core.Strapi, from: Address, to: Address): Promise<string[]> {
  if (from.code === to.code && from.path === to.path) return [];
  const redirects = strapi.db.query(REDIRECT);
  await redirects.deleteMany({ where: { $or: [{ fromCode: to.code, fromPath: to.path }, { fromCode: from.code, fromPath: from.path }] } });
  // Older addresses that forwarded here now forward to the new one; their portals' forwarding pages change.
  const older = (await redirects.findMany({ where: { toCode: from.code, toPath: from.path }, select: ['fromCode'] })) as Array<{ fromCode: string }>;
  await redirects.updateMany({ where: { toCode: from.code, toPath: from.path }, data: { toCode: to.code, toPath: to.path } });
  await redirects.create({ data: { fromCode: from.code, fromPath: from.path, toCode: to.code, toPath: to.path, reason: 'Trang đã đổi địa chỉ' } });
  return older.map((r) => r.fromCode);
}

async function reasonOf(strapi: Core.Strapi, uid: string, action: string, documentId: string): Promise<string | null> {
  if (action !== 'unpublish') return null;
  const draft = (await strapi.documents(uid as Parameters<Core.Strapi['documents']>[0]).findOne({ documentId, status: 'draft', fields: ['withdrawalReason'] })) as {
    withdrawalReason?: string | null;
  } | null;
  return draft?.withdrawalReason ?? null;
}

function documentIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const documentId = (value as { documentId?: unknown }).documentId;
  return typeof documentId === 'string' ? documentId : undefined;
}
