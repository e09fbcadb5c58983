import type { SeedTarget, Tally } from './target.ts';

/** How to write one content type: its natural key, how to read it back, and what to create. */
export interface CollectionSpec<T> {
  uid: string;
  /** Draft & publish types are created published. */
  draftAndPublish: boolean;
  /** Fields and relations to read from stored records to rebuild their natural key. */
  fields: string[];
  populate?: Record<string, unknown>;
  keyOf(item: T): string;
  storedKey(row: Record<string, unknown>): string;
  /** The create payload; `ids` maps the natural keys written so far (stored or new) to document ids. */
  data(item: T, ids: ReadonlyMap<string, string>): Record<string, unknown>;
}

/** Writes per transaction: SQLite commits are what a seed spends its time on. */
const CHUNK = 100;

/** "halong" from a populated `portal: { code }` relation, "" when there is none. */
export function portalCode(row: Record<string, unknown>): string {
  const portal = row.portal as { code?: unknown } | null | undefined;
  return typeof portal?.code === 'string' ? portal.code : '';
}

export const WITH_PORTAL = { portal: { fields: ['code'] } };

export function connect(documentId: string | undefined): { connect: Array<{ documentId: string }> } | undefined {
  return documentId ? { connect: [{ documentId }] } : undefined;
}

/**
 * Runs `write` over `items` in transactions of CHUNK writes. The document
 * service joins the surrounding transaction; a failure rolls back only the
 * current chunk, and the seed can simply be run again.
 */
export async function inTransactions<T>(strapi: SeedTarget, items: readonly T[], write: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    await strapi.db.transaction(async () => {
      for (const item of chunk) await write(item);
    });
  }
}

/** The natural keys already stored (drafts included) and their document ids. */
export async function storedIds<T>(strapi: SeedTarget, spec: CollectionSpec<T>): Promise<Map<string, string>> {
  const rows = await strapi.documents(spec.uid).findMany({
    ...(spec.draftAndPublish ? { status: 'draft' } : {}),
    fields: spec.fields,
    ...(spec.populate ? { populate: spec.populate } : {}),
    limit: 1_000_000,
  });
  return new Map(rows.map((row) => [spec.storedKey(row), String(row.documentId)]));
}

/**
 * Creates the items whose natural key is not stored yet and leaves the
 * others as editors made them. Returns the tally and every key's document id.
 * `stored` saves the read when the caller has already made it.
 */
export async function writeCollection<T>(
  strapi: SeedTarget,
  spec: CollectionSpec<T>,
  items: readonly T[],
  stored?: ReadonlyMap<string, string>,
): Promise<Tally & { ids: Map<string, string> }> {
  const ids = new Map(stored ?? (await storedIds(strapi, spec)));
  const missing = items.filter((item) => !ids.has(spec.keyOf(item)));
  let created = 0;
  await inTransactions(strapi, missing, async (item) => {
    const key = spec.keyOf(item);
    if (ids.has(key)) return;
    const doc = await strapi.documents(spec.uid).create({
      data: spec.data(item, ids),
      ...(spec.draftAndPublish ? { status: 'published' } : {}),
    });
    ids.set(key, doc.documentId);
    created += 1;
  });
  return { created, existing: items.length - created, ids };
}

/**
 * Strapi emits its entry events after each commit without awaiting them,
 * each with a read of its own. Before the caller shuts Strapi down, let
 * those reads through: a read queued behind them returns once they ran.
 */
export async function settle(strapi: SeedTarget): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    await strapi.documents('api::portal.portal').findFirst({ fields: ['code'] });
  }
}
