/**
 * The search request a portal's site sends to Meilisearch, in one place:
 * the sites' script (sites/src/scripts/search.ts) and the relevance test
 * send the same one. Pure: runs in the browser as well as in Node.
 */
import { ABBREVIATIONS } from './synonyms.ts';
import { telexForms } from './tones.ts';

/** The fields a result shows; nothing else is sent to the reader. */
export const RESULT_FIELDS = ['title', 'number', 'portal', 'portalName', 'domain', 'path', 'publishedAt'] as const;

/** Marks around matched words in highlighted fields: control characters never occur in content, so the snippet is escaped first, then marked. */
export const HIGHLIGHT = { pre: '\u0001', post: '\u0002' } as const;

/** Longest query sent: a pasted paragraph is cut, not refused. */
export const MAX_QUERY = 200;

export interface SearchQuery {
  q: string;
  /** Search this portal and the portals below it; null: the whole province. */
  portal: string | null;
  limit?: number;
  offset?: number;
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

/** The body of POST /indexes/<index>/search. */
export function searchRequest(query: SearchQuery): Record<string, unknown> {
  return {
    q: queryWords(query.q),
    limit: query.limit ?? 30,
    offset: query.offset ?? 0,
    ...(query.portal ? { filter: `scope = ${quoted(query.portal)}` } : {}),
    attributesToRetrieve: [...RESULT_FIELDS],
    attributesToHighlight: ['title'],
    attributesToCrop: ['text'],
    cropLength: 28,
    highlightPreTag: HIGHLIGHT.pre,
    highlightPostTag: HIGHLIGHT.post,
  };
}
