import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '@qn/content';
import { attributeAt, attributesOf, type Link } from './document-state';
import { FILE, fileVisible } from './media-scope';
import { SCOPED } from './scoped-types';
import type { Access } from './users';

const PORTAL = 'api::portal.portal';
const CATEGORY = 'api::category.category';
const TAG = 'api::tag.tag';

type Row = Record<string, unknown>;

async function targets(strapi: Core.Strapi, uid: string, keys: string[]): Promise<Row[]> {
  const ids = keys.filter((k) => k.startsWith('id:')).map((k) => Number(k.slice(3)));
  const documentIds = keys.filter((k) => !k.startsWith('id:'));
  const hasPortal = Boolean(attributesOf(strapi, uid).portal);
  return (await strapi.db.query(uid as never).findMany({
    where: { $or: [{ documentId: { $in: documentIds } }, { id: { $in: ids } }] },
    ...(hasPortal ? { populate: { portal: { select: ['documentId'] } } } : {}),
  })) as Row[];
}

function keyOf(row: Row): string {
  return typeof row.documentId === 'string' ? row.documentId : `id:${String(row.id)}`;
}

function portalOf(row: Row): string | null {
  return (row.portal as { documentId?: string } | null | undefined)?.documentId ?? null;
}

/** Does changing this link also change what the other record stores or shows (its side holds a single link, or it owns the relation)? */
function writesTarget(strapi: Core.Strapi, uid: string, path: string): boolean {
  const attribute = attributeAt(strapi, uid, path);
  return Boolean(attribute?.mappedBy) || attribute?.relation === 'oneToOne' || attribute?.relation === 'oneToMany';
}

/**
 * Judges every link a write added or removed, by what it points at, never
 * by how the request spelled it. `portal` itself is judged by the owner
 * rule. Anything not named here is refused: a new relation is closed until
 * someone decides what it may point at.
 */
export async function linkProblems(
  strapi: Core.Strapi,
  access: Access,
  uid: string,
  changes: { added: Link[]; removed: Link[] },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const byTarget = new Map<string, Array<{ link: Link; added: boolean }>>();
  for (const [list, added] of [
    [changes.added, true],
    [changes.removed, false],
  ] as const) {
    for (const link of list) {
      if (link.target === PORTAL && link.path === 'portal') continue;
      if (link.target === TAG) continue;
      byTarget.set(link.target, [...(byTarget.get(link.target) ?? []), { link, added }]);
    }
  }
  for (const [target, changed] of byTarget) {
    const rows = await targets(strapi, target, [...new Set(changed.map((c) => c.link.key))]);
    const rowsOf = (key: string) => rows.filter((r) => keyOf(r) === key || `id:${String(r.id)}` === key);
    for (const { link, added } of changed) {
      const found = rowsOf(link.key);
      const problem = judge(strapi, access, uid, link, added, found);
      if (problem) problems.push({ field: link.path.split('.')[0] ?? link.path, message: problem });
    }
  }
  return problems;
}

function judge(strapi: Core.Strapi, access: Access, uid: string, link: Link, added: boolean, found: Row[]): string | null {
  const field = link.path;
  if (found.length === 0) return added ? `Bản ghi được liên kết không tồn tại (trường "${field}").` : null;
  const own = found.every((r) => {
    const portal = link.target === PORTAL ? keyOf(r) : portalOf(r);
    return portal !== null && access.portals.has(portal);
  });
  if (link.target === PORTAL) {
    return !added || own ? null : `Chỉ được chọn cổng thông tin được phân công cho bạn; muốn đăng lên cổng khác, hãy gửi yêu cầu (trường "${field}").`;
  }
  if (link.target === CATEGORY) {
    const shared = found.every((r) => portalOf(r) === null);
    return !added || shared || own ? null : `Chuyên mục đã chọn thuộc cổng thông tin khác (trường "${field}").`;
  }
  if (link.target === FILE) {
    return !added || found.every((r) => fileVisible(access, r)) ? null : `Tệp đã chọn thuộc thư viện của cổng thông tin khác (trường "${field}").`;
  }
  if (SCOPED.includes(link.target)) {
    // A link shows on both sides (a translation on its original's page, a leader on the agency's): both must be the user's.
    if (own) return null;
    if (writesTarget(strapi, uid, link.path)) return `Liên kết này thay đổi nội dung của cổng thông tin khác (trường "${field}").`;
    return added ? `Bản ghi được liên kết thuộc cổng thông tin không được phân công cho bạn (trường "${field}").` : null;
  }
  return `Không được thay đổi liên kết này (trường "${field}").`;
}
