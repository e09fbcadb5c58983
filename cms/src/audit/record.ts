import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { currentAccess } from '../access/users';

export const AUDIT = 'api::audit-entry.audit-entry';
const AUDITED = Symbol('qn-audited');

export interface AuditEntry {
  action: string;
  outcome: 'ok' | 'refused' | 'failed';
  model?: string | null;
  ref?: string | null;
  portal?: string | null;
  beforeHash?: string | null;
  afterHash?: string | null;
  detail?: string | null;
  actorEmail?: string | null;
  actorId?: number | null;
}

/** A stable hash of every stored version of a document (draft and published). */
export async function documentHash(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  const rows = await strapi.db.query(uid as never).findMany({ where: { documentId }, orderBy: { id: 'asc' } });
  if (rows.length === 0) return null;
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** Postgres creates string columns as varchar(255): every value is cut to what its column holds. */
function cut(value: string | null | undefined, length = 255): string | null {
  return value === null || value === undefined ? null : value.slice(0, length);
}

/**
 * Appends one entry. Written with the query engine, below the document
 * service, because the document service refuses every write to the log. A
 * refusal or failure inside a transaction (the content manager wraps a
 * publish and bulk actions in its own) is written once that transaction
 * ends, so its rollback cannot take the entry with it; a kept change is
 * written inside it, so it is logged only if it is kept.
 */
/** Who acted, for writes that no admin user made. */
const ACTORS: Readonly<Record<string, string>> = { system: 'system', intake: 'public-service' };

export async function recordAudit(strapi: Core.Strapi, entry: AuditEntry, now: Date = new Date()): Promise<void> {
  const context = strapi.requestContext.get() as { request?: { ip?: string; method?: string; path?: string }; state?: Record<symbol, unknown> } | undefined;
  if (context?.state && entry.outcome === 'refused') context.state[AUDITED] = true;
  const access = entry.actorEmail === undefined ? await currentAccess(strapi) : null;
  const data = {
    at: now.toISOString(),
    actorEmail: cut(entry.actorEmail ?? access?.user?.email ?? ACTORS[access?.kind ?? ''] ?? null, 200),
    actorId: entry.actorId ?? access?.user?.id ?? null,
    action: cut(entry.action, 40),
    outcome: entry.outcome,
    model: cut(entry.model, 120),
    ref: cut(entry.ref, 64),
    portal: cut(entry.portal, 40),
    ip: cut(context?.request?.ip, 64),
    route: cut(context?.request ? `${context.request.method} ${context.request.path}` : null),
    beforeHash: cut(entry.beforeHash, 64),
    afterHash: cut(entry.afterHash, 64),
    detail: entry.detail?.slice(0, 2000) ?? null,
  };
  const write = () => strapi.db.query(AUDIT as never).create({ data });
  if (entry.outcome === 'ok' || !strapi.db.inTransaction()) {
    await write();
    return;
  }
  const later = () =>
    void write().catch((error: unknown) => strapi.log.error(`Could not write the audit entry ${JSON.stringify(data)}: ${(error as Error).message}`));
  await strapi.db.transaction(async ({ onCommit, onRollback }) => {
    onCommit(later);
    onRollback(later);
  });
}

/** Whether this request already has a refusal in the log (the HTTP layer then does not add a second one). */
export function refusalRecorded(state: Record<symbol, unknown>): boolean {
  return Boolean(state[AUDITED]);
}
