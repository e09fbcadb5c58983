/**
 * Runs the publish listener on its own (production): reads Strapi's outbox,
 * rebuilds the affected sites and updates the search index.
 */
import { loadEnv } from '@qn/config';
import { reportFatal } from './lib/cli.ts';
import { buildSettings, clients, platformPublisher } from './lib/runtime.ts';

try {
  const config = loadEnv();
  const deps = await clients(config);
  await deps.search.ensureIndex();
  const { publisher, lease } = platformPublisher(config, deps, await buildSettings(config, deps.search), (m) => console.log(`[publisher] ${m}`));
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  console.log(`[publisher] watching ${config.cms.url} every ${config.publisher.pollMs} ms`);
  await publisher.run({ pollMs: config.publisher.pollMs, signal: stop.signal, lease });
} catch (error) {
  reportFatal(error);
}
