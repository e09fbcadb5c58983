/**
 * npm run bench:production [-- --articles 10000 --publishes 15]
 * Publish-to-live through the production road, in one run on one seeded
 * platform, three ways one after another:
 *   dev        the in-process publisher, sites served by the development server (the baseline, as bench:e2e measures);
 *   nginx      the same publisher writing .gz/.br copies, sites served by Debian's nginx from the generated configuration;
 *   dispatch   the dispatcher asks "CI" for a run, and publish.yml's own steps (read from the file) build, deploy,
 *              regenerate the nginx configuration and reload it, one run at a time with one pending, as GitHub queues them.
 * Writes bench/results/production-path.json and .md.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadEnv, REPO_ROOT } from '@qn/config';
import { buildCmsIfStale, freePort, startCms, startMeilisearch, stopChild } from '@qn/devstack';
import { requireTree } from '@qn/portal-model';
import { buildSites } from '@qn/site-builder';
import { createSiteServer } from '@qn/site-server';
import { nginxConfig, readWebRoot } from '@qn/web-root';
import { fail, parseCli } from '../scripts/lib/cli.ts';
import { buildSettings, clients, mediaSource } from '../scripts/lib/runtime.ts';
import { startMeasuredPublisher } from './lib/measured-publisher.ts';
import { readSecret } from '../scripts/lib/secrets.ts';
import { hasBrotliModule, NGINX, startNginx } from '../tests/helpers/nginx.ts';
import { readWorkflow, runStep, runSteps, stepEnv } from '../tests/helpers/workflow.ts';
import { runTimed } from './lib/processes.ts';
import { measurePublishToLive, percentile, publishPlan, type PublishTiming } from './lib/publish-to-live.ts';

const USAGE = `
Usage: npm run bench:production -- [--articles 10000] [--publishes 15]

Publish-to-live through the development server (baseline), through nginx,
and through the dispatcher and publish.yml's own steps, on one platform seeded
with --articles sample articles. Writes bench/results/production-path.{json,md}.
`;
const { values } = parseCli({ articles: { type: 'string', default: '10000' }, publishes: { type: 'string', default: '15' } }, USAGE);
const articles = Number(values.articles);
const publishes = Number(values.publishes);
if (!Number.isInteger(articles) || articles < 0 || articles > 200_000) fail(`--articles must be a whole number from 0 to 200000, got "${values.articles}"`);
if (!Number.isInteger(publishes) || publishes < 3) fail(`--publishes must be a whole number of at least 3, got "${values.publishes}"`);

interface Mode {
  name: 'dev' | 'nginx' | 'dispatch';
  timings: PublishTiming[];
  p50: number;
  p95: number;
  /** dispatch: per CI run, ms from the dispatch to each step's end. */
  runs?: Array<{ waitedMs: number; steps: Array<{ name: string; ms: number }> }>;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const summary = (name: Mode['name'], timings: PublishTiming[], runs?: Mode['runs']): Mode => {
  const live = timings.map((t) => t.live);
  console.log(`  ${name}: publish-to-live p50 ${secs(percentile(live, 50))}, p95 ${secs(percentile(live, 95))}`);
  return { name, timings, p50: percentile(live, 50), p95: percentile(live, 95), ...(runs ? { runs } : {}) };
};

const dataDir = await mkdtemp(join(tmpdir(), `qn-production-${articles}-`));
const [cmsPort, meiliPort, devPort, nginxPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
// nginx listens where the sites' addresses say (SITES_PORT), as in production; the development server elsewhere.
const env = { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, CMS_PORT: String(cmsPort), MEILI_PORT: String(meiliPort), SITES_PORT: String(nginxPort), SEED_ARTICLES: String(articles), PUBLISHER_HEALTH_PORT: '0' };
Object.assign(process.env, env);
const config = loadEnv();
const stops: Array<() => Promise<unknown>> = [];
const modes: Mode[] = [];
try {
  await buildCmsIfStale({ dataDir: join(tmpdir(), 'qn-e2e-cms-build'), env: { ...process.env, NODE_ENV: 'development' } });
  console.log(`${articles.toLocaleString('en-US')} articles (data in ${dataDir})`);
  const seed = await runTimed(join(REPO_ROOT, 'scripts/seed.ts'), ['--provision', '--articles', String(articles)], env, () => {});
  console.log(`  seed: ${secs(seed.ms)}`);
  const meili = await startMeilisearch({ dataDir: join(dataDir, 'meilisearch'), port: meiliPort, masterKey: config.meili.masterKey });
  stops.push(() => meili.stop());
  const cms = await startCms({ dataDir, url: config.cms.url, env });
  stops.push(() => stopChild(cms.child));
  const deps = await clients(config);
  await deps.search.ensureIndex();
  const settings = await buildSettings(config, deps.search);
  const webRoot = config.sites.outDir;
  const fetched = await deps.cms.snapshot();
  const full = await buildSites({ cms: deps.cms, outDir: webRoot, settings, prefetched: fetched, media: mediaSource(config), precompress: true });
  console.log(`  full build with .gz/.br: ${secs(full.ms)}, ${full.pages.toLocaleString('en-US')} pages`);
  await deps.search.reconcile(fetched.snapshot, requireTree(fetched.snapshot.portals));
  const served = await readWebRoot(webRoot);
  const nginxText = () => nginxConfig({ root: webRoot, portals: served.portals, urlTemplate: settings.urlTemplate, mediaUrl: settings.mediaUrl, searchUrl: settings.search.host, brotli: hasBrotliModule() }).text;
  const nginx = await startNginx(nginxText(), nginxPort);
  stops.push(() => nginx.stop());
  const devServer = createSiteServer({ root: webRoot });
  await new Promise<void>((resolve) => devServer.listen(devPort, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => devServer.close(resolve)));

  const plan = publishPlan(fetched.snapshot.portals, publishes);
  const ids = new Map(fetched.snapshot.portals.map((p) => [p.code, p.documentId]));
  const target = (port: number) => ({ sitesPort: port, cmsUrl: config.cms.url, admin: config.cms.admin, meili: { host: config.meili.host, key: config.meili.masterKey, index: config.meili.index } });

  /** The in-process publisher, as `npm run publisher` runs it, with or without precompression. */
  async function withPublisher(precompress: boolean, port: number, name: 'dev' | 'nginx'): Promise<void> {
    const publisher = await startMeasuredPublisher({ ...config, sites: { ...config.sites, precompress } }, deps, settings);
    try {
      const timings = await measurePublishToLive(target(port), plan, ids, (m) => console.log(`    ${m}`), publisher.batchFor);
      modes.push(summary(name, timings));
    } finally {
      await publisher.stop();
    }
  }

  console.log('  dev: in-process publisher, development server');
  await withPublisher(false, devPort, 'dev');
  console.log('  nginx: in-process publisher with .gz/.br, nginx');
  await withPublisher(true, nginxPort, 'nginx');

  console.log('  dispatch: dispatcher → publish.yml steps → nginx');
  const workflow = readWorkflow('publish.yml');
  const contexts = {
    vars: {
      CMS_URL: config.cms.url,
      MEILI_HOST: config.meili.host,
      MEILI_PUBLIC_URL: config.meili.publicUrl,
      MEILI_INDEX: config.meili.index,
      SITE_URL_TEMPLATE: settings.urlTemplate,
      MEDIA_URL: settings.mediaUrl,
      WEB_ROOT: webRoot,
      NGINX_CONF: join(nginx.dir, 'portals.conf'),
      NGINX_TEST: `${NGINX} -t -q -p ${nginx.dir} -c ${join(nginx.dir, 'nginx.conf')}`,
      NGINX_RELOAD: `${NGINX} -p ${nginx.dir} -c ${join(nginx.dir, 'nginx.conf')} -s reload`,
    },
    secrets: { CMS_API_TOKEN: (await readSecret(dataDir, 'cms-api-token'))!, MEILI_ADMIN_KEY: config.meili.masterKey },
    inputs: {},
  };
  const runner = { running: false, pending: false, runs: [] as NonNullable<Mode['runs']> };
  /** When the pending run was asked for: its wait ends when the runner takes it. */
  let pendingSince = 0;
  async function drain(): Promise<void> {
    if (runner.running) return;
    runner.running = true;
    while (runner.pending) {
      runner.pending = false;
      const started = Date.now();
      const waitedMs = started - pendingSince;
      const steps: Array<{ name: string; ms: number }> = [];
      for (const step of runSteps(workflow, 'publish')) {
        const stepStart = Date.now();
        const stepEnvironment = { ...stepEnv(workflow, 'publish', step, contexts), GITHUB_RUN_ID: String(runner.runs.length + 1), RUNNER_TEMP: dataDir };
        const { code, out } = await runStep(step, stepEnvironment);
        if (code !== 0) throw new Error(`step "${step.name}" failed:\n${out.slice(-2000)}`);
        steps.push({ name: step.name ?? step.run!.slice(0, 40), ms: Date.now() - stepStart });
      }
      runner.runs.push({ waitedMs, steps });
    }
    runner.running = false;
  }
  const receiver = createServer((req, res) => {
    req.resume().on('end', () => {
      if (!runner.pending) pendingSince = Date.now();
      runner.pending = true;
      res.writeHead(204).end();
      void drain();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => receiver.close(resolve)));
  // Stopped before the data folder goes: no run may start, and the one running ends first.
  stops.push(async () => {
    runner.pending = false;
    while (runner.running) await new Promise((resolve) => setTimeout(resolve, 200));
  });
  const dispatcher = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'publisher.ts'), '--dispatch'], {
    cwd: REPO_ROOT,
    env: { ...env, CMS_API_TOKEN: contexts.secrets.CMS_API_TOKEN, CI_DISPATCH_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/dispatches`, CI_DISPATCH_TOKEN: 'bench', DISPATCH_WINDOW_MS: '500' },
    stdio: 'ignore',
  });
  stops.push(() => stopChild(dispatcher));
  const timings = await measurePublishToLive(target(nginxPort), plan, ids, (m) => console.log(`    ${m}`), () => null);
  modes.push(summary('dispatch', timings, runner.runs));

  const meta = { date: new Date().toISOString(), node: process.versions.node, cpus: availableParallelism(), memGb: Math.round(totalmem() / 2 ** 30), articles, pages: full.pages, publishes };
  await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
  await writeFile(join(REPO_ROOT, 'bench/results/production-path.json'), `${JSON.stringify({ ...meta, modes }, null, 2)}\n`);
  await writeFile(join(REPO_ROOT, 'bench/results/production-path.md'), markdown(meta, modes));
  console.log('\nWrote bench/results/production-path.json and bench/results/production-path.md');
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(0);

function markdown(meta: { date: string; cpus: number; memGb: number; articles: number; pages: number; publishes: number }, all: Mode[]): string {
  const rows = all.map((m) => `| ${m.name} | ${secs(m.p50)} | ${secs(m.p95)} | ${secs(Math.max(...m.timings.map((t) => t.live)))} |`);
  const dispatch = all.find((m) => m.name === 'dispatch');
  const stepNames = [...new Set(dispatch?.runs?.flatMap((r) => r.steps.map((s) => s.name)) ?? [])];
  const stepRows = stepNames.map((name) => {
    const ms = dispatch!.runs!.flatMap((r) => r.steps.filter((s) => s.name === name).map((s) => s.ms));
    return `| ${name} | ${secs(percentile(ms, 50))} | ${secs(percentile(ms, 95))} |`;
  });
  const waited = dispatch?.runs?.map((r) => r.waitedMs) ?? [];
  return `# Publish-to-live through the production road

${meta.date}, ${meta.cpus} cores, ${meta.memGb} GB; ${meta.articles.toLocaleString('en-US')} seeded articles (${meta.pages.toLocaleString('en-US')} pages); ${meta.publishes} publishes per way, one after another, on level-1/2/3 portals. Live = the article's page, its portal's home, the parent's home when shared there, and a search for it all answer it.

| way | p50 | p95 | max |
|---|---|---|---|
${rows.join('\n')}

- **dev**: the in-process publisher, the development site server (the baseline).
- **nginx**: the same publisher, also writing .gz/.br copies after each swap; served by Debian's nginx from \`npm run deploy:config\`.
- **dispatch**: \`npm run publisher -- --dispatch\`; each dispatch runs publish.yml's own steps (${dispatch?.runs?.length ?? 0} runs for ${meta.publishes} publishes), then nginx reloads.

Where a dispatch run's time goes (ms from the step's start to its end; p50 / p95 over the runs), and how long a dispatched run waited for the one before it to end (p50 ${secs(percentile(waited, 50))}, p95 ${secs(percentile(waited, 95))}):

| step | p50 | p95 |
|---|---|---|
${stepRows.join('\n')}
`;
}
