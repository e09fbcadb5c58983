/**
 * What every paginated listing (news, a category, the document register and
 * its filters) says about its page: the title with the page number, and the
 * page's own address and its neighbours' on the portal's domain (Astro builds
 * them under /<code>/).
 */
import type { Page } from 'astro';
import { t } from './i18n.ts';
import { localPath } from './paths.ts';
import type { PortalSite } from './site.ts';

export interface PagedView {
  title: string;
  path: string | undefined;
  pagination: { current: number; last: number; prevUrl: string | undefined; nextUrl: string | undefined };
}

export function pagedView(page: Page<unknown>, site: PortalSite, heading: string): PagedView {
  const words = t(site.portal.language);
  const here = (url: string | undefined) => (url ? localPath(url, site.portal.code) : undefined);
  return {
    title: page.currentPage > 1 ? `${heading} - ${words.page} ${page.currentPage}` : heading,
    path: here(page.url.current),
    pagination: { current: page.currentPage, last: page.lastPage, prevUrl: here(page.url.prev), nextUrl: here(page.url.next) },
  };
}
