import type { LogLevel, PlatformConfig } from '@qn/config';

type LogFn = (message: string, level?: LogLevel) => void;
import { createCmsClient, createPublisherApi } from '@qn/cms-client';
import { OUTBOX_LEASE } from '@qn/content';
import { httpMediaFetcher } from '@qn/images';
import { createSearchIndexer, type SearchIndexer } from '@qn/search';
import { ciDispatch, createLease, createPublisher, healthServer, healthState, type Lease } from '@qn/publisher';
import { buildSites, type BuildReport, type BuildSettings } from '@qn/site-builder';
import { fail } from './cli.ts';
import { readSecret } from './secrets.ts';

/** The CMS and search clients every entry point needs, from validated configuration. */
export async function clients(config: PlatformConfig) {
  const token = config.cms.apiToken ?? (await readSecret(config.dataDir, 'cms-api-token'));
  if (!token) {
    fail('There is no API token for Strapi. Set CMS_API_TOKEN (a read-only token created in the admin), or run `npm start` once to provision the development one.');
  }
  return {
    cms: createCmsClient({ url: config.cms.url, token }),
    publisherApi: createPublisherApi({ url: config.cms.url, token }),
    search: createSearchIndexer({ host: config.meili.host, apiKey: config.meili.masterKey, index: config.meili.index }),
  };
}

export async function buildSettings(config: PlatformConfig, search: SearchIndexer): Promise<BuildSettings> {
  return {
    urlTemplate: config.sites.urlTemplate,
    search: { host: config.meili.publicUrl, key: await search.ensureSearchKey(), index: config.meili.index },
    mediaUrl: config.sites.mediaUrl,
    publicServiceUrl: config.publicService.url,
  };
}

/** Uploads are fetched from Strapi (CMS_URL) and processed into SITES_OUT_DIR/_media. */
export function mediaSource(config: PlatformConfig) {
  return { fetch: httpMediaFetcher({ baseUrl: config.cms.url }) };
}

/** The outbox lease and its cursor, kept in the CMS database (docs/adr/0009). */
export function outboxLease(config: PlatformConfig, deps: Awaited<ReturnType<typeof clients>>, log: LogFn) {
  return createLease({ api: deps.publisherApi, name: OUTBOX_LEASE, ttlMs: config.publisher.leaseMs, log });
}

/**
 * The publisher wired to the real CMS, index and site builder, with the
 * outbox lease: run it with `run({ lease })`. Every build's outcome per
 * portal is recorded in the CMS (the status view and /healthz read it).
 */
export function platformPublisher(
  config: PlatformConfig,
  deps: Awaited<ReturnType<typeof clients>>,
  settings: BuildSettings,
  log: LogFn,
  onBuilt: (report: BuildReport) => void = () => {},
) {
  const lease = outboxLease(config, deps, log);
  const publisher = createPublisher({
    cms: deps.cms,
    search: deps.search,
    cursor: lease.cursor,
    log,
    build: async (portals, { upTo, beforeSwap }) => {
      const started = Date.now();
      const report = await buildSites({ cms: deps.cms, outDir: config.sites.outDir, portals, settings, media: mediaSource(config), precompress: config.sites.precompress, beforeSwap });
      for (const problem of report.problems) log(`${problem.model} ${problem.documentId} left out of the sites: ${problem.message}`, 'warn');
      for (const p of report.media.problems) log(`${p.field} of ${p.model} ${p.documentId} (${p.portal ?? 'all portals'}) not shown, ${p.reason}: ${p.message}`, 'warn');
      // Other portals were published; a failed one keeps its previous site until its content changes again.
      for (const failure of report.failed) log(`${failure.code} could not be rebuilt and keeps its previous site: ${failure.message}`, 'error');
      const ms = Date.now() - started;
      // `seq`: the outbox rows up to here are live on these portals (the admin shows an editor when).
      await deps.publisherApi
        .recordBuilds(buildRecords(report, { by: 'publisher', seq: () => upTo, ms }))
        .catch((error: unknown) => log(`could not record the build in the CMS: ${(error as Error).message}`, 'warn'));
      onBuilt(report);
      return report;
    },
  });
  return { publisher, lease };
}

/**
 * The dispatcher: the publisher's planning and index updates, with the
 * site builds handed to CI (`CI_DISPATCH_URL`) instead of run here.
 */
export function platformDispatcher(config: PlatformConfig, deps: Awaited<ReturnType<typeof clients>>, log: LogFn) {
  if (!config.dispatch) fail('--dispatch needs CI_DISPATCH_URL (for GitHub: https://api.github.com/repos/OWNER/REPO/dispatches) and CI_DISPATCH_TOKEN.');
  const lease = outboxLease(config, deps, log);
  const dispatch = config.dispatch;
  const publisher = createPublisher({
    cms: deps.cms,
    search: deps.search,
    cursor: lease.cursor,
    log,
    build: ciDispatch({ url: dispatch.url, token: dispatch.token, eventType: dispatch.eventType, api: deps.publisherApi, lease, log }),
  });
  return { publisher, lease, pollMs: dispatch.windowMs };
}

/**
 * `GET /healthz` for the publisher or dispatcher on PUBLISHER_HEALTH_PORT (0: none). A port already
 * taken (a second publisher on the same machine, waiting for the lease) is reported and skipped.
 */
export function startHealth(config: PlatformConfig, deps: Awaited<ReturnType<typeof clients>>, lease: Lease, role: 'publisher' | 'dispatcher', log: LogFn) {
  const state = healthState({ role, lease, cms: deps.cms, api: deps.publisherApi });
  const { port, host } = config.publisher.health;
  if (port === 0) return { state, close: async () => {} };
  const server = healthServer(() => state.read());
  server.once('error', (error: NodeJS.ErrnoException) => log(`no health endpoint: ${host}:${port} ${error.code === 'EADDRINUSE' ? 'is taken (another publisher on this machine?)' : error.message}`, 'warn'));
  server.listen(port, host, () => log(`health at http://${host}:${port}/healthz`));
  return { state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** What a build did per portal, as the CMS records it: each portal built covers request `seq(portal)`. */
export function buildRecords(report: Pick<BuildReport, 'portals' | 'failed' | 'ms'>, options: { by: string; seq: (portal: string) => number | undefined; ms?: number }) {
  return [
    ...report.portals.map((portal) => ({ portal, ok: true, seq: options.seq(portal), ms: options.ms ?? report.ms, by: options.by })),
    ...report.failed.map((f) => ({ portal: f.code, ok: false, error: f.message.slice(0, 2000), by: options.by })),
  ];
}
