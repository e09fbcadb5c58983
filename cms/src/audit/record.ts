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

/**
 * Appends one entry. Written with the query engine, below the document
 * service, because the document service refuses every write to the log.
 */
export async function recordAudit(strapi: Core.Strapi, entry: AuditEntry, now: Date = new Date()): Promise<void> {
  const context = strapi.requestContext.get() as { request?: { ip?: string; method?: string; path?: string }; state?: Record<symbol, unknown> } | undefined;
  if (context?.state && entry.outcome === 'refused') context.state[AUDITED] = true;
  const access = entry.actorEmail === undefined ? await currentAccess(strapi) : null;
  await strapi.db.query(AUDIT as never).create({
    data: {
      at: now.toISOString(),
      actorEmail: entry.actorEmail ?? access?.user?.email ?? (access?.kind === 'system' ? 'system' : null),
      actorId: entry.actorId ?? access?.user?.id ?? null,
      action: entry.action,
      outcome: entry.outcome,
      model: entry.model ?? null,
      ref: entry.ref ?? null,
      portal: entry.portal ?? null,
      ip: context?.request?.ip ?? null,
      route: context?.request ? `${context.request.method} ${context.request.path}`.slice(0, 300) : null,
      beforeHash: entry.beforeHash ?? null,
      afterHash: entry.afterHash ?? null,
      detail: entry.detail?.slice(0, 2000) ?? null,
    },
  });
}

/** Whether this request already has a refusal in the log (the HTTP layer then does not add a second one). */
export function refusalRecorded(state: Record<symbol, unknown>): boolean {
  return Boolean(state[AUDITED]);
}
