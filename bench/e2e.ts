/**
 * npm run bench:e2e [-- --sizes 10000,50000 --publishes 30 --graphql-up-to 10000]
 * The whole platform with Strapi in the loop, at each size on a fresh data
 * folder: seed, content fetch (the bulk route, and GraphQL as the baseline
 * it replaced), full build, full index, and publish-to-live over editors'
 * publishes on level-1/2/3 portals. Peak memory of every process is
 * watched throughout. Writes bench/results/e2e.json and e2e.md.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadEnv, REPO_ROOT } from '@qn/config';
import { buildCmsIfStale, freePort, startCms, startMeilisearch, stopChild } from '@qn/devstack';
import { requireTree } from '@qn/portal-model';
import { createSiteServer } from '@qn/site-server';
import { buildSites } from '@qn/site-builder';
import { fail, parseCli } from '../scripts/lib/cli.ts';
import { buildSettings, clients, mediaSource } from '../scripts/lib/runtime.ts';
import { startMeasuredPublisher } from './lib/measured-publisher.ts';
import { readSecret } from '../scripts/lib/secrets.ts';
import { graphqlArticles } from './lib/graphql-baseline.ts';
import { peakWatcher, runTimed } from './lib/processes.ts';
import { measurePublishToLive, percentile, publishPlan, type PublishTiming } from './lib/publish-to-live.ts';
import { e2eMarkdown, type E2eRun } from './lib/e2e-report.ts';

const USAGE = `Usage: npm run bench:e2e [-- --sizes 10000,50000] [--publishes 30] [--graphql-up-to 10000] [--name e2e] [--note TEXT]
  --sizes          article counts, each seeded on a fresh data folder (up to 200000)
  --publishes      publishes measured per size (at least 30 for the targets)
  --graphql-up-to  also time the GraphQL article fetch the bulk route replaced, at sizes up to this (0: never)
  --name           results go to bench/results/<name>.json and .md (default e2e)`;

const { values } = parseCli(
  {
    sizes: { type: 'string', default: '10000,50000' },
    publishes: { type: 'string', default: '30' },
    'graphql-up-to': { type: 'string', default: '10000' },
    note: { type: 'string', default: '' },
    name: { type: 'string', default: 'e2e' },
  },
  USAGE,
);
const sizes = values.sizes.split(',').map(Number);
const publishes = Number(values.publishes);
const graphqlUpTo = Number(values['graphql-up-to']);
if (sizes.some((n) => !Number.isInteger(n) || n < 0 || n > 200_000)) fail(`--sizes must be whole numbers from 0 to 200000, got "${values.sizes}"\n\n${USAGE}`);
if (!Number.isInteger(publishes) || publishes < 1) fail(`--publishes must be a whole number of at least 1, got "${values.publishes}"`);
if (!/^[a-z0-9-]{1,40}$/.test(values.name)) fail(`--name must be lowercase letters, digits and "-", got "${values.name}"`);
if (!Number.isInteger(graphqlUpTo) || graphqlUpTo < 0) fail(`--graphql-up-to must be a whole number, got "${values['graphql-up-to']}"`);

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function runSize(articles: number): Promise<E2eRun> {
  const dataDir = await mkdtemp(join(tmpdir(), `qn-e2e-${articles}-`));
  const [cmsPort, meiliPort, sitesPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    CMS_PORT: String(cmsPort),
    MEILI_PORT: String(meiliPort),
    SITES_PORT: String(sitesPort),
    SEED_ARTICLES: String(articles),
  };
  Object.assign(process.env, env);
  const config = loadEnv();
  const peaks = peakWatcher();
  peaks.watch('builder (this process)', process.pid);
  const stops: Array<() => Promise<unknown>> = [];
  try {
    console.log(`\n${articles.toLocaleString('en-US')} articles (data in ${dataDir}):`);
    const seed = await runTimed(join(REPO_ROOT, 'scripts/seed.ts'), ['--provision', '--articles', String(articles)], env, () => {});
    console.log(`  seed: ${secs(seed.ms)}, peak ${seed.peakRssMb} MB`);

    const meili = await startMeilisearch({ dataDir: join(dataDir, 'meilisearch'), port: meiliPort, masterKey: config.meili.masterKey });
    stops.push(() => meili.stop());
    peaks.watch('Meilisearch', meili.child.pid);
    const cms = await startCms({ dataDir, url: config.cms.url, env });
    stops.push(() => stopChild(cms.child));
    peaks.watch('Strapi', cms.child.pid);
    const deps = await clients(config);
    await deps.search.ensureIndex();
    const settings = await buildSettings(config, deps.search);

    let started = Date.now();
    const fetched = await deps.cms.snapshot();
    const fetchMs = Date.now() - started;
    console.log(`  content fetch: ${secs(fetchMs)} (${fetched.snapshot.articles.length.toLocaleString('en-US')} articles, ${fetched.problems.length} problems)`);
    let graphqlMs: number | null = null;
    if (articles <= graphqlUpTo) {
      started = Date.now();
      const viaGraphql = await graphqlArticles(config.cms.url, (await readSecret(dataDir, 'cms-api-token'))!);
      graphqlMs = Date.now() - started;
      if (viaGraphql !== fetched.snapshot.articles.length) throw new Error(`GraphQL read ${viaGraphql} articles, the bulk route ${fetched.snapshot.articles.length}`);
      console.log(`  baseline, the articles through GraphQL: ${secs(graphqlMs)}`);
    }

    started = Date.now();
    const report = await buildSites({ cms: deps.cms, outDir: config.sites.outDir, settings, prefetched: fetched, media: mediaSource(config) });
    const buildMs = Date.now() - started;
    if (report.failed.length > 0) throw new Error(`the full build failed for ${report.failed.map((f) => f.code).join(', ')}`);
    console.log(`  full build: ${secs(buildMs)}, ${report.pages.toLocaleString('en-US')} pages, Astro peak ${report.peakRssMb} MB (${report.peakTotalRssMb} MB at once)`);

    started = Date.now();
    const indexed = await deps.search.reconcile(fetched.snapshot, requireTree(fetched.snapshot.portals));
    const indexMs = Date.now() - started;
    console.log(`  full index: ${secs(indexMs)} (+${indexed.upserted})`);

    const server = createSiteServer({ root: config.sites.outDir });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(sitesPort, '127.0.0.1', resolve));
    stops.push(() => new Promise((resolve) => server.close(resolve)));
    // The outbox rows of the seed are in the content just built: the publisher starts after them.
    const publisher = await startMeasuredPublisher(config, deps, settings);
    stops.push(() => publisher.stop());
    const plan = publishPlan(fetched.snapshot.portals, publishes);
    const ids = new Map(fetched.snapshot.portals.map((p) => [p.code, p.documentId]));
    const timings: PublishTiming[] = await measurePublishToLive(
      { sitesPort, cmsUrl: config.cms.url, admin: config.cms.admin, meili: { host: config.meili.host, key: config.meili.masterKey, index: config.meili.index } },
      plan,
      ids,
      (m) => console.log(`  ${m}`),
      publisher.batchFor,
    );
    const live = timings.map((t) => t.live);
    console.log(`  publish-to-live: p50 ${secs(percentile(live, 50))}, p95 ${secs(percentile(live, 95))}`);
    return {
      articles,
      seed,
      fetchMs,
      graphqlMs,
      build: { ms: buildMs, pages: report.pages, pagesPerSecond: Math.round((report.pages / buildMs) * 1000), astroPeakRssMb: report.peakRssMb, astroPeakTotalRssMb: report.peakTotalRssMb },
      indexMs,
      indexed: indexed.upserted,
      fullRebuildMs: fetchMs + buildMs + indexMs,
      publishes: timings,
      publishToLive: { p50: percentile(live, 50), p95: percentile(live, 95), max: Math.max(...live) },
      peakRssMb: { seed: seed.peakRssMb, ...(await peaks.stop()) },
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  }
}

await buildCmsIfStale({ dataDir: join(tmpdir(), 'qn-e2e-cms-build'), env: { ...process.env, NODE_ENV: 'development' } });
const runs: E2eRun[] = [];
for (const size of sizes) runs.push(await runSize(size));
const meta = { date: new Date().toISOString(), node: process.versions.node, cpus: availableParallelism(), memGb: Math.round(totalmem() / 2 ** 30), note: values.note };
await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
await writeFile(join(REPO_ROOT, `bench/results/${values.name}.json`), `${JSON.stringify({ ...meta, runs }, null, 2)}\n`);
await writeFile(join(REPO_ROOT, `bench/results/${values.name}.md`), e2eMarkdown(runs, meta));
console.log(`\nWrote bench/results/${values.name}.json and bench/results/${values.name}.md`);
process.exit(0);
