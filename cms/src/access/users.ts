import type { Core } from '@strapi/strapi';
import { portalMediaRoots } from './media-folders';
import { isPlatform, perRequest, withoutScope } from './unscoped';

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
  /**
   * system: code without a request (seeds, scheduler, reorganisation);
   * public: Content API callers; intake: the public service's token on the
   * intake routes (cms/src/intake), which may only create readers'
   * submissions; admin: admin panel users.
   */
  kind: 'system' | 'public' | 'intake' | 'admin';
  user: AdminUser | null;
  /** Super admins (province administrators) and the system. */
  all: boolean;
  roles: Set<string>;
  /** documentIds of the portals assigned to the user. */
  portals: Set<string>;
  /** Paths of the media folders of those portals (`/12`): their files and subfolders are the user's. */
  mediaRoots: string[];
}

const ASSIGNMENT = 'api::editor-assignment.editor-assignment';

interface RequestState {
  user?: AdminUser;
  auth?: { strategy?: { name?: string } };
  route?: { info?: { type?: string; apiName?: string; pluginName?: string } };
}

/** Strapi's strategy names for Content API tokens (5.x names it `content-api-token`). */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);
/** The API of the intake routes (cms/src/api/intake): the only Content API routes that write. */
const INTAKE_API = 'intake';

/** Is this an API token's request to one of the intake routes? (Strapi has checked the token's permission for the route.) */
function isIntake(strapi: Core.Strapi): boolean {
  const state = requestState(strapi);
  const info = state?.route?.info;
  return TOKEN_STRATEGIES.has(state?.auth?.strategy?.name ?? '') && info?.type === 'content-api' && info.apiName === INTAKE_API && !info.pluginName;
}

function requestState(strapi: Core.Strapi): RequestState | null {
  return (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state ?? null;
}

/** Strategies that act as an admin user: a session, or an admin API token acting as its owner. */
const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);

/** The admin user behind the current request; null for scripts, the system and Content API callers. */
export function currentUser(strapi: Core.Strapi): AdminUser | null {
  const state = requestState(strapi);
  if (state?.auth?.strategy?.name && !ADMIN_STRATEGIES.has(state.auth.strategy.name)) return null;
  return state?.user ?? null;
}

/** Is this a Content API request (REST or GraphQL, with or without a token)? */
function isContentApi(strapi: Core.Strapi): boolean {
  const context = strapi.requestContext.get() as { state?: RequestState; request?: { path?: string } } | undefined;
  if (!context) return false;
  const strategy = context.state?.auth?.strategy?.name;
  if (strategy) return !ADMIN_STRATEGIES.has(strategy);
  const path = context.request?.path ?? '';
  return path.startsWith('/api/') || path === '/graphql';
}

export async function userRoles(strapi: Core.Strapi, user: AdminUser): Promise<Set<string>> {
  const roles = user.roles?.length
    ? user.roles
    : await perRequest(
        strapi,
        `roles ${user.id}`,
        async () => ((await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] }))?.roles ?? []) as Array<{ code?: string }>,
      );
  return new Set(roles.map((r) => r.code ?? '').filter(Boolean));
}

/**
 * The portals assigned to an admin user, keyed on the user's id: the e-mail
 * is the user's to change, the id is not.
 */
export function assignedPortals(strapi: Core.Strapi, userId: number): Promise<Set<string>> {
  return perRequest(strapi, `portals ${userId}`, async () => {
    const assignment = (await strapi.db.query(ASSIGNMENT).findOne({
      where: { userId },
      populate: { portals: { select: ['documentId'] } },
    })) as { portals?: Array<{ documentId: string }> } | null;
    return new Set((assignment?.portals ?? []).map((p) => p.documentId));
  });
}

/** The media folders a user works in: none for province administrators, who work everywhere. */
export function userMediaRoots(strapi: Core.Strapi, userId: number): Promise<string[]> {
  return perRequest(strapi, `media ${userId}`, async () => {
    const roles = await userRoles(strapi, { id: userId });
    if (roles.has(SUPER_ADMIN)) return [];
    return portalMediaRoots(strapi, await assignedPortals(strapi, userId));
  });
}

const CACHE = Symbol('qn-access');

/**
 * The current request's access, computed once and kept on the request state
 * (the guards ask for it several times per write).
 */
export async function currentAccess(strapi: Core.Strapi): Promise<Access> {
  const context = strapi.requestContext.get() as { state?: Record<string | symbol, unknown> } | undefined;
  if (isPlatform(strapi)) return { kind: 'system', user: null, all: true, roles: new Set(), portals: new Set(), mediaRoots: [] };
  const cached = context?.state?.[CACHE] as Access | undefined;
  if (cached) return cached;
  const user = currentUser(strapi);
  let access: Access;
  const none = { roles: new Set<string>(), portals: new Set<string>(), mediaRoots: [] };
  if (isContentApi(strapi)) access = { kind: isIntake(strapi) ? 'intake' : 'public', user: null, all: false, ...none };
  else if (!user) access = { kind: 'system', user: null, all: true, ...none };
  else {
    // The lookups below are themselves database reads: they must not go through the read scope they feed.
    access = await withoutScope(strapi, async () => {
      const roles = await userRoles(strapi, user);
      const all = roles.has(SUPER_ADMIN);
      if (all) return { kind: 'admin' as const, user, all, ...none, roles };
      return { kind: 'admin' as const, user, all, roles, portals: await assignedPortals(strapi, user.id), mediaRoots: await userMediaRoots(strapi, user.id) };
    });
  }
  // Not cached while a request is still unauthenticated: its user, or its token's route (the intake), is not known yet.
  const authenticated = Boolean((context?.state as RequestState | undefined)?.auth?.strategy);
  if (context?.state && access.kind !== 'system' && (authenticated || access.kind === 'admin')) context.state[CACHE] = access;
  return access;
}

export function canPublish(access: Access): boolean {
  return access.all || access.roles.has(ROLE_CODES.approver);
}

export function canWrite(access: Access): boolean {
  return access.all || access.roles.has(ROLE_CODES.approver) || access.roles.has(ROLE_CODES.editor);
}

/**
 * Assignments made before they were keyed on the user id get it from the
 * e-mail they were made for, once, at the first start after the upgrade
 * (when no assignment has a user id yet). Later, an assignment without a
 * user id is never linked by e-mail: whoever holds an address at some
 * restart is not necessarily the person it was made for. `npm run editors`
 * sets the user id.
 */
export async function linkAssignmentsToUsers(strapi: Core.Strapi): Promise<number> {
  const rows = (await strapi.db.query(ASSIGNMENT).findMany({ where: { userId: null }, select: ['id', 'email'] })) as Array<{ id: number; email: string }>;
  if (rows.length === 0) return 0;
  if ((await strapi.db.query(ASSIGNMENT).count({ where: { userId: { $notNull: true } } })) > 0) {
    strapi.log.warn(`${rows.length} editor assignment(s) name no user (${rows.map((r) => r.email).join(', ')}): they give no access until \`npm run editors\` provisions them.`);
    return 0;
  }
  let linked = 0;
  for (const row of rows) {
    const user = (await strapi.db.query('admin::user').findOne({ where: { email: row.email.toLowerCase() }, select: ['id'] })) as { id: number } | null;
    if (!user) continue;
    await strapi.db.query(ASSIGNMENT).update({ where: { id: row.id }, data: { userId: user.id } });
    linked += 1;
  }
  return linked;
}
