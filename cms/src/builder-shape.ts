import type { Core } from '@strapi/strapi';

/**
 * The shapes the site builder reads content in (docs/adr/0007): the bulk
 * routes answer them, and the draft preview renders from them, so a
 * preview is built from what a build would be given.
 */
export const ARTICLE = 'api::article.article';
export const MEDIA = ['url', 'name', 'mime', 'size', 'alternativeText', 'width', 'height', 'hash'];
export const CODE = { select: ['code'] };

/**
 * What a page of articles carries: the fields and one level of relations
 * the GraphQL article query asks for, in the same shape, so the builder
 * converts both the same way. Strapi loads each relation for the whole page
 * in one query, where GraphQL resolves it once per article.
 */
export const FIELDS = ['id', 'documentId', 'title', 'slug', 'summary', 'body', 'publishedAt', 'updatedAt', 'author', 'source', 'featured'];
export const POPULATE: Record<string, { select: string[]; populate?: object }> = {
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

export const PUBLISHED = { publishedAt: { $notNull: true } };

export type Row = Record<string, unknown> & { id: number };

/** Row ids are this database's business (the read scope adds them to relations it checks): GraphQL never showed them. */
export function withoutRowIds(row: Row): Record<string, unknown> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, v]) => [key, RELATIONS.has(key) ? strip(v) : v]));
  };
  return strip(row) as Record<string, unknown>;
}

/** The whole portal tree (193 rows) in the portal query's shape. */
export async function readPortals(strapi: Core.Strapi): Promise<Array<Record<string, unknown>>> {
  const rows = (await strapi.db.query('api::portal.portal').findMany({ select: PORTAL_FIELDS, populate: PORTAL_POPULATE, orderBy: { code: 'asc' } })) as Row[];
  return rows.map(withoutRowIds);
}
