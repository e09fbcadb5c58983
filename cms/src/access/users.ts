import type { Core } from '@strapi/strapi';
import { withoutScope } from './unscoped';

export const SUPER_ADMIN = 'strapi-super-admin';
export const ROLE_CODES = { editor: 'qn-portal-editor', approver: 'qn-portal-approver', reviewer: 'qn-reviewer' } as const;
export type PortalRole = keyof typeof ROLE_CODES;

export interface AdminUser {
  id: number;
  email?: string;
  roles?: Array<{ code?: string }>;
}

/** What a user may do, resolved once per request. */
export interface Access {
  /** system: code without a request (seeds, scheduler, reorganisation); public: Content API callers; admin: admin panel users. */
  kind: 'system' | 'public' | 'admin';
  user: AdminUser | null;
  /** Super admins (province administrators) and the system. */
  all: boolean;
  roles: Set<string>;
  /** documentIds of the portals assigned to the user. */
  portals: Set<string>;
}

const ASSIGNMENT = 'api::editor-assignment.editor-assignment';

interface RequestState {
  user?: AdminUser;
  auth?: { strategy?: { name?: string } };
  route?: { info?: { type?: string } };
}

function requestState(strapi: Core.Strapi): RequestState | null {
  return (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state ?? null;
}

/** The admin user behind the current request; null for scripts, the system and Content API callers. */
export function currentUser(strapi: Core.Strapi): AdminUser | null {
  const state = requestState(strapi);
  if (state?.auth?.strategy?.name && state.auth.strategy.name !== 'admin') return null;
  return state?.user ?? null;
}

/** Is this a Content API request (REST or GraphQL, with or without a token)? */
function isContentApi(strapi: Core.Strapi): boolean {
  const context = strapi.requestContext.get() as { state?: RequestState; request?: { path?: string } } | undefined;
  if (!context) return false;
  const strategy = context.state?.auth?.strategy?.name;
  if (strategy) return strategy !== 'admin';
  const path = context.request?.path ?? '';
  return path.startsWith('/api/') || path === '/graphql';
}

export async function userRoles(strapi: Core.Strapi, user: AdminUser): Promise<Set<string>> {
  const roles = user.roles?.length ? user.roles : ((await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] }))?.roles ?? []);
  return new Set((roles as Array<{ code?: string }>).map((r) => r.code ?? '').filter(Boolean));
}

export async function assignedPortals(strapi: Core.Strapi, email: string | undefined): Promise<Set<string>> {
  if (!email) return new Set();
  const assignment = (await strapi.db.query(ASSIGNMENT).findOne({
    where: { email: email.toLowerCase() },
    populate: { portals: { select: ['documentId'] } },
  })) as { portals?: Array<{ documentId: string }> } | null;
  return new Set((assignment?.portals ?? []).map((p) => p.documentId));
}

const CACHE = Symbol('qn-access');

/**
 * The current request's access, computed once and kept on the request state
 * (the guards ask for it several times per write).
 */
export async function currentAccess(strapi: Core.Strapi): Promise<Access> {
  const context = strapi.requestContext.get() as { state?: Record<string | symbol, unknown> } | undefined;
  const cached = context?.state?.[CACHE] as Access | undefined;
  if (cached) return cached;
  const user = currentUser(strapi);
  let access: Access;
  if (isContentApi(strapi)) access = { kind: 'public', user: null, all: false, roles: new Set(), portals: new Set() };
  else if (!user) access = { kind: 'system', user: null, all: true, roles: new Set(), portals: new Set() };
  else {
    // The lookups below are themselves database reads: they must not go through the read scope they feed.
    access = await withoutScope(strapi, async () => {
      const roles = await userRoles(strapi, user);
      const all = roles.has(SUPER_ADMIN);
      return { kind: 'admin' as const, user, all, roles, portals: all ? new Set<string>() : await assignedPortals(strapi, user.email) };
    });
  }
  // Not cached while a request is still unauthenticated: its user is not known yet.
  if (context?.state && access.kind !== 'system') context.state[CACHE] = access;
  return access;
}

export function canPublish(access: Access): boolean {
  return access.all || access.roles.has(ROLE_CODES.approver);
}

export function canWrite(access: Access): boolean {
  return access.all || access.roles.has(ROLE_CODES.approver) || access.roles.has(ROLE_CODES.editor);
}
