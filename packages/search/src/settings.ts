import type { Settings } from 'meilisearch';

/**
 * Index settings, chosen from measurements on Vietnamese text (STACK.md):
 * tone marks are folded by Meilisearch already; typos are only allowed on
 * long words because "truong" must not match "Trung"; facets must hold all
 * 193 portals; filters use ASCII codes, never names.
 */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'number', 'summary', 'text', 'portalName'],
  filterableAttributes: ['scope', 'portal', 'category', 'language', 'type'],
  sortableAttributes: ['publishedAt'],
  displayedAttributes: ['id', 'type', 'title', 'number', 'summary', 'text', 'portal', 'alsoOn', 'portalName', 'domain', 'category', 'path', 'publishedAt', 'version'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAt:desc'],
  typoTolerance: { minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 } },
  faceting: { maxValuesPerFacet: 500 },
  pagination: { maxTotalHits: 10_000 },
};
