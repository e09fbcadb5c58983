import { CONTENT_PATHS, type Article, type Category, type SnapshotPortal } from '@qn/content';
import { ancestors, buildTree, children, portalOrigin, type PortalTree } from '@qn/portal-model';
import { buildInput, type BuildInput } from './input.ts';

export const PAGE_SIZE = 20;

export interface PortalSite {
  portal: SnapshotPortal;
  parent: SnapshotPortal | null;
  children: SnapshotPortal[];
  /** Categories this portal's readers see: shared ones for Vietnamese portals, plus the portal's own. */
  categories: Category[];
  /** Its own articles, newest first: each has a page on this site. */
  articles: Article[];
  /** Its own and shared-to articles, newest first: what its listings show. */
  listed: Article[];
  byCategory: Map<string, Article[]>;
}

export interface SiteModel {
  input: BuildInput;
  tree: PortalTree;
  /** The portals this build renders. */
  selected: SnapshotPortal[];
  categoriesBySlug: Map<string, Category>;
  site(code: string): PortalSite;
  origin(code: string): string;
  /** An article's address seen from a portal: local for its own, its canonical URL for shared ones. */
  href(article: Article, fromPortal: string): string;
}

let model: SiteModel | undefined;

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
  const portalsByCode = new Map(snapshot.portals.map((p) => [p.code, p]));
  const categoriesBySlug = new Map(snapshot.categories.map((c) => [c.slug, c]));
  const articlesByPortal = new Map<string, Article[]>();
  const listedByPortal = new Map<string, Article[]>();
  const add = (map: Map<string, Article[]>, code: string, article: Article) => map.set(code, [...(map.get(code) ?? []), article]);
  for (const article of snapshot.articles) {
    add(articlesByPortal, article.portal, article);
    for (const code of [article.portal, ...article.alsoOn]) add(listedByPortal, code, article);
  }
  const newestFirst = (a: Article, b: Article) => b.publishedAt.localeCompare(a.publishedAt);
  const only = snapshot.onlyPortals ? new Set(snapshot.onlyPortals) : null;
  const sites = new Map<string, PortalSite>();

  const site = (code: string): PortalSite => {
    const cached = sites.get(code);
    if (cached) return cached;
    const portal = portalsByCode.get(code);
    if (!portal) throw new Error(`Unknown portal "${code}".`);
    const articles = (articlesByPortal.get(code) ?? []).toSorted(newestFirst);
    const listed = (listedByPortal.get(code) ?? []).toSorted(newestFirst);
    const categories = snapshot.categories.filter((c) => c.portal === code || (c.portal === null && portal.language === 'vi'));
    const byCategory = new Map<string, Article[]>(categories.map((c) => [c.slug, listed.filter((a) => a.category === c.slug)]));
    const parentCode = ancestors(tree, code)[0]?.code;
    const built: PortalSite = {
      portal,
      parent: parentCode ? (portalsByCode.get(parentCode) ?? null) : null,
      children: children(tree, code).flatMap((c) => portalsByCode.get(c.code) ?? []).filter((c) => c.state === 'active'),
      categories,
      articles,
      listed,
      byCategory,
    };
    sites.set(code, built);
    return built;
  };

  const origin = (code: string) => portalOrigin(input.settings.urlTemplate, portalsByCode.get(code) ?? { code, domain: code });
  model = {
    input,
    tree,
    // Archived portals with a successor are written as redirects by the site builder.
    selected: snapshot.portals.filter((p) => (!only || only.has(p.code)) && !(p.state === 'archived' && p.successorCode)),
    categoriesBySlug,
    site,
    origin,
    href: (article, fromPortal) => `${article.portal === fromPortal ? '' : origin(article.portal)}${CONTENT_PATHS['api::article.article']}${article.slug}/`,
  };
  return model;
}
