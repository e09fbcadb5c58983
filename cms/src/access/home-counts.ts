import type { Core } from '@strapi/strapi';
import { EDITED } from './scoped-types';
import { withoutScope } from './unscoped';
import type { Access } from './users';

type Row = { documentId: string; publishedAt: string | null; updatedAt: string };

/**
 * The admin home page's draft / published / modified counts, over the
 * user's portals only (Strapi's own counts read every portal's rows with
 * raw SQL). A document is "modified" when its draft was saved after it was
 * published, as Strapi classifies them.
 */
export async function scopedDocumentCounts(strapi: Core.Strapi, _ctx: unknown, access: Access): Promise<{ data: Record<string, number> }> {
  const counts = { draft: 0, published: 0, modified: 0 };
  if (access.portals.size === 0) return { data: counts };
  await withoutScope(strapi, async () => {
    for (const uid of EDITED) {
      const rows = (await strapi.db.query(uid as never).findMany({
        where: { portal: { documentId: { $in: [...access.portals] } } },
        select: ['documentId', 'publishedAt', 'updatedAt'],
      })) as Row[];
      const byDocument = new Map<string, { draft?: number; published?: number }>();
      for (const row of rows) {
        const entry = byDocument.get(row.documentId) ?? {};
        entry[row.publishedAt ? 'published' : 'draft'] = new Date(row.updatedAt).getTime();
        byDocument.set(row.documentId, entry);
      }
      for (const { draft, published } of byDocument.values()) {
        if (published === undefined) counts.draft += 1;
        else if (draft === undefined || draft === published) counts.published += 1;
        else counts.modified += 1;
      }
    }
  });
  return { data: counts };
}
