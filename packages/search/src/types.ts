import type { KindKey } from '@qn/content';

/**
 * The type a search result carries, for every searched record kind of the
 * registry (@qn/content KINDS). Notices and linked sites are not searched:
 * they have no page. Leaders (`people`) are found on their agency's page.
 * A kind added to the registry does not compile until it is placed here.
 * Pure: the sites' search script reads it too.
 */
export const SEARCH_TYPES = {
  articles: 'article',
  legalDocuments: 'legal-document',
  plans: 'plan',
  disclosures: 'disclosure',
  recruitments: 'recruitment',
  consultations: 'consultation',
  questions: 'question',
  pages: 'page',
  agencies: 'agency',
  people: 'person',
} as const satisfies Record<Exclude<KindKey, 'notices' | 'linkedSites'>, string>;
export type SearchType = (typeof SEARCH_TYPES)[keyof typeof SEARCH_TYPES];
export const SEARCH_TYPE_VALUES = Object.values(SEARCH_TYPES) as SearchType[];
