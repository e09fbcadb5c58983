import { createHash } from 'node:crypto';
import { blocksToText, kindPath, type Article, type LegalDocument } from '@qn/content';
import { scopeCodes, type PortalTree } from '@qn/portal-model';
import { telexForms } from './tones.ts';

/** One article or legal document as the search index holds it. Field names are the public search contract. */
export interface SearchDocument {
  id: string;
  type: 'article' | 'legal-document';
  title: string;
  /** A legal document's number and symbol ("1234/QĐ-UBND"); null for articles. */
  number: string | null;
  /** The title's and number's marked words in Telex ("dduwowngf"), so a query typed with the same marks ranks them first (tones.ts). Searched, never shown. */
  toned: string;
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
  return `${kindPath('articles')}${slug}/`;
}

export function toSearchDocument(article: Article, tree: PortalTree): SearchDocument | null {
  const portal = tree.byCode.get(article.portal);
  if (!portal) return null;
  return versioned({
    id: article.documentId,
    type: 'article',
    title: article.title,
    number: null,
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
  });
}

/**
 * A legal document is found by its number ("88/QĐ-UBND") and its summary
 * (trích yếu), which is what readers know it by; it is dated by its issue date.
 */
export function toLegalSearchDocument(document: LegalDocument, tree: PortalTree): SearchDocument | null {
  const portal = tree.byCode.get(document.portal);
  if (!portal) return null;
  return versioned({
    id: document.documentId,
    type: 'legal-document',
    title: document.summary,
    number: document.number,
    summary: `${document.number} – ${document.issuerName}`,
    text: blocksToText(document.body).slice(0, MAX_TEXT).normalize('NFC'),
    portal: portal.code,
    alsoOn: [],
    portalName: portal.name,
    domain: portal.domain,
    scope: scopeCodes(tree, portal.code),
    category: null,
    language: portal.language,
    path: `${kindPath('legalDocuments')}${document.slug}/`,
    publishedAt: Math.floor(Date.parse(`${document.issuedOn}T00:00:00+07:00`) / 1000),
  });
}

// The portal's name and place in the tree are part of the record, so a rename or a move changes the hash too.
function versioned(fields: Omit<SearchDocument, 'version' | 'toned'>): SearchDocument {
  const doc = { ...fields, toned: telexForms(`${fields.title} ${fields.number ?? ''}`) };
  return { ...doc, version: createHash('sha256').update(JSON.stringify(doc)).digest('base64url').slice(0, 22) };
}
