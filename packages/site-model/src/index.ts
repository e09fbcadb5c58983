/**
 * What each portal's site shows, decided once for the sites (sites/), the
 * site builder and the publisher: which categories a portal lists, whether
 * an archived portal forwards instead of being rendered, and how many items
 * a listing page holds. Pure: no I/O.
 */
import type { Category, SnapshotPortal } from '@qn/content';

/** Items on one page of a listing (news, a category, the document register). */
export const PAGE_SIZE = 20;

type PortalLike = Pick<SnapshotPortal, 'code' | 'language'>;

/** A portal lists its own categories, and the shared ones (no owner) when it is Vietnamese. */
export function showsCategory(portal: PortalLike, category: Pick<Category, 'portal'>): boolean {
  return category.portal === portal.code || (category.portal === null && portal.language === 'vi');
}

/**
 * The portals whose pages name a category (its name is in their header):
 * its owner, or every Vietnamese portal for a shared one or one whose owner
 * is no longer known.
 */
export function portalsShowingCategory(owner: string | null | undefined, portals: readonly PortalLike[]): string[] {
  return owner ? [owner] : portals.filter((p) => showsCategory(p, { portal: null })).map((p) => p.code);
}

/** Archived portals with a successor are served as forwards to it, not rendered. */
export function forwards(portal: Pick<SnapshotPortal, 'state' | 'successorCode'>): boolean {
  return portal.state === 'archived' && portal.successorCode !== null;
}
