/**
 * Addresses of the pages on a portal's site, root-relative to the portal's
 * own domain. Record detail pages are at the record-kind registry's paths
 * (@qn/content), which the search index and reorganisation redirects share.
 */
import { ABOUT_PATH, kindPath } from '@qn/content';

export const PATHS = {
  home: '/',
  news: '/tin-moi/',
  search: '/tim-kiem/',
  about: ABOUT_PATH,
  aboutEn: '/about/',
  documents: kindPath('legalDocuments'),
  // The home page lists the open ones.
  consultations: kindPath('consultations'),
  questions: kindPath('questions'),
  pages: kindPath('pages'),
  articles: kindPath('articles'),
  directory: '/cong-truc-thuoc/',
  linkedSites: '/lien-ket/',
  textSize: '/co-chu/',
  rss: '/rss.xml',
  sitemap: '/sitemap.xml',
  /** The site map for people: every section, register, category and page of the portal. */
  siteMap: '/so-do-trang/',
} as const;

export const categoryPath = (slug: string) => `/chuyen-muc/${slug}/`;
export const categoryRssPath = (slug: string) => `/chuyen-muc/${slug}/rss.xml`;

/**
 * Astro renders every portal under /<code>/ and reports page URLs with that
 * prefix (pagination links); the builder moves each folder to its domain
 * root, so links on the page must not carry it.
 */
export function localPath(url: string, code: string): string {
  const prefix = `/${code}`;
  return url === prefix || url.startsWith(`${prefix}/`) ? url.slice(prefix.length) || '/' : url;
}
