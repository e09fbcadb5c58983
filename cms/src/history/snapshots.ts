import type { Core } from '@strapi/strapi';
import { recordTitle } from '../record-title';
import { blocksToText, diffLines, type BlockNode, type DiffLine } from '@qn/content';
import { SCOPED } from '../access/scoped-types';
import { withoutScope } from '../access/unscoped';
import { currentAccess } from '../access/users';

export const VERSION = 'api::version-snapshot.version-snapshot';
type Uid = Parameters<Core.Strapi['documents']>[0];
type Row = Record<string, unknown>;

/** Fields a version does not keep and a restore never touches: identity, bookkeeping, workflow state. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  'publishAt',
  'unpublishAt',
  'reviewState',
  'reviewComment',
  'withdrawalReason',
]);

function attributes(strapi: Core.Strapi, uid: string): Record<string, { type: string; private?: boolean }> {
  return (strapi.contentType(uid as Uid) as unknown as { attributes: Record<string, { type: string; private?: boolean }> }).attributes;
}

/** The fields a version keeps and a restore writes back: text, numbers, dates, blocks, components. */
export function contentFields(strapi: Core.Strapi, uid: string, row: Row): Row {
  const kept: Row = {};
  for (const [name, attribute] of Object.entries(attributes(strapi, uid))) {
    // Private fields (an asker's contact details, when they were e-mailed) are not content: no version keeps them, no restore changes them.
    if (SYSTEM_FIELDS.has(name) || attribute.private || attribute.type === 'relation' || attribute.type === 'media') continue;
    if (row[name] !== undefined) kept[name] = stripIds(row[name]);
  }
  return kept;
}

/** Component ids belong to the version they came from; a restore writes the values. */
function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => [k, stripIds(v)]));
  return value;
}

/** One readable text per field, for the diff. */
export function readableText(strapi: Core.Strapi, uid: string, data: Row): string {
  const lines: string[] = [];
  for (const [name, attribute] of Object.entries(attributes(strapi, uid))) {
    const value = data[name];
    if (value === undefined || value === null || value === '') continue;
    if (attribute.type === 'blocks') lines.push(`[${name}]`, ...blocksToText(value as BlockNode[]).split('\n'));
    else if (attribute.type === 'component') lines.push(`[${name}]`, JSON.stringify(value, null, 1));
    else if (typeof value !== 'object') lines.push(`[${name}] ${String(value)}`);
  }
  return lines.join('\n');
}

/** Stores the published version as the document's next numbered version. */
export async function snapshot(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  await withoutScope(strapi, async () => {
    const published = (await strapi.documents(uid as Uid).findOne({ documentId, status: 'published', populate: ['portal'] })) as Row | null;
    if (!published) return;
    const count = await strapi.db.query(VERSION as Uid).count({ where: { model: uid, ref: documentId } });
    const access = await currentAccess(strapi);
    await strapi.db.query(VERSION as Uid).create({
      data: {
        model: uid,
        ref: documentId,
        portal: (published.portal as { code?: string } | null)?.code ?? null,
        version: count + 1,
        at: new Date().toISOString(),
        actorEmail: access.user?.email ?? 'system',
        title: recordTitle(published, documentId),
        data: contentFields(strapi, uid, published),
      },
    });
  });
}

/** Keeps a copy of every published version of the portal-owned types. */
export function registerSnapshots(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const { documentId } = context.params as { documentId?: string };
    if (context.action === 'publish' && documentId && SCOPED.includes(context.uid)) await snapshot(strapi, context.uid, documentId);
    return result;
  });
}

/** A document's versions, oldest first. Callers check the user may see the document; the table itself is admin-only. */
export async function versions(strapi: Core.Strapi, uid: string, documentId: string): Promise<Row[]> {
  return withoutScope(strapi, () => strapi.db.query(VERSION as Uid).findMany({ where: { model: uid, ref: documentId }, orderBy: { version: 'asc' } }) as Promise<Row[]>);
}

export async function compare(strapi: Core.Strapi, uid: string, documentId: string, from: number, to: number): Promise<DiffLine[] | null> {
  const all = await versions(strapi, uid, documentId);
  const a = all.find((v) => v.version === from);
  const b = all.find((v) => v.version === to);
  if (!a || !b) return null;
  return diffLines(readableText(strapi, uid, a.data as Row), readableText(strapi, uid, b.data as Row));
}
