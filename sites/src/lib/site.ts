import type { Article, Category, SnapshotPortal } from '@qn/content';
import { ancestors, buildTree, children, portalOrigin, type PortalTree } from '@qn/portal-model';
import { buildInput, type BuildInput } from './input.ts';

export const PAGE_SIZE = 20;

export interface PortalSite {
  portal: SnapshotPortal;
  parent: SnapshotPortal | null;
  children: SnapshotPortal[];
  /** Categories this portal's readers see: shared ones for Vietnamese portals, plus the portal's own. */
  categories: Category[];
  /** Newest first. */
  articles: Article[];
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
  for (const article of snapshot.articles) {
    articlesByPortal.set(article.portal, [...(articlesByPortal.get(article.portal) ?? []), article]);
  }
  const only = snapshot.onlyPortals ? new Set(snapshot.onlyPortals) : null;
  const sites = new Map<string, PortalSite>();

  const site = (code: string): PortalSite => {
    const cached = sites.get(code);
    if (cached) return cached;
    const portal = portalsByCode.get(code);
    if (!portal) throw new Error(`Unknown portal "${code}".`);
    const articles = (articlesByPortal.get(code) ?? []).toSorted((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    const categories = snapshot.categories.filter((c) => c.portal === code || (c.portal === null && portal.language === 'vi'));
    const byCategory = new Map<string, Article[]>(categories.map((c) => [c.slug, articles.filter((a) => a.category === c.slug)]));
    const parentCode = ancestors(tree, code)[0]?.code;
    const built: PortalSite = {
      portal,
      parent: parentCode ? (portalsByCode.get(parentCode) ?? null) : null,
      children: children(tree, code).flatMap((c) => portalsByCode.get(c.code) ?? []),
      categories,
      articles,
      byCategory,
    };
    sites.set(code, built);
    return built;
  };

  model = {
    input,
    tree,
    selected: snapshot.portals.filter((p) => !only || only.has(p.code)),
    categoriesBySlug,
    site,
    origin: (code) => portalOrigin(input.settings.urlTemplate, portalsByCode.get(code) ?? { code, domain: code }),
  };
  return model;
}
