/**
 * The search request a portal's site sends to Meilisearch, in one place:
 * the sites' script (sites/src/scripts/search.ts) and the relevance test
 * send the same one. Pure: runs in the browser as well as in Node.
 */
import { ABBREVIATIONS } from './synonyms.ts';
import { telexForms } from './tones.ts';
import { SEARCH_TYPE_VALUES, type SearchType } from './types.ts';

export { SEARCH_TYPE_VALUES, type SearchType };

/** The fields a result shows; nothing else is sent to the reader. */
export const RESULT_FIELDS = ['type', 'title', 'number', 'portal', 'portalName', 'domain', 'path', 'publishedAt'] as const;

/** The search page's facets, in the order it shows them. */
export const FACETS = ['type', 'portal', 'category', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** Results per page of the search page. */
export const HITS_PER_PAGE = 20;

/** Marks around matched words in highlighted fields: control characters never occur in content, so the snippet is escaped first, then marked. */
export const HIGHLIGHT = { pre: '\u0001', post: '\u0002' } as const;

/** Longest query sent: a pasted paragraph is cut, not refused. */
export const MAX_QUERY = 200;

export interface SearchQuery {
  q: string;
  /** Search this portal and the portals below it; null: the whole province. */
  portal: string | null;
  /** Only records in this language (the portal's: a Vietnamese portal's readers are not sent English pages). */
  language?: string;
  /** One chosen value per facet (the search page's filters). */
  filters?: Partial<Record<Facet, string>>;
  /** Newest first instead of the most relevant first. */
  newest?: boolean;
  /** A page of HITS_PER_PAGE, from 1, with exact totals and the facets' counts; without it, `limit` and `offset`. */
  page?: number;
  limit?: number;
  offset?: number;
}

/** What the search page's address holds (`?q=&scope=&type=&portal=&category=&year=&sort=&page=`), so a result page can be shared. */
export interface SearchState {
  q: string;
  /** `all`: the whole province; otherwise this portal and those below it. */
  scope: 'portal' | 'all';
  filters: Partial<Record<Facet, string>>;
  sort: 'relevance' | 'newest';
  page: number;
}

const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What a facet's value may be: anything else in an address is dropped, not sent. */
const FACET_VALUE: Record<Facet, (value: string) => boolean> = {
  type: (v) => (SEARCH_TYPE_VALUES as readonly string[]).includes(v),
  portal: (v) => CODE.test(v) && v.length <= 80,
  category: (v) => CODE.test(v) && v.length <= 120,
  year: (v) => /^(19|20|21)\d\d$/.test(v),
};
/** Meilisearch's maxTotalHits (settings.ts) over the page size: pages past it have no results. */
export const MAX_PAGE = 500;

/** Reads the page's address; whatever does not fit is left out. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<Facet, string>> = {};
  for (const facet of FACETS) {
    const value = params.get(facet)?.trim();
    if (value && FACET_VALUE[facet](value)) filters[facet] = value;
  }
  const page = Number(params.get('page'));
  return {
    q: normaliseQuery(params.get('q') ?? ''),
    scope: params.get('scope') === 'all' ? 'all' : 'portal',
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The address's query string for a state: defaults are left out, so addresses stay short. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.scope === 'all') params.set('scope', 'all');
  for (const facet of FACETS) if (state.filters[facet]) params.set(facet, state.filters[facet]);
  if (state.sort === 'newest') params.set('sort', 'newest');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Whether there is anything to search for: words, or a filter (then every record that matches, newest first or by rank). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}

/** What the reader typed, as the index compares it: NFC (Vietnamese typed on some keyboards is decomposed), one space between words, cut to length. */
export function normaliseQuery(q: string): string {
  // Cut by characters, not UTF-16 units: half a surrogate pair would be sent as an invalid string.
  const typed = Array.from(q.normalize('NFC').replace(/\s+/g, ' ').trim()).slice(0, MAX_QUERY).join('');
  // A phrase the reader opened and did not close is closed, so the words added after it stay outside it.
  return (typed.match(/"/g)?.length ?? 0) % 2 === 1 ? `${typed}"` : typed;
}

/** Meilisearch reads the first 10 words of a query and ignores the rest (its documented limit). */
export const MAX_QUERY_WORDS = 10;

/** How many words Meilisearch makes of a text: letters and digits between separators ("71/KH-UBND" is three). */
function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).length;
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '')}"`;

/**
 * The words sent: what the reader typed (document numbers first), then the
 * abbreviation of a long full form it spells out, then the Telex form of
 * each word typed with tone marks (tones.ts), within the ten words
 * Meilisearch reads. Meilisearch drops words from the end when no document
 * has them all (its "last" matching strategy), so those extra words only
 * lift documents with the very same marks above the ones that match once
 * marks are folded, and a mark typed wrong ("Hà Long") still finds "Hạ
 * Long". A long query keeps every word typed and loses that preference.
 */
export function queryWords(q: string): string {
  const typed = leadingNumbers(normaliseQuery(q));
  const extra = [...abbreviationsOf(typed), ...telexForms(typed).split(' ').filter(Boolean)];
  const room = Math.max(0, MAX_QUERY_WORDS - wordCount(typed));
  return [typed, ...extra.slice(0, room)].join(' ');
}

const fold = (text: string) => ` ${text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;

/**
 * The abbreviations of the long full forms the query spells out ("ủy ban
 * nhân dân" → "UBND"). Meilisearch applies a synonym only to one to three
 * words of a query, so a full form of four words or more never finds its
 * abbreviation through the index's synonyms: it is added here.
 */
function abbreviationsOf(typed: string): string[] {
  const words = fold(typed);
  return Object.entries(ABBREVIATIONS).flatMap(([short, fulls]) => (fulls.some((full) => full.split(' ').length >= 4 && words.includes(fold(full))) && !words.includes(fold(short)) ? [short] : []));
}

/**
 * A document's number and symbol as readers type it: "2841/QĐ-UBND",
 * "2841 / qd-ubnd", "15/2020/QĐ-UBND". The symbol has a letter, so a date
 * ("12/2026", "01/01/2026") is not taken for one.
 */
const DOCUMENT_NUMBER = /\d+(?:\s*\/\s*\d{4})?\s*\/\s*(?=[\p{L}\d]*\p{L})[\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*/gu;

/**
 * Document numbers first ("văn bản số 71/KH-UBND" → "71/KH-UBND văn bản
 * số"): when no document has every word, Meilisearch drops words from the
 * end, and the number is the word that must stay.
 */
function leadingNumbers(typed: string): string {
  const numbers = typed.match(DOCUMENT_NUMBER);
  if (!numbers) return typed;
  const rest = typed.replace(DOCUMENT_NUMBER, ' ').replace(/\s+/g, ' ').trim();
  return [...numbers.map((n) => n.replace(/\s+/g, '')), rest].filter(Boolean).join(' ');
}

/** The filter expression: the scope, then one condition per chosen facet (values checked by the caller's parse, quoted here). */
function filterOf(query: SearchQuery): string[] {
  const conditions = query.portal ? [`scope = ${quoted(query.portal)}`] : [];
  if (query.language && /^[a-z]{2}$/.test(query.language)) conditions.push(`language = ${quoted(query.language)}`);
  for (const facet of FACETS) {
    const value = query.filters?.[facet];
    if (value && FACET_VALUE[facet](value)) conditions.push(facet === 'year' ? `year = ${Number(value)}` : `${facet} = ${quoted(value)}`);
  }
  return conditions;
}

/** The body of POST /indexes/<index>/search. */
export function searchRequest(query: SearchQuery): Record<string, unknown> {
  const filter = filterOf(query);
  return {
    q: queryWords(query.q),
    ...(query.page ? { page: query.page, hitsPerPage: HITS_PER_PAGE, facets: [...FACETS] } : { limit: query.limit ?? 30, offset: query.offset ?? 0 }),
    ...(filter.length > 0 ? { filter } : {}),
    ...(query.newest ? { sort: ['publishedAt:desc'] } : {}),
    // A query in Chinese characters is cut into Chinese words; Meilisearch would guess Japanese for a short one.
    ...(/\p{Script=Han}/u.test(query.q) ? { locales: ['cmn'] } : {}),
    attributesToRetrieve: [...RESULT_FIELDS],
    attributesToHighlight: ['title'],
    attributesToCrop: ['text'],
    cropLength: 28,
    highlightPreTag: HIGHLIGHT.pre,
    highlightPostTag: HIGHLIGHT.post,
  };
}

/** The search page's request for a state, on the portal `portal`, whose readers read `language`. */
export function pageRequest(state: SearchState, portal: string, language: string): Record<string, unknown> {
  return searchRequest({ q: state.q, portal: state.scope === 'all' ? null : portal, language, filters: state.filters, newest: state.sort === 'newest', page: state.page });
}
