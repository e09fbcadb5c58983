/**
 * The query of the builder's bulk article read (`GET /api/builder/articles`,
 * docs/adr/0007): written by the client, checked by the CMS, one rule.
 */
import { PORTAL_CODE_PATTERN } from '@qn/portal-model';

/** Articles per page: a page of this many is a few MB of JSON and one query per relation. */
export const ARTICLE_PAGE_MAX = 2000;
export const ARTICLE_PAGE_DEFAULT = 1000;
/** More portals than the tree has is a mistake, not a request. */
const MAX_PORTALS = 1000;

export interface ArticlePageQuery {
  /** The row id the page starts after (0: from the start). */
  after: number;
  limit: number;
  /** Only articles shown on these portals; null: every published article. */
  portals: string[] | null;
}

const KEYS = new Set(['after', 'limit', 'portals']);
/** Row ids are 32-bit integers on PostgreSQL: a larger cursor is no row's, and the database would refuse it. */
const MAX_ROW_ID = 2_147_483_647;

function wholeNumber(value: unknown, name: string, min: number, max: number): number | string {
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) return `${name} must be a whole number`;
  const n = Number(value);
  return n < min || n > max ? `${name} must be from ${min} to ${max}` : n;
}

/** Reads the query string Strapi parsed (`ctx.query`); a problem names what is wrong. */
export function parseArticlePageQuery(query: unknown): { value: ArticlePageQuery } | { problem: string } {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const unknown = Object.keys(q).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) return { problem: `unknown parameters: ${unknown.join(', ').slice(0, 200)} (allowed: after, limit, portals)` };
  const after = q.after === undefined ? 0 : wholeNumber(q.after, 'after', 0, MAX_ROW_ID);
  if (typeof after === 'string') return { problem: after };
  const limit = q.limit === undefined ? ARTICLE_PAGE_DEFAULT : wholeNumber(q.limit, 'limit', 1, ARTICLE_PAGE_MAX);
  if (typeof limit === 'string') return { problem: limit };
  if (q.portals === undefined) return { value: { after, limit, portals: null } };
  if (typeof q.portals !== 'string') return { problem: 'portals must be one comma-separated list of portal codes' };
  const portals = q.portals.split(',');
  if (portals.length > MAX_PORTALS) return { problem: `portals names more than ${MAX_PORTALS} portals` };
  const bad = portals.find((code) => !PORTAL_CODE_PATTERN.test(code));
  if (bad !== undefined) return { problem: `portals: "${bad.slice(0, 50)}" is not a portal code` };
  return { value: { after, limit, portals } };
}

/** The query string of one page. */
export function articlePageQuery(query: ArticlePageQuery): string {
  const params = new URLSearchParams({ after: String(query.after), limit: String(query.limit) });
  if (query.portals) params.set('portals', query.portals.join(','));
  return params.toString();
}
