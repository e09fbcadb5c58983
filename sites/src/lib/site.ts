import { forwards, showsCategory } from '@qn/site-model';
import { CONTENT_PATHS, vietnamToday, type Article, type Category, type LinkedSite, type Notice, type Page, type SnapshotPortal } from '@qn/content';
import { buildTree, portalOrigin, type PortalTree } from '@qn/portal-model';
import { buildRegister, type Register } from './documents.ts';
import { buildInput, type BuildInput } from './input.ts';
import { missingAltText } from './media.ts';
import { activeNotices } from './notices.ts';
import { relatedPortals, type RelatedPortals } from './related.ts';
import { recordsByPortal, type PortalRecordSet } from './records.ts';

export { PAGE_SIZE } from '@qn/site-model';

export interface PortalSite {
  portal: SnapshotPortal;
  parent: SnapshotPortal | null;
  children: SnapshotPortal[];
  /** Parent, siblings, children and grandchildren, for the portal directory. */
  related: RelatedPortals;
  /** Categories this portal's readers see: shared ones for Vietnamese portals, plus the portal's own. */
  categories: Category[];
  /** Its own articles, newest first: each has a page on this site. */
  articles: Article[];
  /** Its own and shared-to articles, newest first: what its listings show. */
  listed: Article[];
  byCategory: Map<string, Article[]>;
  records: PortalRecordSet;
  /** Free pages editors put in the navigation. */
  menuPages: Page[];
  /** Banners shown on every page at build time. */
  notices: Notice[];
  /** The legal document register with its filter pages, computed on first use. */
  register(): Register;
}

export interface SiteModel {
  input: BuildInput;
  tree: PortalTree;
  /** The moment the content was read: notices, consultations and validity are judged at it. */
  now: Date;
  /** `now` as a calendar day in Vietnam (YYYY-MM-DD). */
  today: string;
  /** The portals this build renders. */
  selected: SnapshotPortal[];
  categoriesBySlug: Map<string, Category>;
  portalsByCode: Map<string, SnapshotPortal>;
  linkedSites: LinkedSite[];
  site(code: string): PortalSite;
  origin(code: string): string;
  /** An article's address seen from a portal: local for its own, its canonical URL for shared ones. */
  href(article: Article, fromPortal: string): string;
  /** Absolute address of an article on its own portal. */
  canonical(article: Pick<Article, 'portal' | 'slug'>): string;
  /** English and Chinese versions of a Vietnamese article, from the articles in this build. */
  translations(documentId: string): Article[];
}

let model: SiteModel | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const newestFirst = (a: Article, b: Article) => b.publishedAt.localeCompare(a.publishedAt);

export function siteModel(): SiteModel {
  if (model) return model;
  const input = buildInput();
  const { snapshot } = input;
  const result = buildTree(snapshot.portals);
  if (!result.tree) {
    const list = result.problems.map((p) => `${p.code}.${p.field}: ${p.message}`).join('; ');
    throw new Error(`The portal tree in the snapshot is invalid, so no site can link its parent and children: ${list}`);
  }
  const tree = result.tree;
  const now = new Date(snapshot.fetchedAt);
  const portalsByCode = new Map(snapshot.portals.map((p) => [p.code, p]));
  const categoriesBySlug = new Map(snapshot.categories.map((c) => [c.slug, c]));
  const articlesByPortal = new Map<string, Article[]>();
  const listedByPortal = new Map<string, Article[]>();
  const translationsOf = new Map<string, Article[]>();
  for (const article of snapshot.articles) {
    push(articlesByPortal, article.portal, article);
    for (const code of [article.portal, ...article.alsoOn]) push(listedByPortal, code, article);
    if (article.translationOf) push(translationsOf, article.translationOf.documentId, article);
  }
  const records = recordsByPortal(snapshot.records);
  const only = snapshot.onlyPortals ? new Set(snapshot.onlyPortals) : null;
  const sites = new Map<string, PortalSite>();
  const active = (codes: Iterable<{ code: string }>) => [...codes].flatMap((c) => portalsByCode.get(c.code) ?? []).filter((p) => p.state === 'active');

  const site = (code: string): PortalSite => {
    const cached = sites.get(code);
    if (cached) return cached;
    const portal = portalsByCode.get(code);
    if (!portal) throw new Error(`Unknown portal "${code}".`);
    const listed = (listedByPortal.get(code) ?? []).toSorted(newestFirst);
    const categories = snapshot.categories.filter((c) => showsCategory(portal, c));
    const byCategory = new Map<string, Article[]>(categories.map((c) => [c.slug, []]));
    for (const article of listed) if (article.category) byCategory.get(article.category)?.push(article);
    const own = records(code);
    const related = relatedPortals(tree, code, active);
    let register: Register | undefined;
    const built: PortalSite = {
      portal,
      parent: related.parent,
      children: related.children,
      related,
      categories,
      articles: (articlesByPortal.get(code) ?? []).toSorted(newestFirst),
      listed,
      byCategory,
      records: own,
      menuPages: own.pages.filter((p) => p.inMenu),
      notices: activeNotices(snapshot.records.notices, code, now),
      register: () => (register ??= buildRegister(own.legalDocuments, vietnamToday(now), portal.language)),
    };
    sites.set(code, built);
    return built;
  };

  // Every page asks for several origins (its own, its parent's, shared articles' portals): worked out once per portal.
  const origins = new Map<string, string>();
  const origin = (code: string) => {
    let found = origins.get(code);
    if (found === undefined) origins.set(code, (found = portalOrigin(input.settings.urlTemplate, portalsByCode.get(code) ?? { code, domain: code })));
    return found;
  };
  const articlePath = (slug: string) => `${CONTENT_PATHS['api::article.article']}${slug}/`;
  model = {
    input,
    tree,
    now,
    today: vietnamToday(now),
    // Archived portals with a successor are written as redirects by the site builder.
    selected: snapshot.portals.filter((p) => (!only || only.has(p.code)) && !forwards(p)),
    categoriesBySlug,
    portalsByCode,
    linkedSites: snapshot.records.linkedSites.toSorted((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi')),
    site,
    origin,
    href: (article, fromPortal) => `${article.portal === fromPortal ? '' : origin(article.portal)}${articlePath(article.slug)}`,
    canonical: (article) => `${origin(article.portal)}${articlePath(article.slug)}`,
    translations: (documentId) => translationsOf.get(documentId) ?? [],
  };
  warnMissingAltText(model);
  return model;
}

/** Printed once per build, into the build log, so editors' missing descriptions are seen and fixed. */
function warnMissingAltText(built: SiteModel): void {
  const missing = missingAltText(built.input.snapshot.articles, built.input.snapshot.records);
  if (missing.length === 0) return;
  const shown = missing.slice(0, 50).map((m) => `  - ${m.where}: ${m.name}`);
  const more = missing.length > shown.length ? [`  … and ${missing.length - shown.length} more`] : [];
  console.warn(
    [
      `[sites] ${missing.length} image(s) have no alternative text; screen-reader users get no description of them. Add one in the Strapi media library:`,
      ...shown,
      ...more,
    ].join('\n'),
  );
}
