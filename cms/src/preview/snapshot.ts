import type { Core } from '@strapi/strapi';
import { KINDS, kindOf, type Article, type PortalRecords, type RecordKind, type Snapshot } from '@qn/content';
import { RECORD_KINDS, toArticle, toCategory, toPortal, toRecord } from '@qn/cms-client';
import { withoutScope } from '../access/unscoped';
import { CODE, FIELDS, MEDIA, POPULATE, PUBLISHED, readPortals, withoutRowIds, type Row } from '../builder-shape';

type Uid = Parameters<Core.Strapi['documents']>[0];
const PORTAL = 'api::portal.portal';
const CATEGORY = 'api::category.category';

export interface PreviewTarget {
  uid: string;
  documentId: string;
  status: 'draft' | 'published';
}

/** What one preview renders: a snapshot holding the record as it would be published now, and where its page is. */
export interface PreviewContent {
  snapshot: Snapshot;
  code: string;
  /** The record's page on its portal's site: `/bai-viet/<slug>/`. */
  path: string;
  /** Changes whenever the record is saved: a preview of an older save is not shown again. */
  version: string;
}

/** The kinds that have a page of their own: the record-kind registry's answer. */
export function previewable(uid: string): RecordKind | null {
  const kind = kindOf(uid);
  return kind?.path ? kind : null;
}

/** Relations and media of a record kind, populated in the shape its GraphQL query has (portals as `{ code }`). */
function recordPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  const attributes = strapi.getModel(uid as Uid).attributes as Record<string, { type: string; target?: string }>;
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = { select: MEDIA };
    else if (attribute.type === 'component') populate[name] = true;
    else if (attribute.type === 'relation' && attribute.target === PORTAL) populate[name] = CODE;
    else if (attribute.type === 'relation' && attribute.target?.startsWith('api::')) {
      const target = strapi.getModel(attribute.target as Uid)?.attributes as Record<string, unknown> | undefined;
      populate[name] = target?.portal ? { populate: { portal: CODE } } : true;
    }
  }
  return populate;
}

/** The row a preview shows: the draft, or the published version. */
export function rowWhere(target: PreviewTarget): Record<string, unknown> {
  return { documentId: target.documentId, publishedAt: target.status === 'draft' ? { $null: true } : { $notNull: true } };
}

/** Changes whenever the record is saved; null when the row is gone. */
export async function previewVersion(strapi: Core.Strapi, target: PreviewTarget): Promise<string | null> {
  const row = (await withoutScope(strapi, () => strapi.db.query(target.uid as Uid).findOne({ where: rowWhere(target), select: ['id', 'updatedAt'] }))) as Row | null;
  return row ? `${String(row.id)}-${String(row.updatedAt)}` : null;
}

/**
 * A draft links to the drafts of other records (Strapi 5 keeps a link's
 * status): those may be another portal's, and unpublished. A preview shows
 * what the build would: their published versions, or nothing.
 */
async function publishedLinks(strapi: Core.Strapi, uid: string, row: Row, populate: Record<string, unknown>): Promise<Row> {
  const attributes = strapi.getModel(uid as Uid).attributes as Record<string, { type: string; target?: string }>;
  const linked: Row = { ...row };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'relation' || !attribute.target || !(name in row) || !kindOf(attribute.target)?.draftAndPublish) continue;
    const value = row[name] as Row | Row[] | null;
    const links = (Array.isArray(value) ? value : value ? [value] : []).map((link) => String(link.documentId));
    const spec = (populate[name] ?? {}) as { select?: string[]; populate?: object };
    const found = links.length === 0 ? [] : ((await strapi.db.query(attribute.target as Uid).findMany({
      where: { documentId: { $in: links }, ...PUBLISHED },
      ...(spec.select ? { select: [...new Set(['id', 'documentId', ...spec.select])] } : {}),
      ...(spec.populate ? { populate: spec.populate } : {}),
    })) as Row[]);
    linked[name] = Array.isArray(value) ? found : (found[0] ?? null);
  }
  return linked;
}

async function readRow(strapi: Core.Strapi, target: PreviewTarget, kind: RecordKind): Promise<Row | null> {
  const query = strapi.db.query(target.uid as Uid);
  const populate = kind.key === 'articles' ? POPULATE : recordPopulate(strapi, target.uid);
  const row = (await query.findOne({ where: rowWhere(target), ...(kind.key === 'articles' ? { select: FIELDS } : {}), populate })) as Row | null;
  return row && target.status === 'draft' ? publishedLinks(strapi, target.uid, row, populate) : row;
}

/**
 * The content a preview build needs, read from the database directly
 * (never through an API token, which may not read drafts): the portal
 * tree, the categories, the portal's published pages for its menu, and
 * the record itself as if published now. Other records are left out: the
 * preview is of this page, not of the lists it will appear in.
 */
export async function previewContent(strapi: Core.Strapi, target: PreviewTarget): Promise<PreviewContent | { problem: string }> {
  const kind = previewable(target.uid);
  if (!kind) return { problem: 'Loại nội dung này không có trang riêng trên cổng thông tin.' };
  return withoutScope(strapi, async () => {
    const row = await readRow(strapi, target, kind);
    if (!row) return { problem: target.status === 'draft' ? 'Không còn bản nháp này: có thể nó đã được xuất bản hoặc bị xoá.' : 'Nội dung này chưa được xuất bản.' };
    const now = new Date().toISOString();
    // Shown as it would be if published now; a published one keeps its date.
    const node = { ...withoutRowIds(row), publishedAt: target.status === 'draft' ? now : row.publishedAt };
    const converted = kind.key === 'articles' ? toArticle(node) : toRecord(RECORD_KINDS[kind.key as keyof PortalRecords], kind.key, node);
    if ('problem' in converted) return { problem: `Bản nháp chưa đủ để dựng trang: ${converted.problem.message}` };
    const record = converted.value as { portal: string | null; slug: string };
    if (!record.portal) return { problem: 'Nội dung chưa thuộc cổng thông tin nào: chọn cổng rồi lưu lại.' };

    const portals = (await readPortals(strapi)).map(toPortal).flatMap((r) => ('value' in r ? [r.value] : []));
    const categoryRows = (await strapi.db.query(CATEGORY).findMany({ select: ['documentId', 'name', 'slug', 'description'], populate: { portal: CODE } })) as Row[];
    const categories = categoryRows.map((r) => toCategory(withoutRowIds(r))).flatMap((r) => ('value' in r ? [r.value] : []));
    const pageKind = KINDS.find((k) => k.key === 'pages')!;
    const pageRows = (await strapi.db.query(pageKind.uid as Uid).findMany({
      where: { $and: [PUBLISHED, { portal: { code: record.portal } }, { documentId: { $ne: target.documentId } }] },
      populate: { portal: CODE },
    })) as Row[];
    const pages = pageRows.map((r) => toRecord(RECORD_KINDS.pages, 'pages', withoutRowIds(r))).flatMap((r) => ('value' in r ? [r.value] : []));

    const records = Object.fromEntries(Object.keys(RECORD_KINDS).map((key) => [key, []])) as unknown as PortalRecords;
    records.pages = pages as PortalRecords['pages'];
    let articles: Article[] = [];
    if (kind.key === 'articles') articles = [converted.value as Article];
    else (records[kind.key as keyof PortalRecords] as unknown[]).push(converted.value);

    const snapshot: Snapshot = { fetchedAt: now, portals, categories, articles, redirects: [], records, onlyPortals: [record.portal] };
    return { snapshot, code: record.portal, path: `${kind.path}${record.slug}/`, version: `${String(row.id)}-${String(row.updatedAt)}` };
  });
}
