import type { Core } from '@strapi/strapi';

const SUPER_ADMIN = 'strapi-super-admin';

interface AdminUser {
  id: number;
  email?: string;
  roles?: Array<{ code?: string }>;
}

/** The admin user behind the current request; null for scripts and the system itself. */
export function currentUser(strapi: Core.Strapi): AdminUser | null {
  const user = (strapi.requestContext.get() as { state?: { user?: AdminUser } } | undefined)?.state?.user;
  return user ?? null;
}

/**
 * The portals a user may write to, by documentId, or 'all'. Super admins and
 * code without a user (seeds, the reorganisation command) may write
 * everywhere. Portal membership for editors and approvers arrives with the
 * permissions work (issue 4); until then any other user writes nowhere on
 * others' behalf, so what they share becomes a request.
 */
export async function writablePortals(strapi: Core.Strapi, user: AdminUser | null): Promise<'all' | Set<string>> {
  if (!user) return 'all';
  const roles = user.roles ?? (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] }))?.roles ?? [];
  if ((roles as Array<{ code?: string }>).some((r) => r.code === SUPER_ADMIN)) return 'all';
  return new Set();
}
