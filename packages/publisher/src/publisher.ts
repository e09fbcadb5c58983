import { portalsShowingCategory } from '@qn/site-model';
import type { CmsClient, OutboxEvent } from '@qn/cms-client';
import { KINDS, type Category, type ContentProblem, type SnapshotPortal } from '@qn/content';
import { affectedPortals, descendants, requireTree, type ContentChange, type PortalTree } from '@qn/portal-model';
import { recordSearchDocuments, SEARCHED_RECORDS, searchDocuments, toAgencySearchDocuments, toSearchDocument, type SearchDocument, type SearchedRecordKey, type SearchIndexer } from '@qn/search';
import type { CursorStore } from './cursor.ts';
import type { Lease } from './lease.ts';
import { advance, settled } from './gaps.ts';

const ARTICLE = 'api::article.article';
/** In an outbox row's `portals`: every portal (cms/src/shown-on.ts). */
const EVERY_PORTAL = '*';
const uidOf = (key: string) => KINDS.find((k) => k.key === key)!.uid;
/** Searched kinds whose records are read one by one; agencies and their leaders are read per portal (a leader is part of its agency). */
const ONE_BY_ONE = SEARCHED_RECORDS.filter((key) => key !== 'agencies').map((key) => [uidOf(key), key] as const);
const ON_AGENCY_PAGES: readonly string[] = [uidOf('agencies'), uidOf('people')];
const PORTAL = 'api::portal.portal';
const CATEGORY = 'api::category.category';

export interface PublisherDeps {
  cms: Pick<CmsClient, 'events' | 'eventsBetween' | 'article' | 'articles' | 'record' | 'recordsOf' | 'records' | 'portals' | 'categories' | 'prunedThrough'>;
  search: Pick<SearchIndexer, 'placement' | 'upsert' | 'remove' | 'reconcile' | 'versions' | 'ensureIndex' | 'rebuild'>;
  /**
   * Rebuilds the sites of these portals from freshly fetched content (or,
   * dispatching, asks CI to). `upTo`: the newest outbox row the request covers.
   */
  build(portals: string[], context: { upTo: number; beforeSwap?: () => Promise<void> }): Promise<unknown>;
  cursor: CursorStore;
  log(message: string, level?: 'info' | 'warn' | 'error'): void;
  batchSize?: number;
  /** How long a missing outbox id may be a transaction still running before it is given up on (default 15 minutes). */
  gapGraceMs?: number;
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** How long the sites' swap waits for the index update (default 15 s). */
  indexWaitMs?: number;
}


export interface BatchResult {
  events: number;
  rebuilt: string[];
  indexed: number;
  removed: number;
  /** Where the batch's time went: reading the outbox and planning, rebuilding the sites, updating the index (just before the first swap). */
  ms: { plan: number; build: number; index: number };
}

interface Plan {
  changes: ContentChange[];
  upserts: SearchDocument[];
  removals: string[];
}

/**
 * Turns outbox rows into rebuilt sites and an up-to-date index. Rows are
 * hints: each document is re-read, and the index records what readers were
 * shown, so duplicates cost a read and nothing else. The cursor moves only
 * after the sites and the index are updated; a failure retries the batch.
 */
export function createPublisher(deps: PublisherDeps) {
  const batchSize = deps.batchSize ?? 100;
  const graceMs = deps.gapGraceMs ?? 15 * 60_000;
  const now = deps.now ?? (() => new Date());
  const indexWaitMs = deps.indexWaitMs ?? 15_000;
  /** Portal codes by documentId as last seen, to know where a moved or deleted portal was. */
  let knownPortals = new Map<string, SnapshotPortal>();
  /** Sites a failed attempt was to rebuild: the next attempt builds them whatever it plans. */
  let unbuilt = new Set<string>();
  let indexReady = false;

  /**
   * Once, before the first batch (under the outbox lease, so no other
   * publisher writes the index meanwhile): an index left with an older
   * release's settings is rebuilt beside the live one from what the CMS
   * publishes and swapped in (docs/adr/0014). Changes published while it is
   * rebuilt are in the outbox, read next.
   */
  async function prepareIndex(): Promise<void> {
    if (indexReady) return;
    if ((await deps.search.ensureIndex()) === 'stale') {
      deps.log('the search index has the settings of an older release: rebuilding it beside the live one', 'warn');
      const [portals, articles, records] = await Promise.all([deps.cms.portals(), deps.cms.articles(), deps.cms.records()]);
      const started = Date.now();
      const { upserted } = await deps.search.rebuild({ articles: articles.records, records: records.records }, requireTree(portals.records));
      deps.log(`search index rebuilt with ${upserted} documents and swapped in (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    indexReady = true;
  }

  async function planArticles(refs: string[], tree: PortalTree, plan: Plan): Promise<void> {
    for (const ref of refs) {
      const [current, before] = await Promise.all([deps.cms.article(ref), deps.search.placement(ref)]);
      if (current.problem) report(current.problem);
      const doc = current.article ? toSearchDocument(current.article, tree) : null;
      if (current.article && !doc) deps.log(`article ${ref}: its portal "${current.article.portal}" is not in the tree; not shown`, 'warn');
      if (doc) {
        if (before?.version === doc.version) continue;
        plan.upserts.push(doc);
        plan.changes.push({ type: 'article', before: before ? { portal: before.portal, alsoOn: before.alsoOn } : null, after: { portal: doc.portal, alsoOn: doc.alsoOn } });
      } else if (before) {
        plan.removals.push(ref);
        plan.changes.push({ type: 'article', before: { portal: before.portal, alsoOn: before.alsoOn }, after: null });
      }
    }
  }

  /** The other searched records, one by one; their rows' `portals` already say which sites to rebuild. */
  async function planRecord(key: Exclude<SearchedRecordKey, 'agencies'>, ref: string, tree: PortalTree, plan: Plan): Promise<void> {
    const [current, before] = await Promise.all([deps.cms.record(key, ref), deps.search.placement(ref)]);
    if (current.problem) report(current.problem);
    const [doc] = current.record ? recordSearchDocuments(key, current.record as never, tree) : [];
    if (doc && before?.version !== doc.version) plan.upserts.push(doc);
    else if (!doc && before) plan.removals.push(ref);
  }

  /** An agency and its leaders are found on their portal's introduction page: what the index holds of those portals is made to match. */
  async function planAgencies(portals: string[], tree: PortalTree, plan: Plan): Promise<void> {
    const codes = portals.includes(EVERY_PORTAL) ? tree.portals.map((p) => p.code) : portals.filter((code) => tree.byCode.has(code));
    if (codes.length === 0) return;
    const [agencies, indexed] = await Promise.all([
      deps.cms.recordsOf('agencies', { portal: { code: { in: codes } } }),
      deps.search.versions(`type IN ["agency", "person"] AND portal IN [${codes.map((c) => JSON.stringify(c)).join(', ')}]`),
    ]);
    agencies.problems.forEach(report);
    const docs = agencies.records.flatMap((agency) => toAgencySearchDocuments(agency, tree));
    plan.upserts.push(...docs.filter((doc) => indexed.get(doc.id)?.version !== doc.version));
    const kept = new Set(docs.map((doc) => doc.id));
    plan.removals.push(...[...indexed.keys()].filter((id) => !kept.has(id)));
  }

  async function planPortals(refs: string[], portals: SnapshotPortal[], tree: PortalTree, plan: Plan): Promise<void> {
    const byId = new Map(portals.map((p) => [p.documentId, p]));
    for (const ref of refs) {
      const now = byId.get(ref);
      const was = knownPortals.get(ref);
      if (now) plan.changes.push({ type: 'portal', code: now.code, previousParent: was?.parentCode ?? null });
      if (was && was.code !== now?.code && was.parentCode) plan.changes.push({ type: 'portal', code: was.parentCode });
      // Search records carry the portal's name and, for it and everything below it, the ancestor chain.
      if (now && (!was || was.name !== now.name || was.parentCode !== now.parentCode || was.code !== now.code || was.domain !== now.domain)) {
        const codes = [now.code, ...descendants(tree, now.code).map((p) => p.code)];
        const [articles, records] = await Promise.all([deps.cms.articles(codes), deps.cms.records(codes)]);
        plan.upserts.push(...searchDocuments({ articles: articles.records, records: records.records }, tree));
      }
    }
  }

  /** A category's name is in the page header of every portal that lists it. */
  function planCategories(refs: string[], categories: Category[], portals: SnapshotPortal[], plan: Plan): void {
    const byId = new Map(categories.map((c) => [c.documentId, c]));
    for (const ref of refs) {
      const owner = byId.get(ref)?.portal;
      plan.changes.push({ type: 'category', shownOn: portalsShowingCategory(owner, portals) });
    }
  }

  function report(problem: ContentProblem): void {
    deps.log(`${problem.model} ${problem.documentId} refused: ${problem.message}`, 'warn');
  }

  /**
   * After a gap (outbox rows removed before this publisher read them) no
   * row says what changed: rebuild every site and make the index match
   * what is published.
   */
  async function resync(lastId: number, eventCount: number): Promise<BatchResult> {
    const [portals, articles, records] = await Promise.all([deps.cms.portals(), deps.cms.articles(), deps.cms.records()]);
    portals.problems.forEach(report);
    articles.problems.forEach(report);
    records.problems.forEach(report);
    const tree = requireTree(portals.records);
    const rebuilt = portals.records.map((p) => p.code).sort();
    deps.log(`outbox rows this publisher had not read were removed; rebuilding all ${rebuilt.length} sites and reconciling the index`, 'warn');
    await deps.build(rebuilt, { upTo: lastId });
    const { upserted, removed } = await deps.search.reconcile({ articles: articles.records, records: records.records }, tree);
    await deps.cursor.save(settled(lastId));
    knownPortals = new Map(portals.records.map((p) => [p.documentId, p]));
    return { events: eventCount, rebuilt, indexed: upserted, removed, ms: { plan: 0, build: 0, index: 0 } };
  }

  async function runOnce(): Promise<BatchResult> {
    await prepareIndex();
    const started = Date.now();
    const position = await deps.cursor.load();
    const fresh = await deps.cms.events(position.highest, batchSize);
    // Every open gap is asked for on every poll (a page of rows each; the rest come on the next polls).
    const late: OutboxEvent[] = [];
    for (const gap of position.gaps) late.push(...(await deps.cms.eventsBetween(gap.from, gap.to, batchSize)));
    const events = [...late, ...fresh].sort((a, b) => a.id - b.id);
    const jumped = fresh[0] !== undefined && fresh[0].id !== position.highest + 1;
    // Rows removed by pruning before this publisher read them (after its position, or inside an open gap): then ask.
    if ((jumped || position.gaps.length > 0) && position.lastEventId < (await deps.cms.prunedThrough())) {
      return resync(Math.max(position.highest, fresh.at(-1)?.id ?? 0), events.length);
    }
    const moved = advance(position, events.map((e) => e.id), now(), graceMs);
    for (const gap of moved.abandoned) {
      deps.log(`outbox rows ${gap.from === gap.to ? gap.from : `${gap.from}–${gap.to}`} never appeared (a rolled-back transaction, or ids skipped); no longer waiting for them`, 'warn');
    }
    if (events.length === 0) {
      if (moved.abandoned.length > 0) await deps.cursor.save(moved.state);
      return { events: 0, rebuilt: [], indexed: 0, removed: 0, ms: { plan: Date.now() - started, build: 0, index: 0 } };
    }

    const [portals, categories] = await Promise.all([deps.cms.portals(), deps.cms.categories()]);
    portals.problems.forEach(report);
    const tree = requireTree(portals.records);
    const plan: Plan = { changes: [], upserts: [], removals: [] };
    await planArticles(refsOf(events, ARTICLE), tree, plan);
    for (const [uid, key] of ONE_BY_ONE) for (const ref of refsOf(events, uid)) await planRecord(key as Exclude<SearchedRecordKey, 'agencies'>, ref, tree, plan);
    await planAgencies([...new Set(events.filter((e) => ON_AGENCY_PAGES.includes(e.model)).flatMap((e) => e.portals ?? []))], tree, plan);
    await planPortals(refsOf(events, PORTAL), portals.records, tree, plan);
    planCategories(refsOf(events, CATEGORY), categories.records, portals.records, plan);
    // Rows name the portals whose published version changed (an article's include its translations'
    // and original's portals): that covers changes the search record does not hold, such as a new cover.
    const stale = events.filter((e) => e.model !== PORTAL && e.model !== CATEGORY);
    const shownOn = [...new Set(stale.flatMap((e) => e.portals ?? []))];
    if (shownOn.length > 0) plan.changes.push({ type: 'record', shownOn });

    const rebuilt = [...new Set([...affectedPortals(tree, plan.changes), ...[...unbuilt].filter((code) => tree.byCode.has(code))])].sort();
    // The index and the sites are brought up to date side by side: publish-to-live is the slower of the two, not
    // their sum (docs/adr/0007). When either fails the cursor stays and the batch is planned again; the index may
    // then already hold the new versions, which plan no rebuild, so the sites this attempt meant to build are kept.
    unbuilt = new Set(rebuilt);
    // Both run to their end before a failure is reported: nothing is left running into the next attempt.
    const planned = Date.now();
    const timed = async (work: () => Promise<unknown>) => {
      await work();
      return Date.now() - planned;
    };
    // The index changes when the first pages are about to be swapped in, and the swap waits for it: search finds a
    // new item no later than its page is live, a withdrawn one is gone from search no later than from the site, and
    // a result links a page that is not there yet for no longer than the index update takes (docs/adr/0014). A search
    // server that is down or slow holds the sites back by indexWaitMs at most, once per batch, never stops them.
    let indexing: Promise<number> | null = null;
    const updateIndex = () =>
      (indexing ??= (async () => {
        const from = Date.now();
        await deps.search.upsert(plan.upserts);
        await deps.search.remove(plan.removals);
        return Date.now() - from;
      })());
    let gate: Promise<void> | null = null;
    const beforeSwap = () =>
      (gate ??= new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, indexWaitMs);
        void updateIndex().then(settle, settle);
        function settle() {
          clearTimeout(timer);
          resolve();
        }
      }));
    const [built] = await Promise.allSettled([timed(async () => (rebuilt.length > 0 ? deps.build(rebuilt, { upTo: moved.state.highest, beforeSwap }) : null))]);
    // No page swapped (nothing to rebuild, a dispatch to CI, every run failed): the index is brought up to date now.
    const [indexedOutcome] = await Promise.allSettled([updateIndex()]);
    const outcomes = [built!, indexedOutcome!];
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    unbuilt = new Set();
    await deps.cursor.save(moved.state);
    knownPortals = new Map(portals.records.map((p) => [p.documentId, p]));
    const [build, index] = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : 0)) as [number, number];
    return { events: events.length, rebuilt, indexed: plan.upserts.length, removed: plan.removals.length, ms: { plan: planned - started, build, index } };
  }

  return {
    runOnce,

    /**
     * Polls the outbox until `signal` aborts; errors are logged and retried
     * with backoff. With a lease, only while holding it: another process
     * holding it is waited for (it renews it, or it runs out).
     */
    async run(options: {
      pollMs: number;
      signal: AbortSignal;
      onBatch?: (result: BatchResult) => void;
      /** A batch failed (it is retried). */
      onError?: (error: Error) => void;
      /** A poll found nothing to do. */
      onIdle?: () => void;
      lease?: Lease;
    }): Promise<void> {
      let failures = 0;
      let waiting = false;
      while (!options.signal.aborted) {
        let wait = options.pollMs;
        try {
          if (options.lease && !(await options.lease.ensure())) {
            const { holder, until } = options.lease.heldBy();
            if (!waiting) deps.log(`another publisher (${holder ?? 'unknown'}) consumes the outbox until ${until ?? 'soon'}; waiting`);
            waiting = true;
            await sleep(Math.max(options.pollMs, 1000), options.signal);
            continue;
          }
          if (waiting) deps.log('the outbox is this publisher\'s now');
          waiting = false;
          const result = await runOnce();
          failures = 0;
          if (result.events > 0) {
            const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
            deps.log(
              `${result.events} change(s): rebuilt ${result.rebuilt.length ? result.rebuilt.join(', ') : 'nothing'}; ` +
                `index +${result.indexed} −${result.removed} (planned in ${s(result.ms.plan)}, sites ${s(result.ms.build)}, index ${s(result.ms.index)})`,
            );
            options.onBatch?.(result);
          } else {
            options.onIdle?.();
          }
          if (result.events >= batchSize) wait = 0;
        } catch (error) {
          failures += 1;
          options.onError?.(error as Error);
          wait = Math.min(options.pollMs * 2 ** failures, 60_000);
          deps.log(`publishing failed, retrying in ${Math.round(wait / 1000)} s: ${(error as Error).message}`, 'error');
        }
        await sleep(wait, options.signal);
      }
      await options.lease?.release();
    },
  };
}

function refsOf(events: OutboxEvent[], model: string): string[] {
  return [...new Set(events.filter((e) => e.model === model).map((e) => e.ref))];
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

export type Publisher = ReturnType<typeof createPublisher>;
