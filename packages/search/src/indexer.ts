import { createHash } from 'node:crypto';
import { Meilisearch, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import type { Article, LegalDocument } from '@qn/content';
import type { ArticlePlacement, ContentChange, PortalTree } from '@qn/portal-model';
import { batchesByBytes } from './batches.ts';
import { toLegalSearchDocument, toSearchDocument, type SearchDocument } from './document.ts';
import { INDEX_SETTINGS } from './settings.ts';

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

  return {
    client,
    /** The index's name. */
    indexName: options.index,

    /** Creates the index if needed and applies the settings (a no-op task when unchanged). */
    async ensureIndex(): Promise<void> {
      try {
        await client.getIndex(options.index);
      } catch {
        // Two processes starting together (two publishers) both find no index: the second's creation fails harmlessly.
        const created = await client.createIndex(options.index, { primaryKey: 'id' }).waitTask();
        if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
          throw new SearchError(`Meilisearch task "create index" on index ${options.index} ${created.status}: ${created.error?.message ?? 'no detail'}`);
        }
      }
      await run(index.updateSettings(INDEX_SETTINGS), 'update settings');
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
    async upsert(documents: readonly SearchDocument[], onProgress?: IndexProgress): Promise<void> {
      let done = 0;
      for (const batch of batchesByBytes(documents, options.batchBytes ?? 8 * 1024 * 1024)) {
        await run(index.addDocuments(batch), `add ${batch.length} documents`);
        done += batch.length;
        onProgress?.(done, documents.length);
      }
    },

    async remove(ids: string[]): Promise<void> {
      if (ids.length > 0) await run(index.deleteDocuments(ids), `delete ${ids.length} documents`);
    },

    /** id → version of everything indexed, read in pages. */
    async versions(): Promise<Map<string, { type: string; portal: string; alsoOn: string[]; version: string }>> {
      const found = new Map<string, { type: string; portal: string; alsoOn: string[]; version: string }>();
      const limit = 1000;
      for (let offset = 0; ; offset += limit) {
        const page = await index.getDocuments({ fields: ['id', 'type', 'portal', 'alsoOn', 'version'], limit, offset });
        for (const doc of page.results) {
          // Records indexed before legal documents were searchable carry no type: they are articles.
          found.set(String(doc.id), { type: String(doc.type ?? 'article'), portal: String(doc.portal), alsoOn: (doc.alsoOn ?? []).map(String), version: String(doc.version) });
        }
        if (page.results.length < limit) break;
      }
      return found;
    },

    /**
     * Makes the index match the published articles and legal documents:
     * adds what is missing or stale, removes what is no longer published.
     * Returns the article changes, from which the caller derives the sites
     * to rebuild.
     */
    async reconcile(published: { articles: readonly Article[]; legalDocuments: readonly LegalDocument[] }, tree: PortalTree, onProgress?: IndexProgress) {
      const indexed = await this.versions();
      const changes: ContentChange[] = [];
      const upserts: SearchDocument[] = [];
      const seen = new Set<string>();
      const docs = [...published.articles.map((a) => toSearchDocument(a, tree)), ...published.legalDocuments.map((d) => toLegalSearchDocument(d, tree))];
      for (const doc of docs) {
        if (!doc) continue;
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

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;

