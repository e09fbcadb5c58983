/**
 * Runs the publish listener on its own (production): reads Strapi's outbox,
 * updates the search index and rebuilds the affected sites here, or, with
 * --dispatch, asks CI to rebuild them.
 */
import { createLog, loadEnv } from '@qn/config';
import { parseCli, reportFatal } from './lib/cli.ts';
import { buildSettings, clients, platformDispatcher, platformPublisher, startHealth } from './lib/runtime.ts';

const USAGE = `
Usage: npm run publisher -- [--dispatch]

Reads Strapi's outbox (CMS_URL, CMS_API_TOKEN with the publisher
permissions), keeps the search index current and rebuilds the sites of the
portals each change affects into SITES_OUT_DIR. Only one publisher or
dispatcher consumes the outbox at a time (a lease in the CMS database); a
second one started beside it waits and takes over when the first stops.
Health: GET http://PUBLISHER_HEALTH_HOST:PUBLISHER_HEALTH_PORT/healthz.
Logs: one line per event; JSON (pino) with LOG_FORMAT=json or in production.

  --dispatch   do not build here: ask CI for a run (CI_DISPATCH_URL, a
               GitHub repository_dispatch), coalescing changes over
               DISPATCH_WINDOW_MS; the workflow builds and deploys
`;

try {
  const { values } = parseCli({ dispatch: { type: 'boolean', default: false } }, USAGE);
  const config = loadEnv();
  const role = values.dispatch ? 'dispatcher' : 'publisher';
  const log = createLog(role);
  const deps = await clients(config);
  await deps.search.ensureIndex();
  const { publisher, lease, pollMs } = values.dispatch
    ? platformDispatcher(config, deps, log)
    : { ...platformPublisher(config, deps, await buildSettings(config, deps.search), log), pollMs: config.publisher.pollMs };
  const health = startHealth(config, deps, lease, role, log);
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  log(`watching ${config.cms.url} every ${pollMs} ms`);
  await publisher.run({ pollMs, signal: stop.signal, lease, onBatch: health.state.onBatch, onError: health.state.onError, onIdle: health.state.onIdle });
  await health.close();
} catch (error) {
  reportFatal(error);
}
