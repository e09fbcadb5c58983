import type { Settings } from 'meilisearch';
import { synonymSettings } from './synonyms.ts';

/**
 * Index settings, chosen from measurements on Vietnamese text (STACK.md):
 * tone marks are folded by Meilisearch already; typos are only allowed on
 * long words because "truong" must not match "Trung"; facets must hold all
 * 193 portals; filters use ASCII codes, never names. Abbreviations of
 * state language are synonyms of their full forms (synonyms.ts).
 */
export const INDEX_SETTINGS: Settings = {
  // `toned` (tones.ts) right after the title: a query's Telex words meet the title's there.
  searchableAttributes: ['title', 'toned', 'number', 'summary', 'text', 'portalName'],
  // The search page's facets (type, portal, category, year) and its scope (this portal and below).
  filterableAttributes: ['scope', 'portal', 'category', 'language', 'type', 'year'],
  sortableAttributes: ['publishedAt'],
  displayedAttributes: ['id', 'type', 'title', 'number', 'summary', 'text', 'portal', 'alsoOn', 'portalName', 'domain', 'category', 'path', 'publishedAt', 'year', 'version'],
  // Where the words are before how close: the query's words all in a title beat the same words scattered through a body
  // (tests/int/search-relevance.int.test.ts). "Newest first" (a request's sort) orders the results that match as many of
  // the words, so a date never lifts a document that matches fewer; without a sort, the rule does nothing.
  rankingRules: ['words', 'sort', 'typo', 'attribute', 'proximity', 'exactness', 'publishedAt:desc'],
  // No typo on a Telex form: one letter less is another tone ("nghiêng", "nghiếng").
  typoTolerance: { minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 }, disableOnAttributes: ['toned'] },
  // The page counts facet values; it never searches inside them.
  faceting: { maxValuesPerFacet: 500 },
  facetSearch: false,
  pagination: { maxTotalHits: 10_000 },
  synonyms: synonymSettings(),
};

/**
 * Whether the index's settings (as Meilisearch answers them, with its
 * defaults filled in) differ from `wanted` in anything `wanted` sets.
 */
export function settingsDiffer(actual: Settings, wanted: Settings): boolean {
  return !contains(actual, wanted);
}

function contains(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) return Array.isArray(actual) && actual.length === wanted.length && wanted.every((w, i) => contains(actual[i], w));
  if (wanted && typeof wanted === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    return Object.entries(wanted).every(([key, w]) => contains(a[key], w));
  }
  return Object.is(actual, wanted);
}
