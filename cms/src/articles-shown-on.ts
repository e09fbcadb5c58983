import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const PORTAL = 'api::portal.portal';

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** A relation's link table, from Strapi's own metadata: table names are Strapi's to choose. */
function linkTable(strapi: Core.Strapi, attribute: string): { table: string; from: string; to: string } {
  const meta = strapi.db.metadata.get(ARTICLE) as unknown as { attributes: Record<string, { joinTable?: JoinTable }> };
  const joinTable = meta.attributes[attribute]?.joinTable;
  if (!joinTable) throw new Error(`${ARTICLE}.${attribute} has no link table`);
  return { table: joinTable.name, from: joinTable.joinColumn.name, to: joinTable.inverseJoinColumn.name };
}

/**
 * One page of the row ids of the published articles shown on these
 * portals, ascending, after `after`: owned, shared to them, translating one
 * of theirs, or another translation of an original one of theirs
 * translates (pages link every language version). Each way is one keyset
 * query on its link table's index, and the page is the first `limit` of
 * their union. The query engine's relation filters join every article
 * first (a `$or` of the four scanned all of them: 0.5–1 s at 50,000).
 * Only ids come out of here; the rows are then read through the query
 * engine and the read scope.
 */
export async function articlesShownOn(strapi: Core.Strapi, codes: readonly string[], after: number, limit: number): Promise<number[]> {
  const portals = ((await strapi.db.query(PORTAL).findMany({ where: { code: { $in: [...codes] } }, select: ['id'] })) as Array<{ id: number }>).map((p) => p.id);
  if (portals.length === 0) return [];
  const knex = strapi.db.getConnection();
  const articles = (strapi.db.metadata.get(ARTICLE) as unknown as { tableName: string }).tableName;
  const portal = linkTable(strapi, 'portal');
  const shared = linkTable(strapi, 'syndicatedTo');
  const translation = linkTable(strapi, 'translationOf');
  /**
   * Published article rows after the cursor, whose id is `column`, from `query`: distinct, since an article
   * shared to two of the portals has a link row to each, and the limit must count articles, not links.
   */
  const page = async (query: ReturnType<typeof knex>, column: string): Promise<number[]> =>
    (
      (await query
        .join(`${articles} as a`, 'a.id', column)
        .where(column, '>', after)
        .whereNotNull('a.published_at')
        .orderBy('a.id')
        .limit(limit)
        .distinct('a.id')) as Array<{ id: number }>
    ).map((row) => Number(row.id));
  // Originals translated on these portals (published rows link published rows), as a subquery: no id list to chunk.
  const originals = knex(`${translation.table} as ot`)
    .join(`${portal.table} as op`, `op.${portal.from}`, `ot.${translation.from}`)
    .join(`${articles} as oa`, 'oa.id', `ot.${translation.from}`)
    .whereIn(`op.${portal.to}`, portals)
    .whereNotNull('oa.published_at')
    .select(`ot.${translation.to}`);
  const found = await Promise.all([
    page(knex(`${portal.table} as l`).whereIn(`l.${portal.to}`, portals), `l.${portal.from}`),
    page(knex(`${shared.table} as l`).whereIn(`l.${shared.to}`, portals), `l.${shared.from}`),
    page(
      knex(`${translation.table} as t`).join(`${portal.table} as o`, `o.${portal.from}`, `t.${translation.to}`).whereIn(`o.${portal.to}`, portals),
      `t.${translation.from}`,
    ),
    page(knex(`${translation.table} as t`).whereIn(`t.${translation.to}`, originals), `t.${translation.from}`),
  ]);
  return [...new Set(found.flat())].sort((a, b) => a - b).slice(0, limit);
}
