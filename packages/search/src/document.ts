import { createHash } from 'node:crypto';
import {
  ABOUT_PATH,
  blocksToText,
  kindPath,
  personAnchor,
  type Agency,
  type Article,
  type LegalDocument,
  type PagedRecordKey,
  type PortalRecords,
  type Question,
} from '@qn/content';
import { scopeCodes, type PortalTree } from '@qn/portal-model';
import { telexForms } from './tones.ts';
import { SEARCH_TYPES, type SearchType } from './types.ts';

export { SEARCH_TYPES, type SearchType };

/** One public record as the search index holds it. Field names are the public search contract. */
export interface SearchDocument {
  id: string;
  type: SearchType;
  title: string;
  /** A legal document's number and symbol ("1234/QĐ-UBND"); null for the other types. */
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
  /** The portal's domain, for building the record's address with the deployment's URL template. */
  domain: string;
  /** The codes of its portals (own and shared-to) and their ancestors: "search this portal and below" is `scope = code`. */
  scope: string[];
  /** An article's category slug; null for the other types. */
  category: string | null;
  language: string;
  /** Root-relative path on the portal's site. */
  path: string;
  /** Unix seconds, for sorting and display: an article's publication, a document's issue date. */
  publishedAt: number;
  /** The year of `publishedAt` in Vietnam, for the year facet. */
  year: number;
  /** A hash of every other field: the index is current for a record when it matches. */
  version: string;
}

/** Bodies are cut to keep the index small; the first part carries the relevant words. */
const MAX_TEXT = 4000;

const plain = (text: string) => text.slice(0, MAX_TEXT).normalize('NFC');
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
/** Vietnam has no daylight saving: UTC+7 all year. */
const yearInVietnam = (unixSeconds: number) => new Date((unixSeconds + 7 * 3600) * 1000).getUTCFullYear();

export function articlePath(slug: string): string {
  return `${kindPath('articles')}${slug}/`;
}

type Fields = Omit<SearchDocument, 'version' | 'toned' | 'year' | 'portalName' | 'domain' | 'language' | 'scope' | 'alsoOn' | 'category'> &
  Partial<Pick<SearchDocument, 'alsoOn' | 'category' | 'scope'>>;

/** Completes a record's fields with its portal's; null when the portal is not in the tree (the record is not shown). */
function onPortal(fields: Fields, tree: PortalTree): SearchDocument | null {
  const portal = tree.byCode.get(fields.portal);
  if (!portal) return null;
  const alsoOn = (fields.alsoOn ?? []).filter((code) => tree.byCode.has(code));
  return versioned({
    ...fields,
    alsoOn,
    category: fields.category ?? null,
    portalName: portal.name,
    domain: portal.domain,
    language: portal.language,
    scope: [...new Set([portal.code, ...alsoOn].flatMap((code) => scopeCodes(tree, code)))],
  });
}

// The portal's name and place in the tree are part of the record, so a rename or a move changes the hash too.
function versioned(fields: Omit<SearchDocument, 'version' | 'toned' | 'year'>): SearchDocument {
  const doc = { ...fields, year: yearInVietnam(fields.publishedAt), toned: telexForms(`${fields.title} ${fields.number ?? ''}`) };
  return { ...doc, version: createHash('sha256').update(JSON.stringify(doc)).digest('base64url').slice(0, 22) };
}

export function toSearchDocument(article: Article, tree: PortalTree): SearchDocument | null {
  return onPortal(
    {
      id: article.documentId,
      type: 'article',
      title: article.title,
      number: null,
      summary: article.summary ?? '',
      text: plain(blocksToText(article.body)),
      portal: article.portal,
      alsoOn: article.alsoOn,
      category: article.category,
      path: articlePath(article.slug),
      publishedAt: seconds(article.publishedAt),
    },
    tree,
  );
}

/**
 * A legal document is found by its number ("88/QĐ-UBND") and its summary
 * (trích yếu), which is what readers know it by; it is dated by its issue date.
 */
export function toLegalSearchDocument(document: LegalDocument, tree: PortalTree): SearchDocument | null {
  return onPortal(
    {
      id: document.documentId,
      type: 'legal-document',
      title: document.summary,
      number: document.number,
      summary: `${document.number} – ${document.issuerName}`,
      text: plain(blocksToText(document.body)),
      portal: document.portal,
      path: `${kindPath('legalDocuments')}${document.slug}/`,
      publishedAt: seconds(`${document.issuedOn}T00:00:00+07:00`),
    },
    tree,
  );
}

type TitledKey = Exclude<PagedRecordKey, 'legalDocuments' | 'questions'>;
type Titled = PortalRecords[TitledKey][number];

/** A plan, disclosure, recruitment, consultation or page: a titled record with a page of its own. */
function toTitledSearchDocument(key: TitledKey, record: Titled, tree: PortalTree): SearchDocument | null {
  return onPortal(
    {
      id: record.documentId,
      type: SEARCH_TYPES[key],
      title: record.title,
      number: null,
      summary: record.summary ?? '',
      text: plain(blocksToText(record.body)),
      portal: record.portal,
      path: `${kindPath(key)}${record.slug}/`,
      publishedAt: seconds(record.publishedAt),
    },
    tree,
  );
}

/**
 * A published question and its answer, found by the words of both. Only
 * what the site shows is read: the asker's name and contact details never
 * reach the snapshot (@qn/content questionSchema).
 */
export function toQuestionSearchDocument(record: Question, tree: PortalTree): SearchDocument | null {
  return onPortal(
    {
      id: record.documentId,
      type: SEARCH_TYPES.questions,
      title: record.title,
      number: null,
      summary: record.question,
      text: plain(blocksToText(record.body)),
      portal: record.portal,
      path: `${kindPath('questions')}${record.slug}/`,
      publishedAt: seconds(record.publishedAt),
    },
    tree,
  );
}

/**
 * An agency and each of its leaders (who's who: name, position, agency),
 * all found on the portal's introduction page. Phone numbers and e-mail
 * addresses are on the page, never in the index.
 */
export function toAgencySearchDocuments(agency: Agency, tree: PortalTree): SearchDocument[] {
  const own = onPortal(
    {
      id: agency.documentId,
      type: 'agency',
      title: agency.name,
      number: null,
      summary: [agency.shortName, agency.contact?.address].filter(Boolean).join(' – '),
      text: plain([blocksToText(agency.introduction), blocksToText(agency.functions), ...agency.units.map((u) => u.name)].filter(Boolean).join('\n')),
      portal: agency.portal,
      path: ABOUT_PATH,
      publishedAt: seconds(agency.publishedAt),
    },
    tree,
  );
  if (!own) return [];
  const leaders = agency.leaders.flatMap(
    (person) =>
      onPortal(
        {
          id: person.documentId,
          type: 'person',
          // Who's who: found by name, or by position and agency ("giám đốc sở công thương"), and shown with all three.
          title: `${person.name} – ${person.position}, ${agency.name}`,
          number: null,
          summary: '',
          text: plain([person.bio, blocksToText(person.duties)].filter(Boolean).join('\n')),
          portal: agency.portal,
          path: `${ABOUT_PATH}#${personAnchor(person.documentId)}`,
          publishedAt: seconds(agency.publishedAt),
        },
        tree,
      ) ?? [],
  );
  return [own, ...leaders];
}

/** The searched kinds of a snapshot's records: all but notices and linked sites, which have no page. */
export type SearchedRecordKey = Exclude<keyof PortalRecords, 'notices' | 'linkedSites'>;

const titled = (key: TitledKey) => (record: Titled, tree: PortalTree) => [toTitledSearchDocument(key, record, tree) ?? []].flat();

/** How each searched kind becomes search documents (none when it is not shown). */
const CONVERTERS: { [K in SearchedRecordKey]: (record: PortalRecords[K][number], tree: PortalTree) => SearchDocument[] } = {
  legalDocuments: (record, tree) => [toLegalSearchDocument(record, tree) ?? []].flat(),
  plans: titled('plans'),
  disclosures: titled('disclosures'),
  recruitments: titled('recruitments'),
  consultations: titled('consultations'),
  questions: (record, tree) => [toQuestionSearchDocument(record, tree) ?? []].flat(),
  pages: titled('pages'),
  agencies: toAgencySearchDocuments,
};
export const SEARCHED_RECORDS = Object.keys(CONVERTERS) as SearchedRecordKey[];

/** The search documents of one record of a searched kind. */
export function recordSearchDocuments<K extends SearchedRecordKey>(key: K, record: PortalRecords[K][number], tree: PortalTree): SearchDocument[] {
  return (CONVERTERS[key] as (record: PortalRecords[K][number], tree: PortalTree) => SearchDocument[])(record, tree);
}

/**
 * What the index is to hold: the published articles and the records of
 * every searched kind. Every kind is required: a reconcile removes what is
 * indexed and not given, so a kind left out would be emptied.
 */
export interface Searchable {
  articles: readonly Article[];
  records: Pick<PortalRecords, SearchedRecordKey>;
}

/** Records of every searched kind, none of them: to fill in the kinds one has. */
export function noSearchedRecords(): Searchable['records'] {
  return Object.fromEntries(SEARCHED_RECORDS.map((key) => [key, []])) as unknown as Searchable['records'];
}

export function searchDocuments(published: Searchable, tree: PortalTree): SearchDocument[] {
  const docs = published.articles.flatMap((a) => toSearchDocument(a, tree) ?? []);
  for (const key of SEARCHED_RECORDS) for (const record of published.records[key]) docs.push(...recordSearchDocuments(key, record as never, tree));
  return docs;
}
