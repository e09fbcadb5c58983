import { describe, expect, it } from 'vitest';
import { ARTICLE_PAGE_DEFAULT, ARTICLE_PAGE_MAX, articlePageQuery, parseArticlePageQuery } from '@qn/content';

/** The builder's bulk article read: the query the client writes is the query the CMS accepts, and nothing else is. */
describe('article page query', () => {
  it('reads what the client writes, both ways', () => {
    for (const query of [
      { after: 0, limit: 1, portals: null },
      { after: 2_147_483_647, limit: ARTICLE_PAGE_MAX, portals: ['quangninh', 'halong-honggai'] },
    ]) {
      expect(parseArticlePageQuery(Object.fromEntries(new URLSearchParams(articlePageQuery(query))))).toEqual({ value: query });
    }
  });

  it('defaults to the first page of the default size over every portal', () => {
    expect(parseArticlePageQuery({})).toEqual({ value: { after: 0, limit: ARTICLE_PAGE_DEFAULT, portals: null } });
    expect(parseArticlePageQuery(undefined)).toEqual({ value: { after: 0, limit: ARTICLE_PAGE_DEFAULT, portals: null } });
  });

  it.each([
    ['a negative cursor', { after: '-1' }, 'after must be a whole number'],
    ['a fractional cursor', { after: '1.5' }, 'after must be a whole number'],
    ['a cursor as an object (qs brackets)', { after: { $gt: '0' } }, 'after must be a whole number'],
    ['a cursor past any row id (32-bit on PostgreSQL)', { after: '2147483648' }, 'after must be from 0 to 2147483647'],
    ['a cursor of 11 digits', { after: '99999999999' }, 'after must be a whole number'],
    ['a page of 0', { limit: '0' }, 'limit must be from 1 to 2000'],
    ['a page above the cap', { limit: String(ARTICLE_PAGE_MAX + 1) }, 'limit must be from 1 to 2000'],
    ['portals given twice (an array)', { portals: ['a', 'b'] }, 'portals must be one comma-separated list of portal codes'],
    ['an empty portal list', { portals: '' }, 'portals: "" is not a portal code'],
    ['a code with SQL in it', { portals: "halong' OR 1=1" }, `portals: "halong' OR 1=1" is not a portal code`],
    ['a Strapi filter smuggled in', { filters: { publishedAt: { $null: true } } }, 'unknown parameters: filters (allowed: after, limit, portals)'],
    ['a status asking for drafts', { status: 'draft' }, 'unknown parameters: status (allowed: after, limit, portals)'],
    ['a flood of parameter names, echoed no further than 200 characters', Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p${i}`, '1'])), `unknown parameters: ${Array.from({ length: 100 }, (_, i) => `p${i}`).join(', ').slice(0, 200)} (allowed: after, limit, portals)`],
  ])('refuses %s', (_name, query, problem) => {
    expect(parseArticlePageQuery(query)).toEqual({ problem });
  });
});
