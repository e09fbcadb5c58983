import type { Core } from '@strapi/strapi';
import { withoutScope } from './access/unscoped';
import { currentAccess } from './access/users';

const FEEDBACK = 'api::page-feedback.page-feedback';
/** The most recent answers counted: a year of a busy portal's readers. */
const WINDOW = 100_000;

export interface PageCounts {
  portal: string;
  path: string;
  yes: number;
  no: number;
  /** The latest comments left with a "no", newest first (at most three). */
  comments: string[];
}
export interface PortalCounts {
  portal: string;
  name: string;
  yes: number;
  no: number;
}

/**
 * "Thông tin này có hữu ích không?" counted per page and per portal, over
 * the portals the user works on (province administrators: all), pages with
 * the most "no" first: where readers did not find what they came for.
 */
export async function feedbackSummary(strapi: Core.Strapi): Promise<{ portals: PortalCounts[]; pages: PageCounts[] }> {
  const access = await currentAccess(strapi);
  if (!access.all && access.portals.size === 0) return { portals: [], pages: [] };
  const rows = (await withoutScope(strapi, () =>
    strapi.db.query(FEEDBACK).findMany({
      where: access.all ? {} : { portal: { documentId: { $in: [...access.portals] } } },
      select: ['path', 'helpful', 'comment', 'receivedAt'],
      populate: { portal: { select: ['code', 'name'] } },
      orderBy: { id: 'desc' },
      limit: WINDOW,
    }),
  )) as Array<{ path: string; helpful: boolean; comment: string | null; portal: { code: string; name: string } | null }>;
  const portals = new Map<string, PortalCounts>();
  const pages = new Map<string, PageCounts>();
  for (const row of rows) {
    if (!row.portal) continue;
    const portal = portals.get(row.portal.code) ?? { portal: row.portal.code, name: row.portal.name, yes: 0, no: 0 };
    portals.set(row.portal.code, portal);
    const key = `${row.portal.code} ${row.path}`;
    const page = pages.get(key) ?? { portal: row.portal.code, path: row.path, yes: 0, no: 0, comments: [] };
    pages.set(key, page);
    const answer = row.helpful ? 'yes' : 'no';
    portal[answer] += 1;
    page[answer] += 1;
    if (!row.helpful && row.comment && page.comments.length < 3) page.comments.push(row.comment);
  }
  return {
    portals: [...portals.values()].sort((a, b) => b.no + b.yes - (a.no + a.yes)),
    pages: [...pages.values()].sort((a, b) => b.no - a.no || b.yes + b.no - (a.yes + a.no)).slice(0, 500),
  };
}
