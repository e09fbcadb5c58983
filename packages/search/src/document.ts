import { blocksToText, type Article, type Category } from '@qn/content';
import { scopeCodes, type PortalTree } from '@qn/portal-model';

/** One article as the search index holds it. Field names are the public search contract. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  text: string;
  /** Primary portal code. */
  portal: string;
  portalName: string;
  /** The portal's code and its ancestors' codes: "search this portal and below" is `scope = code`. */
  scope: string[];
  category: string | null;
  categoryName: string | null;
  language: string;
  /** Root-relative path on the portal's site. */
  path: string;
  /** Unix seconds, for sorting and display. */
  publishedAt: number;
  /** The published version's ISO timestamps, to tell whether the index is current. */
  version: string;
}

/** Bodies are cut to keep the index small; the first part carries the relevant words. */
const MAX_TEXT = 4000;

export function articlePath(slug: string): string {
  return `/bai-viet/${slug}/`;
}

export function articleVersion(article: Pick<Article, 'publishedAt' | 'updatedAt'>): string {
  return `${article.publishedAt}|${article.updatedAt}`;
}

export function toSearchDocument(article: Article, tree: PortalTree, categories: ReadonlyMap<string, Category>): SearchDocument | null {
  const portal = tree.byCode.get(article.portal);
  if (!portal) return null;
  const category = article.category ? categories.get(article.category) : undefined;
  return {
    id: article.documentId,
    title: article.title,
    summary: article.summary ?? '',
    text: blocksToText(article.body).slice(0, MAX_TEXT).normalize('NFC'),
    portal: portal.code,
    portalName: portal.name,
    scope: scopeCodes(tree, portal.code),
    category: category?.slug ?? null,
    categoryName: category?.name ?? null,
    language: portal.language,
    path: articlePath(article.slug),
    publishedAt: Math.floor(Date.parse(article.publishedAt) / 1000),
    version: articleVersion(article),
  };
}
