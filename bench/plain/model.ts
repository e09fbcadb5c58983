import { portalOrigin } from '@qn/portal-model';
import type { Article, Category, Snapshot, SnapshotPortal } from '@qn/content';

/** What the plain renderer needs per portal: the same data the Astro pages read, grouped in one pass. */
export interface PlainSite {
  portal: SnapshotPortal;
  parent: SnapshotPortal | null;
  children: SnapshotPortal[];
  categories: Category[];
  articles: Article[];
  listed: Article[];
  byCategory: Map<string, Article[]>;
}

export interface PlainModel {
  selected: SnapshotPortal[];
  categoriesBySlug: Map<string, Category>;
  site(code: string): PlainSite;
  origin(code: string): string;
  href(article: Article, fromPortal: string): string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function plainModel(snapshot: Snapshot, urlTemplate: string): PlainModel {
  const byCode = new Map(snapshot.portals.map((p) => [p.code, p]));
  const own = new Map<string, Article[]>();
  const listed = new Map<string, Article[]>();
  const children = new Map<string, SnapshotPortal[]>();
  for (const portal of snapshot.portals) if (portal.parentCode && portal.state === 'active') push(children, portal.parentCode, portal);
  const newestFirst = snapshot.articles.toSorted((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  for (const article of newestFirst) {
    push(own, article.portal, article);
    for (const code of [article.portal, ...article.alsoOn]) push(listed, code, article);
  }
  const only = snapshot.onlyPortals ? new Set(snapshot.onlyPortals) : null;
  const origins = new Map<string, string>();
  const origin = (code: string) => {
    let value = origins.get(code);
    if (!value) origins.set(code, (value = portalOrigin(urlTemplate, byCode.get(code) ?? { code, domain: code })));
    return value;
  };
  return {
    selected: snapshot.portals.filter((p) => (!only || only.has(p.code)) && !(p.state === 'archived' && p.successorCode)),
    categoriesBySlug: new Map(snapshot.categories.map((c) => [c.slug, c])),
    origin,
    href: (article, from) => `${article.portal === from ? '' : origin(article.portal)}/bai-viet/${article.slug}/`,
    site(code) {
      const portal = byCode.get(code)!;
      const categories = snapshot.categories.filter((c) => c.portal === code || (c.portal === null && portal.language === 'vi'));
      const shown = listed.get(code) ?? [];
      const byCategory = new Map<string, Article[]>(categories.map((c) => [c.slug, []]));
      for (const article of shown) if (article.category) byCategory.get(article.category)?.push(article);
      return {
        portal,
        parent: portal.parentCode ? (byCode.get(portal.parentCode) ?? null) : null,
        children: children.get(code) ?? [],
        categories,
        articles: own.get(code) ?? [],
        listed: shown,
        byCategory,
      };
    },
  };
}
