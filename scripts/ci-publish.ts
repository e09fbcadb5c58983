/**
 * The build-and-deploy step of the CI workflows (.github/workflows/).
 */
import { join, resolve } from 'node:path';
import { loadEnv } from '@qn/config';
import { buildSites, inShard, parseShard, type Shard } from '@qn/site-builder';
import { deploySites } from '@qn/web-root';
import { fail, parseCli, reportFatal } from './lib/cli.ts';
import { printBuildProblems } from './lib/progress.ts';
import { buildRecords, buildSettings, clients, mediaSource } from './lib/runtime.ts';

const USAGE = `
Usage: npm run ci:publish -- --to WEBROOT [--portals a,b,c] [--all] [--shard i/n] [--by TEXT]

Builds the portals that want a rebuild and deploys them into WEBROOT (each
swapped in atomically), then records each portal's outcome in the CMS. Which
portals: every portal whose newest rebuild request (made by the dispatcher)
is newer than its last build, plus --portals; or, with --all, every portal
(of the shard, with --shard). A run that CI dropped from its queue is
caught up by the next one.

  --to WEBROOT      the web root nginx serves (npm run deploy:config)
  --portals a,b,c   also these portals (a manual run)
  --all             every portal (the nightly rebuild)
  --shard i/n       with --all: the i-th of n shares (one runner each)
  --by TEXT         who built, for the status view (default "ci")
  --out DIR         build folder (default DATA_DIR/ci-build)
`;

try {
  const { values } = parseCli(
    { to: { type: 'string' }, portals: { type: 'string' }, all: { type: 'boolean', default: false }, shard: { type: 'string' }, by: { type: 'string' }, out: { type: 'string' } },
    USAGE,
  );
  if (!values.to) fail(`--to is required.\n${USAGE}`);
  let shard: Shard | null = null;
  try {
    shard = values.shard ? parseShard(values.shard) : null;
  } catch (error) {
    fail((error as Error).message);
  }
  if (shard && !values.all) fail('--shard goes with --all.');
  const by = values.by ?? 'ci';
  if (!/^[\w .:#/@-]{1,120}$/.test(by)) fail('--by takes letters, digits, spaces and . : # / @ - (at most 120).');
  const config = loadEnv();
  const deps = await clients(config);
  const tree = (await deps.cms.portals()).records.map((p) => p.code);
  const asked = values.portals?.split(',').map((c) => c.trim()).filter(Boolean) ?? [];
  // Requests read before building: a request made during the build stays pending for the next run.
  const requests = new Map((await deps.publisherApi.builds()).filter((b) => b.requested > b.done).map((b) => [b.portal, b.requested]));
  const portals = values.all ? tree.filter((code) => !shard || inShard(code, shard)) : [...new Set([...requests.keys(), ...asked])].filter((code) => tree.includes(code) || asked.includes(code)).sort();
  if (portals.length === 0) {
    console.log('Nothing to rebuild: no portal has a request newer than its last build.');
    process.exit(0);
  }
  console.log(`Rebuilding ${portals.length} portal(s): ${portals.slice(0, 20).join(', ')}${portals.length > 20 ? ', …' : ''}`);
  const out = resolve(values.out ?? join(config.dataDir, 'ci-build'));
  const report = await buildSites({
    cms: deps.cms,
    outDir: out,
    portals,
    settings: await buildSettings(config, deps.search),
    media: mediaSource(config),
    precompress: config.sites.precompress,
  });
  const deployed = report.portals.length > 0 ? await deploySites({ from: out, to: resolve(values.to), portals: report.portals }) : null;
  await deps.publisherApi.recordBuilds(buildRecords(report, { by, seq: (portal) => requests.get(portal) }));
  console.log(
    `Built ${report.portals.length} portal(s), ${report.pages.toLocaleString('en-US')} pages, in ${(report.ms / 1000).toFixed(1)} s; deployed to ${values.to}` +
      (deployed ? ` (media: ${deployed.media.added} added)` : ''),
  );
  printBuildProblems(report);
  if (report.failed.length > 0) process.exit(1);
} catch (error) {
  reportFatal(error);
}
