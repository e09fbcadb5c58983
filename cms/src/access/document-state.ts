import type { Core } from '@strapi/strapi';

type Row = Record<string, unknown>;
interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
  mappedBy?: string;
  inversedBy?: string;
}

/** Bookkeeping relations Strapi maintains itself: never judged. */
const IGNORED = new Set(['createdBy', 'updatedBy', 'localizations']);
const MAX_DEPTH = 5;

/** One link of a document to another record, as stored. */
export interface Link {
  /** The attribute path, components included: `translationOf`, `units.head`. */
  path: string;
  target: string;
  /** The related record's documentId (its id when it has none). */
  key: string;
}

/** What is stored for one document: every row (draft and published) and every link they hold. */
export interface DocumentState {
  uid: string;
  documentId: string;
  rows: Row[];
  /** `path target key` → link, over all rows. */
  links: Map<string, Link>;
}

export function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attribute> {
  return (strapi.getModel(uid as never) as unknown as { attributes: Record<string, Attribute> } | undefined)?.attributes ?? {};
}

export function relationTarget(attribute: Attribute): string | null {
  if (attribute.type === 'media') return 'plugin::upload.file';
  if (attribute.type === 'relation' && attribute.target && !attribute.relation?.startsWith('morph')) return attribute.target;
  return null;
}

/** A populate that reads every relation and media link of `uid`, through its components. */
export function linkPopulate(strapi: Core.Strapi, uid: string, depth = 0): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (IGNORED.has(name)) continue;
    if (relationTarget(attribute)) populate[name] = { select: ['id', 'documentId'] };
    else if (attribute.type === 'component' && attribute.component && depth < MAX_DEPTH) {
      const nested = linkPopulate(strapi, attribute.component, depth + 1);
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    } else if (attribute.type === 'dynamiczone' && depth < MAX_DEPTH) {
      populate[name] = { on: Object.fromEntries((attribute.components ?? []).map((c) => [c, { populate: linkPopulate(strapi, c, depth + 1) }])) };
    }
  }
  return populate;
}

/** The links one stored row holds. */
export function rowLinks(strapi: Core.Strapi, uid: string, row: Row): Link[] {
  const links = new Map<string, Link>();
  collect(strapi, uid, row, '', '', links, 0);
  return [...links.values()];
}

/** `version` keeps a draft's links apart from its published version's: a link changed on the draft alone is a change. */
function collect(strapi: Core.Strapi, uid: string, row: Row, version: string, prefix: string, links: Map<string, Link>, depth: number): void {
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (IGNORED.has(name)) continue;
    const value = row[name];
    if (value === null || value === undefined) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    const target = relationTarget(attribute);
    if (target) {
      for (const related of Array.isArray(value) ? value : [value]) {
        const { documentId, id } = related as { documentId?: string; id?: number };
        const key = documentId ?? `id:${String(id)}`;
        links.set(`${version} ${path} ${target} ${key}`, { path, target, key });
      }
    } else if (depth < MAX_DEPTH && (attribute.type === 'component' || attribute.type === 'dynamiczone')) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const component = attribute.type === 'component' ? attribute.component : (item as { __component?: string }).__component;
        if (component) collect(strapi, component, item as Row, version, path, links, depth + 1);
      }
    }
  }
}

/**
 * Reads a document exactly as stored, below the document service and the
 * read scope's reach (callers run it inside `withoutScope`): the write guard
 * judges what a write left behind, whatever shape its input had.
 */
export async function documentState(strapi: Core.Strapi, uid: string, documentId: string): Promise<DocumentState> {
  const rows = (await strapi.db.query(uid as never).findMany({ where: { documentId }, populate: linkPopulate(strapi, uid), orderBy: { id: 'asc' } })) as Row[];
  const links = new Map<string, Link>();
  for (const row of rows) collect(strapi, uid, row, row.publishedAt ? 'published' : 'draft', '', links, 0);
  return { uid, documentId, rows, links };
}

/** Links in `after` and not in `before` (added), and the reverse (removed). */
export function linkChanges(before: DocumentState | null, after: DocumentState | null): { added: Link[]; removed: Link[] } {
  const was = before?.links ?? new Map<string, Link>();
  const now = after?.links ?? new Map<string, Link>();
  return {
    added: [...now].filter(([k]) => !was.has(k)).map(([, link]) => link),
    removed: [...was].filter(([k]) => !now.has(k)).map(([, link]) => link),
  };
}

/** The draft row (or the only row, for types without draft and publish). */
export function draftRow(state: DocumentState | null): Row | null {
  if (!state) return null;
  return state.rows.find((r) => r.publishedAt === null || r.publishedAt === undefined) ?? state.rows[0] ?? null;
}

/** The attribute behind a link path (`units.head` → head of the unit component). */
export function attributeAt(strapi: Core.Strapi, uid: string, path: string): Attribute | null {
  let model = uid;
  const parts = path.split('.');
  for (const [i, part] of parts.entries()) {
    const attribute = attributesOf(strapi, model)[part];
    if (!attribute) return null;
    if (i === parts.length - 1) return attribute;
    if (attribute.type !== 'component' || !attribute.component) return null;
    model = attribute.component;
  }
  return null;
}
