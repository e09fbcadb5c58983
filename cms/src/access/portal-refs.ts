import type { Core } from '@strapi/strapi';
import type { RelationRef } from '@qn/content';

/**
 * The documentId of the portal each ref names: as given, or looked up when
 * the ref is a numeric id; null when no portal has that id.
 */
export async function portalDocumentIds(strapi: Core.Strapi, refs: readonly RelationRef[]): Promise<Array<string | null>> {
  const ids = [...new Set(refs.flatMap((r) => (r.documentId === undefined && r.id !== undefined ? [r.id] : [])))];
  const rows = ids.length > 0 ? ((await strapi.db.query('api::portal.portal').findMany({ where: { id: { $in: ids } }, select: ['id', 'documentId'] })) as Array<{ id: number; documentId: string }>) : [];
  return refs.map((r) => r.documentId ?? rows.find((row) => row.id === r.id)?.documentId ?? null);
}
