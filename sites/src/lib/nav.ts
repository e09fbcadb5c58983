/** The links every page of a portal carries: sections in the header, the rest in the footer. */
import { kindPath } from '@qn/content';
import { PATHS } from './paths.ts';
import { LISTED, REGISTERS } from './registers.ts';
import type { Dictionary } from './i18n.ts';
import { siteModel, type PortalSite } from './site.ts';

export interface NavLink {
  href: string;
  label: string;
  lang?: string;
}

/** The registers the law asks every state portal for, in menu order: legal documents, then every listed register (lib/registers.ts). */
export type Section = 'legalDocuments' | (typeof LISTED)[number];
export const SECTIONS: ReadonlyArray<{ key: Section; label: (words: Dictionary) => string }> = [
  { key: 'legalDocuments', label: (w) => w.documents },
  // Every listed register names its menu entry (lib/registers.ts).
  ...LISTED.map((key) => ({ key, label: (w: Dictionary) => REGISTERS[key].menu!(w) })),
];
/**
 * Whether a portal has a register at all: Vietnamese portals always show
 * every one the law asks for, empty or not, so readers find them in the same
 * place on all 188 of them; the English and Chinese portals only those they
 * publish in (no empty, unlinked pages). The one rule for the menu, the pages
 * built and the sitemap.
 */
export function showsSection(site: PortalSite, key: Section): boolean {
  return site.portal.language === 'vi' || site.records[key].length > 0;
}

/** getStaticPaths of a register's index: the selected portals that show it. */
export function sectionPaths(key: Section): Array<{ params: { portal: string } }> {
  const model = siteModel();
  return model.selected.filter((portal) => showsSection(model.site(portal.code), key)).map((portal) => ({ params: { portal: portal.code } }));
}

export function sectionLinks(site: PortalSite, words: Dictionary): NavLink[] {
  return [
    { href: PATHS.home, label: words.home },
    // The English portal's readers want the English introduction; the agency page is in Vietnamese.
    { href: site.portal.language === 'en' ? PATHS.aboutEn : PATHS.about, label: words.about },
    { href: PATHS.news, label: words.news },
    ...SECTIONS.filter((s) => showsSection(site, s.key)).map((s) => ({ href: kindPath(s.key), label: s.label(words) })),
    ...site.menuPages.map((p) => ({ href: `${PATHS.pages}${p.slug}/`, label: p.title })),
  ];
}

export function footerLinks(words: Dictionary): NavLink[] {
  return [
    { href: PATHS.directory, label: words.portalDirectory },
    { href: PATHS.linkedSites, label: words.linkedSites },
    { href: PATHS.textSize, label: words.textSize },
    { href: PATHS.rss, label: words.rss },
    { href: PATHS.siteMap, label: words.siteMap },
    { href: PATHS.sitemap, label: words.sitemap },
  ];
}

/** Whether a navigation link is the current page or the section it belongs to. */
export function isCurrent(href: string, path: string): 'page' | 'true' | undefined {
  if (href === path) return 'page';
  return href !== PATHS.home && path.startsWith(href) ? 'true' : undefined;
}
