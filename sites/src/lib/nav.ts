/** The links every page of a portal carries: sections in the header, the rest in the footer. */
import { PATHS } from './paths.ts';
import type { Dictionary } from './i18n.ts';
import type { PortalSite } from './site.ts';

export interface NavLink {
  href: string;
  label: string;
  lang?: string;
}

/**
 * Vietnamese portals always show every section the law asks for, empty or
 * not, so readers find them in the same place on all 188 of them; the English
 * and Chinese portals only the sections they publish in.
 */
export function sectionLinks(site: PortalSite, words: Dictionary): NavLink[] {
  const { records } = site;
  const always = site.portal.language === 'vi';
  const sections: Array<[string, string, number]> = [
    [PATHS.documents, words.documents, records.legalDocuments.length],
    [PATHS.plans, words.navPlans, records.plans.length],
    [PATHS.disclosures, words.navDisclosures, records.disclosures.length],
    [PATHS.recruitments, words.recruitments, records.recruitments.length],
    [PATHS.consultations, words.navConsultations, records.consultations.length],
  ];
  return [
    { href: PATHS.home, label: words.home },
    // The English portal's readers want the English introduction; the agency page is in Vietnamese.
    { href: site.portal.language === 'en' ? PATHS.aboutEn : PATHS.about, label: words.about },
    { href: PATHS.news, label: words.news },
    ...sections.filter(([, , count]) => always || count > 0).map(([href, label]) => ({ href, label })),
    ...site.menuPages.map((p) => ({ href: `${PATHS.pages}${p.slug}/`, label: p.title })),
  ];
}

export function footerLinks(words: Dictionary): NavLink[] {
  return [
    { href: PATHS.directory, label: words.portalDirectory },
    { href: PATHS.linkedSites, label: words.linkedSites },
    { href: PATHS.textSize, label: words.textSize },
    { href: PATHS.rss, label: words.rss },
    { href: PATHS.sitemap, label: words.sitemap },
  ];
}

/** Whether a navigation link is the current page or the section it belongs to. */
export function isCurrent(href: string, path: string): 'page' | 'true' | undefined {
  if (href === path) return 'page';
  return href !== PATHS.home && path.startsWith(href) ? 'true' : undefined;
}
