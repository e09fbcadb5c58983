import type { Core } from '@strapi/strapi';
import { LEASE_NAMES, type BuildRecord, type LeaseAnswer, type PortalBuildState, type PublisherCursor, type PublisherStateAnswer } from '@qn/content';
import { withoutScope } from './access/unscoped';
import { OUTBOX_UID } from './outbox';

export const STATE_UID = 'api::publisher-state.publisher-state';
export const BUILD_UID = 'api::portal-build.portal-build';

type Knex = Core.Strapi['db']['connection'];
interface StateRow {
  holder: string | null;
  lease_until: string | number | null;
  fence: string | number | null;
  cursor: unknown;
}

const table = (strapi: Core.Strapi, uid: string) => strapi.db.metadata.get(uid as never).tableName;
const asNumber = (value: string | number | null | undefined) => (value === null || value === undefined ? 0 : Number(value));

/** Each lease has its row from the start, so taking a lease is always one conditional UPDATE, never a racing INSERT. */
export async function ensurePublisherStates(strapi: Core.Strapi): Promise<void> {
  for (const name of LEASE_NAMES) {
    const exists = await withoutScope(strapi, () => strapi.db.query(STATE_UID as never).findOne({ where: { name } }));
    if (!exists) await withoutScope(strapi, () => strapi.db.query(STATE_UID as never).create({ data: { name, fence: 0, leaseUntil: 0 } }));
  }
}

async function readState(knex: Knex, tableName: string, name: string): Promise<StateRow> {
  const row = (await knex(tableName).where({ name }).first('holder', 'lease_until', 'fence', 'cursor')) as StateRow | undefined;
  if (!row) throw new Error(`the publisher state "${name}" has no row; the CMS creates it on start`);
  return row;
}

function answer(row: StateRow, holder: string, now: number): LeaseAnswer {
  const until = asNumber(row.lease_until);
  const live = until > now;
  return { held: live && row.holder === holder, holder: live ? row.holder : null, until: live ? new Date(until).toISOString() : null, fence: asNumber(row.fence) };
}

function parseCursor(value: unknown): PublisherCursor | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as PublisherCursor;
}

/**
 * Takes or renews a lease in one conditional UPDATE: it succeeds when the
 * caller holds the lease already or nobody holds a live one. A new holder
 * gets the next fence number; renewing keeps it.
 */
export async function takeLease(strapi: Core.Strapi, name: string, holder: string, ttlMs: number): Promise<LeaseAnswer> {
  const knex = strapi.db.connection;
  const tableName = table(strapi, STATE_UID);
  const now = Date.now();
  await knex(tableName)
    .where({ name })
    .andWhere((q) => q.where('holder', holder).andWhere('lease_until', '>', now).orWhere('lease_until', '<=', now).orWhereNull('lease_until').orWhereNull('holder'))
    .update({
      fence: knex.raw('CASE WHEN holder = ? AND lease_until > ? THEN fence ELSE COALESCE(fence, 0) + 1 END', [holder, now]),
      holder,
      lease_until: now + ttlMs,
    });
  return answer(await readState(knex, tableName, name), holder, Date.now());
}

/** Gives a lease up at once (a clean stop), so a waiting process need not wait for it to run out. */
export async function releaseLease(strapi: Core.Strapi, name: string, holder: string): Promise<boolean> {
  const count = await strapi.db.connection(table(strapi, STATE_UID)).where({ name, holder }).update({ lease_until: 0 });
  return Number(count) > 0;
}

export async function publisherState(strapi: Core.Strapi, name: string): Promise<PublisherStateAnswer> {
  const row = await readState(strapi.db.connection, table(strapi, STATE_UID), name);
  return { ...answer(row, '', Date.now()), cursor: parseCursor(row.cursor) };
}

/** Saves the cursor only while `holder` holds the lease with this fence: a process that lost it cannot move the cursor. */
export async function saveCursor(strapi: Core.Strapi, name: string, holder: string, fence: number, cursor: PublisherCursor): Promise<boolean> {
  const count = await strapi.db
    .connection(table(strapi, STATE_UID))
    .where({ name, holder, fence })
    .andWhere('lease_until', '>', Date.now())
    .update({ cursor: JSON.stringify(cursor) });
  return Number(count) > 0;
}

/** Checks a fenced request without writing: the dispatcher's wishes count only while it holds the lease. */
export async function holdsLease(strapi: Core.Strapi, name: string, holder: string, fence: number): Promise<boolean> {
  const row = await readState(strapi.db.connection, table(strapi, STATE_UID), name);
  return row.holder === holder && asNumber(row.fence) === fence && asNumber(row.lease_until) > Date.now();
}

interface BuildRow {
  id: number;
  portal: string;
  requested: string | number | null;
  done: string | number | null;
  lastSuccessAt: string | Date | null;
  lastError: string | null;
  lastErrorAt: string | Date | null;
  lastMs: number | null;
  lastBy: string | null;
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

function toState(row: BuildRow): PortalBuildState {
  return {
    portal: row.portal,
    requested: asNumber(row.requested),
    done: asNumber(row.done),
    lastSuccessAt: iso(row.lastSuccessAt),
    lastError: row.lastError,
    lastErrorAt: iso(row.lastErrorAt),
    lastMs: row.lastMs,
    lastBy: row.lastBy,
  };
}

const builds = (strapi: Core.Strapi) => strapi.db.query(BUILD_UID as never);

async function buildRow(strapi: Core.Strapi, portal: string): Promise<BuildRow> {
  const find = async () => (await builds(strapi).findOne({ where: { portal } })) as BuildRow | null;
  const found = await find();
  if (found) return found;
  try {
    return (await builds(strapi).create({ data: { portal, requested: 0, done: 0 } })) as BuildRow;
  } catch (error) {
    // Two first writes for one portal at once: the other one made the row.
    const made = await find();
    if (made) return made;
    throw error;
  }
}

/**
 * What a build record may claim: a portal of the tree, and a request no
 * newer than the newest outbox row (a made-up one would mark the portal
 * built for every request to come). A problem names the first offender.
 */
export async function checkBuildRecords(strapi: Core.Strapi, results: readonly BuildRecord[]): Promise<string | null> {
  const codes = [...new Set(results.map((r) => r.portal))];
  const known = (await withoutScope(strapi, () => strapi.db.query('api::portal.portal' as never).findMany({ where: { code: { $in: codes } }, select: ['code'] }))) as Array<{ code: string }>;
  const unknown = codes.filter((code) => !known.some((p) => p.code === code));
  if (unknown.length > 0) return `no portal has the code ${unknown[0]}`;
  const newest = await newestEventId(strapi);
  const ahead = results.find((r) => (r.seq ?? 0) > newest);
  return ahead ? `seq ${ahead.seq} is past the newest outbox row (${newest})` : null;
}

/** The id of the newest outbox row (0: none). */
export async function newestEventId(strapi: Core.Strapi): Promise<number> {
  const row = (await strapi.db.query(OUTBOX_UID).findOne({ orderBy: { id: 'desc' }, select: ['id'] })) as { id: number } | null;
  return row?.id ?? 0;
}

/** One portal's build state, or null before its first build or request. */
export async function portalBuild(strapi: Core.Strapi, portal: string): Promise<PortalBuildState | null> {
  const row = (await withoutScope(strapi, () => builds(strapi).findOne({ where: { portal } }))) as BuildRow | null;
  return row && toState(row);
}

export async function portalBuilds(strapi: Core.Strapi): Promise<PortalBuildState[]> {
  return withoutScope(strapi, async () => ((await builds(strapi).findMany({ orderBy: { portal: 'asc' } })) as BuildRow[]).map(toState));
}

/** Marks portals as wanting a rebuild for outbox rows up to `upTo` (never lowers a request). */
export async function requestBuilds(strapi: Core.Strapi, portals: readonly string[], upTo: number): Promise<void> {
  await withoutScope(strapi, async () => {
    for (const portal of new Set(portals)) {
      const row = await buildRow(strapi, portal);
      if (asNumber(row.requested) < upTo) await builds(strapi).update({ where: { id: row.id }, data: { requested: upTo } });
    }
  });
}

/** Records what builds did: a success covers the request it started from, a failure is kept until the next success. */
export async function recordBuilds(strapi: Core.Strapi, results: readonly BuildRecord[]): Promise<void> {
  const now = new Date();
  await withoutScope(strapi, async () => {
    for (const result of results) {
      const row = await buildRow(strapi, result.portal);
      const data = result.ok
        ? { done: Math.max(asNumber(row.done), result.seq ?? 0), lastSuccessAt: now, lastError: null, lastErrorAt: null, lastMs: result.ms ?? null, lastBy: result.by ?? null }
        : { lastError: result.error ?? 'failed', lastErrorAt: now, lastBy: result.by ?? null };
      await builds(strapi).update({ where: { id: row.id }, data });
    }
  });
}
