import type { Core } from '@strapi/strapi';
import { SCOPED } from './access/scoped-types';
import { withoutScope } from './access/unscoped';
import { currentAccess } from './access/users';
import { recordTitle } from './record-title';

type Uid = Parameters<Core.Strapi['documents']>[0];
type Row = Record<string, unknown>;

/** At most this many waiting records per kind; the list says when there are more. */
const LIMIT = 200;

export interface WaitingItem {
  model: string;
  kind: string;
  documentId: string;
  title: string;
  portal: string;
  portalName: string;
  sentAt: string;
}

/**
 * Drafts sent for review ("Chờ duyệt") in the portals the user works on, the
 * longest waiting first: the approver's to-do list. Province administrators
 * see every portal's.
 */
export async function waitingForReview(strapi: Core.Strapi): Promise<{ items: WaitingItem[]; more: string[] }> {
  const access = await currentAccess(strapi);
  const items: WaitingItem[] = [];
  const more: string[] = [];
  for (const uid of SCOPED) {
    const contentType = strapi.contentType(uid as Uid) as { attributes: Record<string, unknown>; info: { displayName: string } } | undefined;
    if (!contentType?.attributes.reviewState) continue;
    const where: Row = { reviewState: 'submitted', publishedAt: null };
    if (!access.all) where.portal = { documentId: { $in: [...access.portals] } };
    const rows = (await withoutScope(strapi, () =>
      strapi.db.query(uid as Uid).findMany({ where, orderBy: { updatedAt: 'asc' }, limit: LIMIT + 1, populate: { portal: { select: ['code', 'name'] } } }),
    )) as Row[];
    if (rows.length > LIMIT) more.push(contentType.info.displayName);
    for (const row of rows.slice(0, LIMIT)) {
      const portal = row.portal as { code: string; name: string } | null;
      items.push({
        model: uid,
        kind: contentType.info.displayName,
        documentId: String(row.documentId),
        title: recordTitle(row, String(row.documentId)),
        portal: portal?.code ?? '',
        portalName: portal?.name ?? '',
        sentAt: new Date(row.updatedAt as string).toISOString(),
      });
    }
  }
  items.sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  return { items, more };
}
