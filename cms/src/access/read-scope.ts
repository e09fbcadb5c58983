import type { Core } from '@strapi/strapi';
import { attributesOf, relationTarget } from './document-state';
import { FILE, FOLDER, SHARED, under } from './media-scope';
import { ADMIN_ONLY, PERSONAL, REQUESTS, SCOPED, SUBMISSIONS } from './scoped-types';
import { isUnscoped, withoutScope } from './unscoped';
import { currentAccess, type Access } from './users';
import { deny } from '../rules/errors';

type Where = Record<string, unknown>;
interface FindEvent {
  model: { uid: string };
  params: { where?: Where; orderBy?: unknown; populate?: unknown };
  result?: unknown;
}

const NOTHING: Where = { id: { $null: true } };
/** How deep filters, sorts and populates may reach for portal users and API tokens; deeper ones are refused or cut. */
const MAX_DEPTH = 10;

/**
 * Which rows of `uid` this caller may see, as a where clause; null: all of
 * them. The one rule for every read: top-level queries, the rows their
 * filters reach through relations, and populated relations.
 */
export function visibleWhere(access: Access, uid: string): Where | null {
  if (access.kind === 'system' || access.all) return null;
  const published = { publishedAt: { $notNull: true } };
  // The public service's intake reads like any Content API caller; it looks its own submissions up past the scope (cms/src/intake).
  if (access.kind === 'public' || access.kind === 'intake') {
    if (SUBMISSIONS.includes(uid)) return NOTHING;
    if (SCOPED.includes(uid)) return published;
    // Media of published content are public; the library's folders are not.
    if (uid === REQUESTS || uid === FOLDER || ADMIN_ONLY.includes(uid)) return NOTHING;
    return null;
  }
  const mine = { $in: [...access.portals] };
  if (ADMIN_ONLY.includes(uid)) return NOTHING;
  // The media library: files of the user's portal folders and of the shared root; only their portals' folders.
  if (uid === FILE) return { $or: [{ folderPath: SHARED }, ...under('folderPath', access.mediaRoots)] };
  if (uid === FOLDER) return access.mediaRoots.length > 0 ? { $or: under('path', access.mediaRoots) } : NOTHING;
  if (uid === REQUESTS) return { $or: [{ portal: { documentId: mine } }, { article: { portal: { documentId: mine } } }] };
  if (PERSONAL.includes(uid)) return { portal: { documentId: mine } };
  if (SCOPED.includes(uid)) return { $or: [published, { portal: { documentId: mine } }] };
  return null;
}

/** Types whose rows some callers may not see; a filter, sort or populate reaching them is scoped too. */
function guarded(uid: string): boolean {
  return SCOPED.includes(uid) || uid === REQUESTS || uid === FILE || uid === FOLDER || ADMIN_ONLY.includes(uid);
}

function isPlainObject(value: unknown): value is Where {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys that only name the linked row, and read nothing of it. */
const IDENTITY = new Set(['id', 'documentId']);

/**
 * A relation filter that only tests the link itself (`{ $null: true }`,
 * `{ id: 3 }`, `{ id: { $null: true } }`) reads nothing of the other
 * record: it is left as it is (the media library lists a folder's files
 * and the root's by such filters).
 */
function readsFields(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([k, v]) => k === '$and' || k === '$or' || k === '$not' ? readsFields(v) || (Array.isArray(v) && v.some(readsFields)) : !k.startsWith('$') && !IDENTITY.has(k));
}

/**
 * Rewrites a where clause so that every relation it follows into a guarded
 * type only matches rows the caller may see: otherwise a filter on a
 * visible record (`translations.body contains …`) tells about a hidden one.
 * Each rewritten relation sits in its own `$and` item, because Strapi merges
 * sibling relation clauses with Object.assign.
 */
export function scopeWhere(strapi: Core.Strapi, access: Access, uid: string, where: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) deny('Bộ lọc lồng nhau quá sâu: rút gọn điều kiện lọc.');
  if (Array.isArray(where)) return where.map((w) => scopeWhere(strapi, access, uid, w, depth));
  if (!isPlainObject(where)) return where;
  const attributes = attributesOf(strapi, uid);
  const kept: Where = {};
  const separate: Where[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === '$and' || key === '$or') kept[key] = scopeWhere(strapi, access, uid, value, depth + 1);
    else if (key === '$not') kept[key] = scopeWhere(strapi, access, uid, value, depth + 1);
    else {
      const attribute = attributes[key];
      const target = attribute ? relationTarget(attribute) : null;
      if (target && readsFields(value)) {
        const inner = scopeWhere(strapi, access, target, value, depth + 1);
        const visible = guarded(target) ? visibleWhere(access, target) : null;
        separate.push({ [key]: visible ? { $and: [inner, visible] } : inner });
      } else if (attribute?.type === 'component' && attribute.component) {
        kept[key] = scopeWhere(strapi, access, attribute.component, value, depth + 1);
      } else kept[key] = value;
    }
  }
  if (separate.length === 0) return kept;
  return { $and: [...(Object.keys(kept).length > 0 ? [kept] : []), ...separate] };
}

/** A sort that follows a relation into a guarded type would order visible rows by hidden values. */
function sortsThroughGuarded(strapi: Core.Strapi, uid: string, orderBy: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(orderBy)) return orderBy.some((o) => sortsThroughGuarded(strapi, uid, o, depth));
  if (typeof orderBy === 'string') {
    const [first, ...rest] = orderBy.split('.');
    const attribute = attributesOf(strapi, uid)[first ?? ''];
    const target = attribute ? relationTarget(attribute) : null;
    return Boolean(target && rest.length > 0 && (guarded(target) || sortsThroughGuarded(strapi, target, rest.join('.'), depth + 1)));
  }
  if (!isPlainObject(orderBy)) return false;
  return Object.entries(orderBy).some(([key, value]) => {
    const attribute = attributesOf(strapi, uid)[key];
    const target = attribute ? relationTarget(attribute) : null;
    return Boolean(target && isPlainObject(value) && (guarded(target) || sortsThroughGuarded(strapi, target, value, depth + 1)));
  });
}

function isMorph(attribute: { type: string; relation?: string } | undefined): boolean {
  return attribute?.type === 'relation' && Boolean(attribute.relation?.startsWith('morph'));
}

/** `true`, `'*'`, a list of names or an object: one object naming each attribute, morph relations left out. */
function populateObject(strapi: Core.Strapi, uid: string, populate: unknown): Where {
  const attributes = attributesOf(strapi, uid);
  const populable = (name: string) => {
    const attribute = attributes[name];
    return Boolean(attribute && !isMorph(attribute) && (relationTarget(attribute) || attribute.type === 'component' || attribute.type === 'dynamiczone'));
  };
  if (populate === true || populate === '*') return Object.fromEntries(Object.keys(attributes).filter(populable).map((name) => [name, true]));
  if (typeof populate === 'string') return Object.fromEntries(populate.split(',').map((n) => n.trim()).filter(populable).map((n) => [n, true]));
  if (Array.isArray(populate)) return Object.fromEntries(populate.filter((n): n is string => typeof n === 'string' && populable(n)).map((n) => [n, true]));
  if (isPlainObject(populate)) return Object.fromEntries(Object.entries(populate).filter(([name]) => !isMorph(attributes[name])));
  return {};
}

/**
 * Populates are scoped like the main query: filters inside them
 * (`populate: { translations: { where } }`) reach only visible rows, morph
 * relations (a file's `related`, filled by Strapi with no regard to drafts)
 * are not populated at all, and nothing is populated deeper than MAX_DEPTH.
 */
function scopePopulate(strapi: Core.Strapi, access: Access, uid: string, populate: unknown, depth = 0): unknown {
  if (populate === false || populate === undefined || populate === null) return populate;
  if (depth > MAX_DEPTH) return undefined;
  const attributes = attributesOf(strapi, uid);
  const scoped: Where = {};
  for (const [key, value] of Object.entries(populateObject(strapi, uid, populate))) {
    const attribute = attributes[key];
    const target = attribute ? (relationTarget(attribute) ?? (attribute.type === 'component' ? attribute.component : null)) : null;
    if (!target || !isPlainObject(value)) {
      scoped[key] = value;
      continue;
    }
    const next: Where = { ...value };
    // Populated rows of a guarded type are checked by id afterwards: a select without it would hide them from the check.
    if (guarded(target) && Array.isArray(next.select) && !next.select.includes('id')) next.select = [...(next.select as string[]), 'id'];
    for (const clause of ['where', 'filters'] as const) {
      if (next[clause] !== undefined) next[clause] = scopeWhere(strapi, access, target, next[clause]);
    }
    if (next.populate !== undefined) {
      const nested = scopePopulate(strapi, access, target, next.populate, depth + 1);
      if (nested === undefined) delete next.populate;
      else next.populate = nested;
    }
    if (sortsThroughGuarded(strapi, target, next.orderBy)) delete next.orderBy;
    scoped[key] = next;
  }
  return scoped;
}

/**
 * Reads are scoped in the database layer, below every route: the content
 * manager's lists and views, its relations endpoint and relation pickers,
 * REST and GraphQL. Before a query, the rows of the queried type are
 * narrowed to what the caller may see, and so are the rows its filters
 * reach through relations. After it, populated relations that point at rows
 * the caller may not see (another portal's draft) are removed from the
 * result: Strapi populates without asking the related type's lifecycles.
 */
export function registerReadScope(strapi: Core.Strapi): void {
  const accessFor = async (): Promise<Access | null> => {
    if (isUnscoped(strapi)) return null;
    const access = await currentAccess(strapi);
    return access.kind === 'system' || access.all ? null : access;
  };
  const before = async (event: FindEvent) => {
    const access = await accessFor();
    if (!access) return;
    const uid = event.model.uid;
    if (sortsThroughGuarded(strapi, uid, event.params.orderBy)) {
      deny('Không được sắp xếp theo trường của nội dung liên kết (chỉ sắp xếp theo trường của chính nội dung này).');
    }
    const own = guarded(uid) ? visibleWhere(access, uid) : null;
    const where = event.params.where === undefined ? undefined : (scopeWhere(strapi, access, uid, event.params.where) as Where);
    event.params.where = where && own ? { $and: [where, own] } : (where ?? own ?? undefined);
    if (event.params.populate !== undefined) event.params.populate = scopePopulate(strapi, access, uid, event.params.populate) as FindEvent['params']['populate'];
  };
  const after = async (event: FindEvent) => {
    const access = await accessFor();
    if (!access || event.result === null || event.result === undefined) return;
    await withoutScope(strapi, () => prunePopulated(strapi, access, event.model.uid, event.result));
  };
  // A publication filter compares a document's published version with its draft in raw SQL, past every lifecycle: it tells
  // an API token which published documents have unpublished edits. The builder never uses it.
  strapi.documents.use(async (context, next) => {
    const params = context.params as { publicationFilter?: unknown; hasPublishedVersion?: unknown } | undefined;
    if (params && (params.publicationFilter !== undefined || params.hasPublishedVersion !== undefined) && ['public', 'intake'].includes((await currentAccess(strapi)).kind)) {
      delete params.publicationFilter;
      delete params.hasPublishedVersion;
    }
    return next();
  });
  strapi.db.lifecycles.subscribe({
    beforeFindMany: before,
    beforeFindOne: before,
    beforeCount: before,
    afterFindMany: after,
    afterFindOne: after,
  });
}

type Row = Record<string, unknown>;
interface Slot {
  target: string;
  holder: Row;
  key: string;
}

/** Every populated relation value in a result, with where it sits (to remove it in place). */
function populatedSlots(strapi: Core.Strapi, uid: string, rows: Row[], slots: Slot[], depth: number): void {
  const attributes = attributesOf(strapi, uid);
  for (const row of rows) {
    for (const [key, attribute] of Object.entries(attributes)) {
      const value = row[key];
      if (value === null || typeof value !== 'object') continue;
      // `populate: { x: { count: true } }` answers `{ count }`: a number, no rows.
      if (!Array.isArray(value) && Object.keys(value).length === 1 && 'count' in value) continue;
      // Morph relations are never populated for these callers (scopePopulate); if one is here, it goes.
      if (isMorph(attribute) || (depth >= MAX_DEPTH && (relationTarget(attribute) || attribute.type === 'component' || attribute.type === 'dynamiczone'))) {
        row[key] = Array.isArray(value) ? [] : null;
        continue;
      }
      const target = relationTarget(attribute);
      if (target) {
        slots.push({ target, holder: row, key });
        populatedSlots(strapi, target, (Array.isArray(value) ? value : [value]) as Row[], slots, depth + 1);
      } else if (attribute.type === 'component' && attribute.component) {
        populatedSlots(strapi, attribute.component, (Array.isArray(value) ? value : [value]) as Row[], slots, depth + 1);
      } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
        for (const item of value as Row[]) if (typeof item.__component === 'string') populatedSlots(strapi, item.__component, [item], slots, depth + 1);
      }
    }
  }
}

async function prunePopulated(strapi: Core.Strapi, access: Access, uid: string, result: unknown): Promise<void> {
  const rows = (Array.isArray(result) ? result : [result]).filter(isPlainObject);
  const slots: Slot[] = [];
  populatedSlots(strapi, uid, rows, slots, 0);
  const byTarget = new Map<string, Set<number>>();
  for (const slot of slots) {
    if (!guarded(slot.target)) continue;
    const ids = byTarget.get(slot.target) ?? new Set<number>();
    byTarget.set(slot.target, ids);
    const value = slot.holder[slot.key];
    for (const related of (Array.isArray(value) ? value : [value]) as Row[]) if (typeof related?.id === 'number') ids.add(related.id);
  }
  const visible = new Map<string, Set<number>>();
  for (const [target, ids] of byTarget) {
    const condition = visibleWhere(access, target);
    if (!condition) continue;
    const found = ids.size === 0 ? [] : ((await strapi.db.query(target as never).findMany({ where: { $and: [{ id: { $in: [...ids] } }, condition] }, select: ['id'] })) as Row[]);
    visible.set(target, new Set(found.map((r) => r.id as number)));
  }
  for (const slot of slots) {
    const allowed = visible.get(slot.target);
    if (!allowed) continue;
    const value = slot.holder[slot.key];
    // A row that cannot be identified is not shown: fail closed.
    const shown = (related: unknown) => typeof (related as Row | null)?.id === 'number' && allowed.has((related as Row).id as number);
    if (Array.isArray(value)) {
      const kept = value.filter(shown);
      value.splice(0, value.length, ...kept);
    } else if (!shown(value)) slot.holder[slot.key] = null;
  }
}
