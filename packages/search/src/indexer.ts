import { createHash, randomBytes } from 'node:crypto';
import { Meilisearch, type EnqueuedTaskPromise, type Index, type Task } from 'meilisearch';
import type { ArticlePlacement, ContentChange, PortalTree } from '@qn/portal-model';
import { batchesByBytes } from './batches.ts';
import { searchDocuments, type Searchable, type SearchDocument, type SearchType } from './document.ts';
import { INDEX_SETTINGS, settingsDiffer } from './settings.ts';

export interface SearchIndexerOptions {
  host: string;
  /** The master key (development) or an admin key with index and key rights. */
  apiKey: string;
  index: string;
  /** Milliseconds to wait for a Meilisearch task; bulk imports need minutes. */
  taskTimeoutMs?: number;
  /** Largest request body sent to Meilisearch (default 8 MB; its own limit is 100 MB). */
  batchBytes?: number;
}

/** Told after each batch sent: how many documents are in the index's queue so far, of how many. */
export type IndexProgress = (done: number, total: number) => void;

export class SearchError extends Error {
  override name = 'SearchError';
}

/**
 * The Meilisearch release the settings, the relevance test and the search
 * benchmark were measured on: the development binary's, and the one
 * production runs (README, Production). Another minor release may rank or
 * tokenise differently, so it is refused until it has been measured.
 */
export const MEILI_VERSION = '1.21';

/** Why a server's version is refused, or null when it is the pinned release. */
export function versionProblem(version: string): string | null {
  if (version === MEILI_VERSION || version.startsWith(`${MEILI_VERSION}.`)) return null;
  return (
    `is ${version}; this release is measured on ${MEILI_VERSION}.x (MEILI_VERSION in packages/search). ` +
    'Run that release, or move the pin after the relevance test and npm run bench:search pass on the new one.'
  );
}

/**
 * Meilisearch derives a key's value from its uid and the master key, so a
 * uid fixed per index gives the same search key on every start: built
 * sites keep working across restarts and re-creation is idempotent.
 */
export function searchKeyUid(index: string): string {
  const h = createHash('sha256').update(`quangninh-search-key:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function createSearchIndexer(options: SearchIndexerOptions) {
  const client = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    // Node's fetch with compression costs ~40 ms per request on reused connections (STACK.md).
    requestInit: { headers: { 'accept-encoding': 'identity' } },
    defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 600_000, interval: 50 },
  });
  const index = client.index<SearchDocument>(options.index);

  async function run(task: EnqueuedTaskPromise, what: string): Promise<Task> {
    const done = await task.waitTask();
    if (done.status !== 'succeeded') {
      throw new SearchError(`Meilisearch task "${what}" on index ${options.index} ${done.status}: ${done.error?.message ?? 'no detail'}`);
    }
    return done;
  }

  async function upsertInto(target: Index<SearchDocument>, documents: readonly SearchDocument[], onProgress?: IndexProgress): Promise<void> {
    let done = 0;
    for (const batch of batchesByBytes(documents, options.batchBytes ?? 8 * 1024 * 1024)) {
      await run(target.addDocuments(batch), `add ${batch.length} documents to ${target.uid}`);
      done += batch.length;
      onProgress?.(done, documents.length);
    }
  }

  return {
    client,
    /** The index's name. */
    indexName: options.index,

    /**
     * Creates the index if needed, with the settings. Returns `stale` when
     * the live index holds documents and its settings differ: it is left as
     * it is, and the caller that owns the writes (the publisher holding the
     * outbox lease, `npm start`, the reconcile) rebuilds it with `rebuild`.
     * Changing the settings in place would reindex the live index, with
     * every other write waiting behind it (STACK.md).
     */
    async ensureIndex(): Promise<'created' | 'unchanged' | 'updated' | 'stale'> {
      const problem = versionProblem((await client.getVersion()).pkgVersion);
      if (problem) throw new SearchError(`Meilisearch at ${options.host} ${problem}`);
      const live = await client.getIndex(options.index).catch(() => null);
      if (!live) {
        // Two processes starting together (two publishers) both find no index: the second's creation fails harmlessly.
        const created = await client.createIndex(options.index, { primaryKey: 'id' }).waitTask();
        if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
          throw new SearchError(`Meilisearch task "create index" on index ${options.index} ${created.status}: ${created.error?.message ?? 'no detail'}`);
        }
        await run(index.updateSettings(INDEX_SETTINGS), 'update settings');
        return 'created';
      }
      if (!settingsDiffer(await index.getSettings(), INDEX_SETTINGS)) return 'unchanged';
      if ((await index.getStats()).numberOfDocuments === 0) {
        await run(index.updateSettings(INDEX_SETTINGS), 'update settings');
        return 'updated';
      }
      return 'stale';
    },

    /**
     * Builds the index anew beside the live one, from what is published: a
     * spare index of its own name gets the settings and every document, is
     * checked (the settings as wanted, every document in), and is swapped
     * with the live one in one step; the spare, which then holds the old
     * index, is deleted. Readers see the old index until the swap and the
     * new one after, never a half-built one; the search key, which names the
     * index, keeps working. Two rebuilds at once each swap a whole index in.
     */
    async rebuild(published: Searchable, tree: PortalTree, onProgress?: IndexProgress): Promise<{ upserted: number }> {
      const spareName = `${options.index}__next_${randomBytes(4).toString('hex')}`;
      await run(client.createIndex(spareName, { primaryKey: 'id' }), `create index ${spareName}`);
      const spare = client.index<SearchDocument>(spareName);
      try {
        await run(spare.updateSettings(INDEX_SETTINGS), `update settings of ${spareName}`);
        const docs = searchDocuments(published, tree);
        await upsertInto(spare, docs, onProgress);
        const held = (await spare.getStats()).numberOfDocuments;
        if (settingsDiffer(await spare.getSettings(), INDEX_SETTINGS) || held !== new Set(docs.map((d) => d.id)).size) {
          throw new SearchError(`the rebuilt index ${spareName} is not whole (${held} of ${docs.length} documents, or other settings): the live index is left as it was`);
        }
        await run(client.swapIndexes([{ indexes: [options.index, spareName], rename: false }]), `swap ${options.index} and ${spareName}`);
        return { upserted: docs.length };
      } finally {
        // After the swap the spare holds the old index; before it, a half-built one. Either way it goes.
        await client.deleteIndex(spareName).waitTask().catch(() => {});
      }
    },

    /** A key that can only search this index; the value the sites embed. */
    async ensureSearchKey(): Promise<string> {
      const uid = searchKeyUid(options.index);
      try {
        return (await client.getKey(uid)).key;
      } catch {
        try {
          const created = await client.createKey({
            uid,
            name: `Public search: ${options.index}`,
            description: 'Embedded in the static sites. Can only search this index.',
            actions: ['search'],
            indexes: [options.index],
            expiresAt: null,
          });
          return created.key;
        } catch (error) {
          // Created by another process in the meantime: the same key.
          return (await client.getKey(uid).catch(() => Promise.reject(error as Error))).key;
        }
      }
    },

    /** What the index holds for an article: where it showed and which version. */
    async placement(documentId: string): Promise<(ArticlePlacement & { version: string }) | null> {
      try {
        const doc = await index.getDocument(documentId, { fields: ['portal', 'alsoOn', 'version'] });
        return { portal: String(doc.portal), alsoOn: (doc.alsoOn ?? []).map(String), version: String(doc.version) };
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code === 'document_not_found') return null;
        throw error;
      }
    },

    /** Adds or replaces documents, in batches sized by bytes, each waited for before the next is sent. */
    upsert: (documents: readonly SearchDocument[], onProgress?: IndexProgress) => upsertInto(index, documents, onProgress),

    async remove(ids: string[]): Promise<void> {
      if (ids.length > 0) await run(index.deleteDocuments(ids), `delete ${ids.length} documents`);
    },

    /** id → what a change needs to know of everything indexed, read in pages. */
    async versions(filter?: string): Promise<Map<string, Indexed>> {
      const found = new Map<string, Indexed>();
      const limit = 1000;
      for (let offset = 0; ; offset += limit) {
        const page = await index.getDocuments({ fields: ['id', 'type', 'portal', 'alsoOn', 'version'], limit, offset, ...(filter ? { filter } : {}) });
        for (const doc of page.results) {
          // Records indexed before legal documents were searchable carry no type: they are articles.
          found.set(String(doc.id), { type: (doc.type ?? 'article') as SearchType, portal: String(doc.portal), alsoOn: (doc.alsoOn ?? []).map(String), version: String(doc.version) });
        }
        if (page.results.length < limit) break;
      }
      return found;
    },

    /**
     * Makes the index match what is published (or, with `filter`, the part
     * of the index it selects): adds what is missing or whose content hash
     * (`version`) differs, removes what is no longer published. Returns the
     * article changes, from which the caller derives the sites to rebuild.
     */
    async reconcile(published: Searchable, tree: PortalTree, onProgress?: IndexProgress, filter?: string) {
      const indexed = await this.versions(filter);
      const changes: ContentChange[] = [];
      const upserts: SearchDocument[] = [];
      const seen = new Set<string>();
      for (const doc of searchDocuments(published, tree)) {
        seen.add(doc.id);
        const before = indexed.get(doc.id);
        if (before?.version === doc.version) continue;
        upserts.push(doc);
        if (doc.type === 'article') changes.push({ type: 'article', before: before ? { portal: before.portal, alsoOn: before.alsoOn } : null, after: { portal: doc.portal, alsoOn: doc.alsoOn } });
      }
      const removals = [...indexed].filter(([id]) => !seen.has(id));
      for (const [, before] of removals) if (before.type === 'article') changes.push({ type: 'article', before: { portal: before.portal, alsoOn: before.alsoOn }, after: null });
      await this.upsert(upserts, onProgress);
      await this.remove(removals.map(([id]) => id));
      return { changes, upserted: upserts.length, removed: removals.length };
    },
  };
}

interface Indexed {
  type: SearchType;
  portal: string;
  alsoOn: string[];
  version: string;
}

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;

