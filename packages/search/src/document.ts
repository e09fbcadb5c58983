import { createHash } from 'node:crypto';
import { blocksToText, CONTENT_PATHS, type Article } from '@qn/content';
import { scopeCodes, type PortalTree } from '@qn/portal-model';

/** One article as the search index holds it. Field names are the public search contract. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  text: string;
  /** Primary portal code. */
  portal: string;
  /** Portals the article is shared to. */
  alsoOn: string[];
  portalName: string;
  /** The portal's domain, for building the article's address with the deployment's URL template. */
  domain: string;
  /** The codes of its portals (own and shared-to) and their ancestors: "search this portal and below" is `scope = code`. */
  scope: string[];
  category: string | null;
  language: string;
  /** Root-relative path on the portal's site. */
  path: string;
  /** Unix seconds, for sorting and display. */
  publishedAt: number;
  /** A hash of every other field: the index is current for an article when it matches. */
  version: string;
}

/** Bodies are cut to keep the index small; the first part carries the relevant words. */
const MAX_TEXT = 4000;

export function articlePath(slug: string): string {
  return `${CONTENT_PATHS['api::article.article']}${slug}/`;
}

export function toSearchDocument(article: Article, tree: PortalTree): SearchDocument | null {
  const portal = tree.byCode.get(article.portal);
  if (!portal) return null;
  const doc: Omit<SearchDocument, 'version'> = {
    id: article.documentId,
    title: article.title,
    summary: article.summary ?? '',
    text: blocksToText(article.body).slice(0, MAX_TEXT).normalize('NFC'),
    portal: portal.code,
    alsoOn: article.alsoOn.filter((code) => tree.byCode.has(code)),
    portalName: portal.name,
    domain: portal.domain,
    scope: [...new Set([portal.code, ...article.alsoOn].filter((code) => tree.byCode.has(code)).flatMap((code) => scopeCodes(tree, code)))],
    category: article.category,
    language: portal.language,
    path: articlePath(article.slug),
    publishedAt: Math.floor(Date.parse(article.publishedAt) / 1000),
  };
  // The portal's name and place in the tree are part of the record, so a rename or a move changes the hash too.
  return { ...doc, version: createHash('sha256').update(JSON.stringify(doc)).digest('base64url').slice(0, 22) };
}
