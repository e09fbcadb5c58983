import type { Article } from '@qn/content';

/** A published article as a build receives it, with the optional parts empty: give what a test is about. */
export function sampleArticle(fields: Pick<Article, 'documentId' | 'title' | 'slug' | 'portal'> & Partial<Article>): Article {
  return {
    summary: null,
    body: null,
    category: null,
    publishedAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
    author: null,
    source: null,
    featured: false,
    tags: [],
    alsoOn: [],
    translationOf: null,
    ...fields,
  };
}
