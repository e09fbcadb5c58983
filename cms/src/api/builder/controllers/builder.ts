import type { Core } from '@strapi/strapi';
import { parseArticlePageQuery, type ArticlePageQuery } from '@qn/content';

const ARTICLE = 'api::article.article';
const MEDIA = ['url', 'name', 'mime', 'size', 'alternativeText', 'width', 'height', 'hash'];
const CODE = { select: ['code'] };

/**
 * What a page of articles carries: the fields and one level of relations
 * the GraphQL article query asks for, in the same shape, so the builder
 * converts both the same way. Strapi loads each relation for the whole page
 * in one query, where GraphQL resolves it once per article.
 */
const FIELDS = ['id', 'documentId', 'title', 'slug', 'summary', 'body', 'publishedAt', 'updatedAt', 'author', 'source', 'featured'];
const POPULATE = {
  portal: CODE,
  category: { select: ['slug'] },
  tags: { select: ['name', 'slug'] },
  syndicatedTo: CODE,
  translationOf: { select: ['documentId', 'slug'], populate: { portal: CODE } },
  cover: { select: MEDIA },
};

/** Published articles of these portals: owned, shared to them, or linked to theirs as translations (hreflang). */
function onPortals(codes: readonly string[]) {
  const on = { code: { $in: [...codes] } };
  return { $or: [{ portal: on }, { syndicatedTo: on }, { translationOf: { portal: on } }, { translationOf: { translations: { portal: on } } }] };
}

type Row = Record<string, unknown> & { id: number };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * One page of published articles in row order, after the row `after`:
   * keyset pagination, so the last page costs what the first does. The
   * answer's `next` is the cursor of the following page, null after the last.
   */
  async articles(ctx: { query: unknown; body: unknown; status: number }) {
    const parsed = parseArticlePageQuery(ctx.query);
    if ('problem' in parsed) {
      ctx.status = 400;
      ctx.body = { error: { status: 400, name: 'ValidationError', message: parsed.problem } };
      return;
    }
    const query: ArticlePageQuery = parsed.value;
    const where = {
      $and: [{ id: { $gt: query.after } }, { publishedAt: { $notNull: true } }, ...(query.portals ? [onPortals(query.portals)] : [])],
    };
    const rows = (await strapi.db.query(ARTICLE).findMany({ where, select: FIELDS, populate: POPULATE, orderBy: { id: 'asc' }, limit: query.limit })) as Row[];
    const last = rows.at(-1);
    ctx.body = {
      data: rows.map(({ id: _id, ...article }) => article),
      next: rows.length === query.limit && last ? last.id : null,
    };
  },
});
