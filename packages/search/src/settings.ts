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
  filterableAttributes: ['scope', 'portal', 'category', 'language', 'type'],
  sortableAttributes: ['publishedAt'],
  displayedAttributes: ['id', 'type', 'title', 'number', 'summary', 'text', 'portal', 'alsoOn', 'portalName', 'domain', 'category', 'path', 'publishedAt', 'version'],
  // Where the words are before how close: the query's words all in a title beat the same words scattered through a body (tests/int/search-relevance.int.test.ts).
  rankingRules: ['words', 'typo', 'attribute', 'proximity', 'sort', 'exactness', 'publishedAt:desc'],
  // No typo on a Telex form: one letter less is another tone ("nghiêng", "nghiếng").
  typoTolerance: { minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 }, disableOnAttributes: ['toned'] },
  faceting: { maxValuesPerFacet: 500 },
  pagination: { maxTotalHits: 10_000 },
  synonyms: synonymSettings(),
};
