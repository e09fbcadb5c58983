/**
 * npm run bench:search [-- --documents 100000 --rounds 3]
 * The public search at province size, Meilisearch alone (the path from the
 * CMS to the index is measured by bench:e2e): the seed's articles for the
 * 193 portals, converted as the publisher converts them, indexed twice on a
 * fresh development Meilisearch, once with the settings and request of
 * issue 12 and once with those before it (the baseline, in the same run).
 * Then four request shapes, each over the relevance set's queries: words
 * only; this portal and below; filtered by type and year with the facets
 * counted; the whole province's full results page (facets, highlight,
 * crop, pages). Reports indexing time, server processing time and round
 * trip (p50/p95), and Meilisearch's peak memory. Writes
 * bench/results/search.json and search.md.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@qn/config';
import type { Article } from '@qn/content';
import { freePort, startMeilisearch } from '@qn/devstack';
import { createSearchIndexer, INDEX_SETTINGS, toSearchDocument, type SearchDocument } from '@qn/search';
import { pageRequest, parseSearchState, searchRequest } from '@qn/search/query';
import { generateArticles, seedPortals } from '@qn/seed';
import { requireTree } from '@qn/portal-model';
import { fail, parseCli } from '../scripts/lib/cli.ts';
import { sampleArticle } from '../tests/helpers/articles.ts';
import { QUERIES } from '../tests/relevance/queries.ts';
import { percentile } from './lib/publish-to-live.ts';
import { peakWatcher } from './lib/processes.ts';

const USAGE = `Usage: npm run bench:search [-- --documents 100000] [--rounds 3]
  --documents  documents indexed (default 100000)
  --rounds     times each query of the relevance set is sent per shape (default 3)`;

const { values } = parseCli({ documents: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '3' } }, USAGE);
const documents = Number(values.documents);
const rounds = Number(values.rounds);
if (!Number.isInteger(documents) || documents < 1000 || documents > 500_000) fail(`--documents must be a whole number from 1000 to 500000, got "${values.documents}".`);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) fail(`--rounds must be a whole number from 1 to 20, got "${values.rounds}".`);

const KEY = 'bench-master-key-0123456789';
const REFERENCE = new Date('2026-12-01T03:00:00Z');

/** The settings before issue 12 (git show ba565aa:packages/search/src/settings.ts), with the year facet so the same requests run. */
const BASELINE_SETTINGS = {
  searchableAttributes: ['title', 'number', 'summary', 'text', 'portalName'],
  filterableAttributes: ['scope', 'portal', 'category', 'language', 'type', 'year'],
  sortableAttributes: ['publishedAt'],
  displayedAttributes: INDEX_SETTINGS.displayedAttributes!,
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAt:desc'],
  typoTolerance: { minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 } },
  faceting: { maxValuesPerFacet: 500 },
  pagination: { maxTotalHits: 10_000 },
};

type Shape = 'words' | 'portal' | 'faceted' | 'fullPage';
type Percentiles = { p50: number; p95: number };
type Results = Record<'current' | 'baseline', { indexMs: number; shapes: Record<Shape, { processing: Percentiles; roundTrip: Percentiles; samples: number }> }>;
const SHAPES: Record<Shape, string> = {
  words: 'words only, no filter',
  portal: 'this portal and below (a level-2 portal)',
  faceted: 'type and year chosen, facets counted, newest first',
  fullPage: 'whole province: facets, highlight, crop, page 1',
};

function requestFor(shape: Shape, q: string, baseline: boolean): Record<string, unknown> {
  const state = parseSearchState(new URLSearchParams({ q }));
  const body =
    shape === 'words'
      ? searchRequest({ q, portal: null, limit: 20 })
      : shape === 'portal'
        ? searchRequest({ q, portal: 'halong', limit: 20 })
        : shape === 'faceted'
          ? pageRequest({ ...state, scope: 'all', filters: { type: 'article', year: '2025' }, sort: 'newest' }, 'quangninh', 'vi')
          : pageRequest({ ...state, scope: 'all' }, 'quangninh', 'vi');
  // The baseline sent the words as typed: no Telex forms, abbreviations or number reordering.
  return baseline ? { ...body, q } : body;
}

function toArticle(seedArticle: ReturnType<typeof generateArticles>[number], i: number): Article {
  return sampleArticle({
    documentId: `bench${i.toString(36)}`,
    title: seedArticle.title,
    slug: seedArticle.slug,
    summary: seedArticle.summary,
    body: seedArticle.body.split('\n').map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    portal: seedArticle.portal,
    category: seedArticle.category,
    publishedAt: seedArticle.publishedAt,
    updatedAt: seedArticle.publishedAt,
  });
}

const dir = await mkdtemp(join(tmpdir(), 'qn-bench-search-'));
const meili = await startMeilisearch({ dataDir: join(dir, 'meili'), port: await freePort(), masterKey: KEY });
const memory = peakWatcher(250);
memory.watch('meilisearch', meili.child.pid);
try {
  console.log(`Generating ${documents.toLocaleString('en-US')} documents…`);
  const portals = seedPortals();
  const tree = requireTree(portals);
  const docs: SearchDocument[] = generateArticles(portals, documents, REFERENCE).flatMap((a, i) => toSearchDocument(toArticle(a, i), tree) ?? []);
  const bytes = docs.reduce((sum, d) => sum + JSON.stringify(d).length, 0);

  const results = {} as Results;
  for (const variant of ['baseline', 'current'] as const) {
    const indexer = createSearchIndexer({ host: meili.url, apiKey: KEY, index: `bench_${variant}` });
    await indexer.ensureIndex();
    if (variant === 'baseline') await indexer.client.index(`bench_${variant}`).updateSettings(BASELINE_SETTINGS).waitTask({ timeout: 600_000 });
    const started = Date.now();
    await indexer.upsert(docs, (done, total) => process.stdout.write(`\r  ${variant}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} indexed`));
    const indexMs = Date.now() - started;
    console.log(`\r  ${variant}: ${docs.length.toLocaleString('en-US')} indexed in ${(indexMs / 1000).toFixed(1)} s`);

    const shapes = {} as Results['current']['shapes'];
    for (const shape of Object.keys(SHAPES) as Shape[]) {
      const processing: number[] = [];
      const roundTrip: number[] = [];
      // One warm-up pass, not counted.
      for (let round = 0; round <= rounds; round++) {
        for (const query of QUERIES) {
          const sent = performance.now();
          const response = await fetch(`${meili.url}/indexes/bench_${variant}/search`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, 'accept-encoding': 'identity' },
            body: JSON.stringify(requestFor(shape, query.q, variant === 'baseline')),
          });
          const answer = (await response.json()) as { processingTimeMs?: number; message?: string };
          if (!response.ok) throw new Error(`${shape} "${query.q}" on ${variant}: ${response.status} ${answer.message ?? ''}`);
          if (round === 0) continue;
          roundTrip.push(performance.now() - sent);
          processing.push(answer.processingTimeMs ?? NaN);
        }
      }
      const stats = (xs: number[]) => ({ p50: round1(percentile(xs, 50)), p95: round1(percentile(xs, 95)) });
      shapes[shape] = { processing: stats(processing), roundTrip: stats(roundTrip), samples: processing.length };
      console.log(`    ${shape}: processing p50 ${shapes[shape].processing.p50} ms, p95 ${shapes[shape].processing.p95} ms; round trip p95 ${shapes[shape].roundTrip.p95} ms`);
    }
    results[variant] = { indexMs, shapes };
  }
  const peaks = await memory.stop();
  const report = {
    at: new Date().toISOString(),
    machine: { cores: availableParallelism(), memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, meilisearch: '1.21.0 (development binary, --max-indexing-memory 1 GiB)' },
    documents: docs.length,
    megabytesSent: Math.round(bytes / 2 ** 20),
    queries: QUERIES.length,
    rounds,
    shapes: SHAPES,
    results,
    meilisearchPeakMb: peaks.meilisearch ?? null,
    target: { fullPageProcessingP95Ms: 15 },
  };
  await writeFile(join(REPO_ROOT, 'bench', 'results', 'search.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(REPO_ROOT, 'bench', 'results', 'search.md'), markdown(report));
  console.log('Wrote bench/results/search.json and search.md');
} finally {
  await meili.stop();
  await rm(dir, { recursive: true, force: true });
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function markdown(report: {
  at: string;
  machine: { cores: number; memoryGb: number; node: string; meilisearch: string };
  documents: number;
  megabytesSent: number;
  queries: number;
  rounds: number;
  results: Results;
  meilisearchPeakMb: number | null;
}): string {
  const { current, baseline } = report.results;
  const rows = (Object.keys(SHAPES) as Shape[]).map((shape) => {
    const c = current.shapes[shape];
    const b = baseline.shapes[shape];
    return `| ${SHAPES[shape]} | ${b.processing.p50} / ${b.processing.p95} | **${c.processing.p50} / ${c.processing.p95}** | ${b.roundTrip.p50} / ${b.roundTrip.p95} | ${c.roundTrip.p50} / ${c.roundTrip.p95} |`;
  });
  return `# Search at province size

\`npm run bench:search\` — ${report.at}, ${report.machine.cores} cores, ${report.machine.memoryGb} GiB, Node ${report.machine.node}, Meilisearch ${report.machine.meilisearch}.
${report.documents.toLocaleString('en-US')} documents (the seed's articles for the 193 portals, as the publisher converts them; ${report.megabytesSent} MB of JSON), one index each on one fresh server.
Each shape sends the ${report.queries} queries of the relevance set ${report.rounds} times after a warm-up pass, one request at a time.
**Current**: the settings and request of issue 12 (Telex field, abbreviations as synonyms, attribute before proximity, facet search off, the sites' query words).
**Baseline**: the settings before issue 12 and the words as typed, in the same run.

| | baseline | current |
|---|---:|---:|
| indexing, s | ${(baseline.indexMs / 1000).toFixed(1)} | ${(current.indexMs / 1000).toFixed(1)} |

Processing time (Meilisearch's own figure) and round trip from Node on the same machine, p50 / p95 ms:

| request | baseline processing | current processing | baseline round trip | current round trip |
|---|---:|---:|---:|---:|
${rows.join('\n')}

Target: the full page's processing p95 at most 15 ms. Meilisearch's peak resident memory over the run: ${report.meilisearchPeakMb?.toLocaleString('en-US') ?? '—'} MB.
`;
}
