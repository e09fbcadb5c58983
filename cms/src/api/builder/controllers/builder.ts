import type { Core } from '@strapi/strapi';
import { parseArticlePageQuery, type ArticlePageQuery } from '@qn/content';
import { articlesShownOn } from '../../../articles-shown-on';

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
const POPULATE: Record<string, { select: string[]; populate?: object }> = {
  portal: CODE,
  category: { select: ['slug'] },
  tags: { select: ['name', 'slug'] },
  syndicatedTo: CODE,
  translationOf: { select: ['documentId', 'slug'], populate: { portal: CODE } },
  cover: { select: MEDIA },
};
/** The portal query's fields, in its shape: every portal (the tree has no drafts), with its parent, successor and emblem. */
const PORTAL_FIELDS = ['id', 'documentId', 'code', 'name', 'level', 'kind', 'domain', 'language', 'state'];
const PORTAL_POPULATE = { parent: CODE, successor: CODE, emblem: { select: MEDIA } };
/** Populated relations, at any depth (the original's portal too): the only objects whose `id` is a row id. */
const RELATIONS = new Set([...Object.keys(POPULATE), ...Object.keys(PORTAL_POPULATE)]);

const PUBLISHED = { publishedAt: { $notNull: true } };

type Row = Record<string, unknown> & { id: number };

/** Row ids are this database's business (the read scope adds them to relations it checks): GraphQL never showed them. */
function withoutRowIds(row: Row): Record<string, unknown> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, v]) => [key, RELATIONS.has(key) ? strip(v) : v]));
  };
  return strip(row) as Record<string, unknown>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `articles`: one page of published articles in row order, after the row
   * `after`: keyset pagination, so the last page costs what the first does.
   * The answer's `next` is the cursor of the following page, null after the
   * last. `portals`: the whole tree in one answer (GraphQL resolved each
   * portal's parent, successor and emblem with a query of its own).
   */
  async find(ctx: { params: { kind?: string }; query: unknown; body: unknown; status: number }) {
    const refuse = (status: 400 | 404, message: string) => {
      ctx.status = status;
      ctx.body = { error: { status, name: status === 400 ? 'ValidationError' : 'NotFoundError', message } };
    };
    if (ctx.params.kind === 'portals') {
      if (Object.keys((ctx.query ?? {}) as object).length > 0) return refuse(400, 'the portal list takes no parameters');
      const rows = (await strapi.db.query('api::portal.portal').findMany({ select: PORTAL_FIELDS, populate: PORTAL_POPULATE, orderBy: { code: 'asc' } })) as Row[];
      ctx.body = { data: rows.map(withoutRowIds), next: null };
      return;
    }
    if (ctx.params.kind !== 'articles') return refuse(404, 'bulk reads: /api/builder/articles or /api/builder/portals');
    const parsed = parseArticlePageQuery(ctx.query);
    if ('problem' in parsed) return refuse(400, parsed.problem);
    const query: ArticlePageQuery = parsed.value;
    const page = query.portals ? await articlesShownOn(strapi, query.portals, query.after, query.limit) : null;
    const where = page ? { $and: [PUBLISHED, { id: { $in: page } }] } : { $and: [PUBLISHED, { id: { $gt: query.after } }] };
    const rows = page?.length === 0 ? [] : ((await strapi.db.query(ARTICLE).findMany({ where, select: FIELDS, populate: POPULATE, orderBy: { id: 'asc' }, limit: query.limit })) as Row[]);
    // The cursor follows the ids paged, not the rows read: an article withdrawn in between must not end the list early.
    const last = page ? page.at(-1) : rows.at(-1)?.id;
    const full = (page ?? rows).length === query.limit;
    ctx.body = {
      data: rows.map(withoutRowIds),
      next: full && last !== undefined ? last : null,
    };
  },
});
