import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTree } from '@qn/portal-model';
import { searchRequest } from '@qn/search/query';
import { MEILI_KEY, startStack, type TestStack } from '../helpers/stack.ts';
import { QUERIES, REFERENCE_TIME, type Expected, type QueryKind, type RelevanceQuery } from '../relevance/queries.ts';

/**
 * Relevance of the public search on the seed's content, measured with the
 * request the sites send (@qn/search/query) against a real Meilisearch
 * holding what the publisher indexes. Reports recall@3 and the mean
 * reciprocal rank (over the first 10) per kind of query. Fails below the
 * target recall@3 of 0.95 (issue 12), or when a query typed with tone
 * marks does not put the words with those very marks in the first three.
 * Measured when set: 0.885 recall@3 and 0.857 MRR on the first 78 queries
 * before the synonyms, Telex field and query order of docs/adr/0013; 1.000
 * and 0.985 on all 79 after; 1.000 and 0.958 on 88 with every public kind
 * indexed (docs/adr/0014).
 */
const RECALL_AT_3_FLOOR = 0.95;
const DEPTH = 10;

interface Hit {
  title: string;
  number: string | null;
  portal: string;
}

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ content: true, articles: 400, meili: true, now: REFERENCE_TIME });
  const { snapshot } = await stack.cms.snapshot();
  await stack.search!.reconcile(snapshot, requireTree(snapshot.portals));
}, 300_000);
afterAll(async () => {
  await stack?.stop();
});

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');

function matches(hit: Hit, expected: Expected): boolean {
  if (expected.portal && hit.portal !== expected.portal) return false;
  if (expected.number && hit.number !== expected.number) return false;
  if (expected.title && !fold(hit.title).includes(fold(expected.title))) return false;
  if (expected.word && !fold(hit.title).split(/[^\p{L}\p{M}\p{N}]+/u).includes(fold(expected.word))) return false;
  return true;
}

async function search(query: RelevanceQuery): Promise<Hit[]> {
  const response = await fetch(`${stack.meili!.url}/indexes/${stack.search!.indexName}/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${MEILI_KEY}` },
    body: JSON.stringify(searchRequest({ q: query.q, portal: query.scope ?? null, limit: DEPTH })),
  });
  expect(response.status, query.q).toBe(200);
  return ((await response.json()) as { hits: Hit[] }).hits;
}

/** 1-based rank of the first expected document, or null when none is in the first DEPTH. */
function rankOf(hits: readonly Hit[], query: RelevanceQuery): number | null {
  const index = hits.findIndex((hit) => query.expect.some((expected) => matches(hit, expected)));
  return index === -1 ? null : index + 1;
}

describe('search relevance on the seed content', () => {
  it(`answers the relevance set (${QUERIES.length} queries): recall@3 and MRR by kind of query`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    const results: Array<{ query: RelevanceQuery; rank: number | null; top: Hit[] }> = [];
    for (const query of QUERIES) {
      const hits = await search(query);
      results.push({ query, rank: rankOf(hits, query), top: hits.slice(0, 3) });
    }
    const summarise = (rows: typeof results) => ({
      queries: rows.length,
      recallAt3: rows.filter((r) => r.rank !== null && r.rank <= 3).length / rows.length,
      mrr: rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length,
    });
    const kinds = [...new Set(QUERIES.map((q) => q.kind))] as QueryKind[];
    const table = [...kinds.map((kind) => ({ kind, ...summarise(results.filter((r) => r.query.kind === kind)) })), { kind: 'all', ...summarise(results) }];
    const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(['| kind | queries | recall@3 | MRR@10 |', '|---|---|---|---|', ...table.map((r) => `| ${r.kind} | ${r.queries} | ${percent(r.recallAt3)} | ${r.mrr.toFixed(3)} |`)].join('\n'));
    const missed = results.filter((r) => r.rank === null || r.rank > 3);
    console.log(missed.map((r) => `missed (${r.query.kind}, rank ${r.rank ?? `>${DEPTH}`}): "${r.query.q}" → ${r.top.map((h) => `[${h.portal}] ${h.number ?? ''} ${h.title}`.slice(0, 90)).join(' | ')}`).join('\n'));
    expect(summarise(results).recallAt3).toBeGreaterThanOrEqual(RECALL_AT_3_FLOOR);
    expect(summarise(results.filter((r) => r.query.kind === 'exact-tone')).recallAt3).toBe(1);
  }, 120_000);
});
