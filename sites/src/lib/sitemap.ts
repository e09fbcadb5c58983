/**
 * Every indexable page of a portal with its last modification, for
 * sitemap.xml. Listings take the date of their newest entry; articles shared
 * from other portals are left to their own portal's sitemap (their canonical
 * address is there).
 */
import { contentPath, kindNamed, kindPath } from '@qn/content';
import { newest, sitemapChunks, type SitemapEntry } from './feeds.ts';
import { categoryPath, PATHS } from './paths.ts';
import { SECTIONS, showsSection } from './nav.ts';
import type { PortalSite } from './site.ts';

type Dated = { updatedAt: string };

export function sitemapEntries(site: PortalSite, origin: string): SitemapEntry[] {
  const { records } = site;
  const entries: SitemapEntry[] = [];
  const add = (path: string, lastmod: string | null | undefined) => entries.push({ loc: `${origin}${path}`, lastmod: lastmod ?? null });
  const latest = (items: readonly Dated[]) => newest(items.map((i) => i.updatedAt));
  const listing = (path: string, model: string, items: ReadonlyArray<Dated & { slug: string }>) => {
    add(path, latest(items));
    for (const item of items) add(contentPath(model, item.slug) ?? path, item.updatedAt);
  };

  add(PATHS.home, newest([latest(site.listed.slice(0, 50)), records.agency?.updatedAt]));
  add(PATHS.news, latest(site.listed.slice(0, 50)));
  for (const category of site.categories) add(categoryPath(category.slug), latest((site.byCategory.get(category.slug) ?? []).slice(0, 50)));
  for (const article of site.articles) add(`${PATHS.articles}${article.slug}/`, article.updatedAt);
  add(PATHS.about, records.agency?.updatedAt);
  add(PATHS.aboutEn, records.agency?.updatedAt);
  for (const section of SECTIONS) if (showsSection(site, section.key)) listing(kindPath(section.key), kindNamed(section.key).uid, records[section.key]);
  for (const page of records.pages) add(`${PATHS.pages}${page.slug}/`, page.updatedAt);
  add(PATHS.directory, null);
  add(PATHS.linkedSites, null);
  add(PATHS.siteMap, null);
  return entries;
}

const parts = new Map<string, SitemapEntry[][]>();

/** A portal's sitemap split into files of at most 50,000 addresses, computed once per build (sitemap.xml and its parts both need it). */
export function sitemapParts(site: PortalSite, origin: string): SitemapEntry[][] {
  let split = parts.get(site.portal.code);
  if (!split) {
    split = sitemapChunks(sitemapEntries(site, origin));
    parts.set(site.portal.code, split);
  }
  return split;
}
