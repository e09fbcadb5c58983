/**
 * `npm start`: the whole platform on its embedded development defaults.
 * Meilisearch (dev binary) → Strapi (built when its sources changed) → seed
 * on first run → all 193 sites (rebuilt only when content or site code
 * changed) → static server with host routing → publish listener.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLog, loadEnv, REPO_ROOT } from '@qn/config';
import { buildCmsIfStale, SEED_SOURCES, SITE_SOURCES, sourcesStamp, startMeilisearch, superviseCms, type RunningMeili } from '@qn/devstack';
import { requireTree } from '@qn/portal-model';
import { fastForward } from '@qn/publisher';
import { buildSites } from '@qn/site-builder';
import { startPublicService } from '@qn/public-service';
import { createSiteServer } from '@qn/site-server';
import { parseCli, reportFatal } from './lib/cli.ts';
import { buildProgressPrinter, printBuildProblems, step } from './lib/progress.ts';
import { buildRecords, buildSettings, clients, mediaSource, platformPublisher, startHealth } from './lib/runtime.ts';
import { readSecret } from './lib/secrets.ts';
import { runNode } from './lib/run-node.ts';

parseCli(
  {},
  `
Usage: npm start

Runs the whole platform on its embedded development defaults: Meilisearch,
the CMS (admin at http://localhost:1337/admin), all 193 sites at
http://<code>.localhost:4321/, the publisher and the public service that
takes readers' questions, comments and feedback (http://localhost:4323). The first run seeds the CMS
and builds every site; later runs rebuild only what changed. Settings come
from the environment or .env (see README, "Configuration").

Options:
  -h, --help  show this help
`,
);

const stopping = new AbortController();
const cleanups: Array<() => Promise<void>> = [];

async function shutdown(code: number): Promise<never> {
  stopping.abort();
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  process.exit(code);
}
process.once('SIGINT', () => {
  console.log('\nStopping…');
  void shutdown(0);
});
process.once('SIGTERM', () => void shutdown(0));

try {
  const started = Date.now();
  const config = loadEnv();
  const childEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };

  let meili: RunningMeili | null = null;
  if (!process.env.MEILI_HOST) {
    meili = await step(`Meilisearch on port ${config.meili.port}`, () =>
      startMeilisearch({ dataDir: join(config.dataDir, 'meilisearch'), port: config.meili.port, masterKey: config.meili.masterKey }),
    );
    cleanups.push(() => meili!.stop());
  }

  await step('Strapi admin panel and server code', () => buildCmsIfStale({ dataDir: config.dataDir, env: childEnv }), (r) =>
    r === 'fresh' ? 'unchanged, reused' : 'built',
  );

  // Provisioning and the seed are idempotent: they run again whenever their code changed since the last run.
  const seedStamp = await sourcesStamp(SEED_SOURCES, String(config.seedArticles));
  const seedFile = join(config.dataDir, 'seeded');
  const hasToken =
    Boolean(config.cms.apiToken ?? (await readSecret(config.dataDir, 'cms-api-token'))) &&
    Boolean(config.publicService.intakeToken ?? (await readSecret(config.dataDir, 'intake-api-token')));
  if (!hasToken || (await readFile(seedFile, 'utf8').catch(() => '')) !== seedStamp) {
    const label = existsSync(seedFile) ? 'Seed and API token brought up to date' : `First run: admin, API token, 193 portals and ${config.seedArticles} sample articles`;
    await step(label, async () => {
      const args = ['--provision', '--articles', String(config.seedArticles)];
      await runNode(join(REPO_ROOT, 'scripts/seed.ts'), args, childEnv, join(config.dataDir, 'logs', 'seed.log'));
      await writeFile(seedFile, seedStamp);
    });
  }

  const cms = await step(`Strapi on ${config.cms.url}`, () =>
    superviseCms({
      dataDir: config.dataDir,
      url: config.cms.url,
      env: childEnv,
      onExit: ({ code, signal, logTail, restartInMs }) =>
        console.error(
          `\n✖ Strapi stopped unexpectedly (${signal ?? `exit ${code}`}); starting it again in ${Math.round(restartInMs / 1000)} s. The sites and the publisher keep running. Last lines of its log:\n${logTail}`,
        ),
      onRestart: ({ restarts }) => console.log(`✔ Strapi is back on ${config.cms.url} (restart ${restarts})`),
    }),
  );
  cleanups.push(() => cms.stop());

  const deps = await clients(config);
  const indexState = await step('Search index and public search key', () => deps.search.ensureIndex(), (state) => (state === 'stale' ? 'settings of an older release: rebuilt below' : state));
  const settings = await buildSettings(config, deps.search);

  // Everything up to this outbox row is in the snapshot that follows.
  const lastEvent = await deps.cms.lastEventId();
  const fetched = await step('Content from Strapi', () => deps.cms.snapshot(), (f) => `${f.snapshot.portals.length} portals, ${f.snapshot.articles.length} articles`);
  const { fetchedAt: _ignored, ...content } = fetched.snapshot;
  const stampFile = join(config.dataDir, 'sites.hash');
  const stamp = await sourcesStamp(SITE_SOURCES, JSON.stringify({ content, settings }));
  const upToDate = existsSync(join(config.sites.outDir, 'index.html')) && (await readFile(stampFile, 'utf8').catch(() => '')) === stamp;
  if (upToDate) {
    console.log('✔ All 193 sites are up to date — reused');
  } else {
    console.log(`… Building all ${fetched.snapshot.portals.length} sites`);
    const report = await buildSites({ cms: deps.cms, outDir: config.sites.outDir, settings, prefetched: fetched, media: mediaSource(config), onProgress: buildProgressPrinter(), precompress: config.sites.precompress });
    printBuildProblems(report);
    console.log(`✔ Built ${report.portals.length} sites, ${report.pages} pages — ${(report.ms / 1000).toFixed(1)} s`);
    await writeFile(stampFile, stamp);
    // The status page and /healthz show each portal's last build from the start.
    await deps.publisherApi
      .recordBuilds(buildRecords(report, { by: 'npm start', seq: () => lastEvent }))
      .catch((error: unknown) => console.warn(`  ⚠ could not record the build in the CMS: ${(error as Error).message}`));
  }
  const sent = (note: (text: string) => void) => (done: number, total: number) => note(`${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} sent`);
  if (indexState === 'stale') {
    await step(
      'Search index rebuilt beside the live one with the new settings, then swapped in',
      (note) => deps.search.rebuild(fetched.snapshot, requireTree(fetched.snapshot.portals), sent(note)),
      (r) => `${r.upserted.toLocaleString('en-US')} documents`,
    );
  } else {
    await step('Search index matches what is published', (note) => deps.search.reconcile(fetched.snapshot, requireTree(fetched.snapshot.portals), sent(note)), (r) => `+${r.upserted} −${r.removed}`);
  }
  const log = createLog('publisher');
  const { publisher, lease } = platformPublisher(config, deps, settings, log);
  // The full build covered every outbox row up to lastEvent. Another publisher holding the lease (one started
  // on its own) keeps its own position: this one waits for the lease instead of touching it.
  if (await lease.ensure()) await fastForward(lease.cursor, lastEvent);

  const server = createSiteServer({ root: config.sites.outDir });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.sites.port, resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));

  const intakeToken = config.publicService.intakeToken ?? (await readSecret(config.dataDir, 'intake-api-token'));
  const publicService = await step(`Public service (questions, comments, feedback) on ${config.publicService.url}`, () =>
    startPublicService({
      port: config.publicService.port,
      host: config.publicService.host,
      cmsUrl: config.cms.url,
      intakeToken: intakeToken!,
      hmacKey: config.publicService.hmacKey,
      spoolDir: config.publicService.spoolDir,
      siteUrlTemplate: config.sites.urlTemplate,
      publicUrl: config.publicService.url,
      trustProxy: config.publicService.trustProxy,
      log: ((log) => (message: string) => log(message, 'warn'))(createLog('public-service')),
    }),
  );
  cleanups.push(() => publicService.close());

  const health = startHealth(config, deps, lease, 'publisher', log);
  cleanups.push(() => health.close());
  const publishing = publisher.run({ pollMs: config.publisher.pollMs, signal: stopping.signal, lease, onBatch: health.state.onBatch, onError: health.state.onError, onIdle: health.state.onIdle });
  cleanups.push(() => publishing);

  const devPassword = config.cms.admin.password.startsWith('dev-only-') ? ' (development default)' : '';
  console.log(`
Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.

  Portal directory   http://localhost:${config.sites.port}/
  Provincial portal  http://quangninh.localhost:${config.sites.port}/   (every portal: http://<code>.localhost:${config.sites.port}/)
  Strapi admin       ${config.cms.url}/admin
    login            ${config.cms.admin.email} / ${config.cms.admin.password}${devPassword}
  Meilisearch        ${config.meili.host}${meili ? ' (development binary)' : ''}
  Public service     ${config.publicService.url}   (readers' questions, comments and feedback)

Publishing in the admin rebuilds the affected sites within seconds. Press Ctrl-C to stop everything.
`);
} catch (error) {
  await Promise.allSettled(cleanups.reverse().map((c) => c()));
  reportFatal(error);
}
