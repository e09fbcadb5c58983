import type { Core } from '@strapi/strapi';
import { parseArticlePageQuery, type ArticlePageQuery } from '@qn/content';
import { articlesShownOn } from '../../../articles-shown-on';
import { ARTICLE, FIELDS, POPULATE, PUBLISHED, readPortals, withoutRowIds, type Row } from '../../../builder-shape';

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
      ctx.body = { data: await readPortals(strapi), next: null };
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
