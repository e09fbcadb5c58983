/**
 * Builds the static sites from the running CMS.
 *   npm run build:sites -- [--portals a,b,c] [--out DIR] [--shard i/n]
 * --shard i/n builds the i-th of n fixed shares of the portals, so CI can
 * split a full build across runners. Exits non-zero when any portal failed.
 */
import { loadEnv } from '@qn/config';
import { buildSites, inShard, parseShard, type BuildReport } from '@qn/site-builder';
import { fail, parseCli, reportFatal } from './lib/cli.ts';
import { buildProgressPrinter, printBuildProblems } from './lib/progress.ts';
import { buildSettings, clients, mediaSource } from './lib/runtime.ts';

function printSummary(report: BuildReport, outDir: string): void {
  console.log(
    `Built ${report.portals.length} portal(s), ${report.pages.toLocaleString('en-US')} pages, in ${(report.ms / 1000).toFixed(1)} s → ${outDir}` +
      ` (${report.runs} Astro run(s); peak memory ${report.peakRssMb} MB per process, ${report.peakTotalRssMb} MB at once)`,
  );
  printBuildProblems(report);
}

const USAGE = `
Usage: npm run build:sites -- [--portals a,b,c] [--out DIR] [--shard i/n]

Builds the static sites from the running Strapi (CMS_URL, CMS_API_TOKEN) into
DIR (default SITES_OUT_DIR), each portal swapped in atomically. Exits
non-zero when any portal failed (the others are published).

  --portals a,b,c   only these portals (default: all)
  --out DIR         output folder
  --shard i/n       the i-th of n fixed shares of the portals (CI runners)
`;

try {
  const { values } = parseCli({ portals: { type: 'string' }, out: { type: 'string' }, shard: { type: 'string' } }, USAGE);
  let shard: ReturnType<typeof parseShard> | null = null;
  try {
    shard = values.shard ? parseShard(values.shard) : null;
  } catch (error) {
    fail((error as Error).message);
  }
  const config = loadEnv();
  const { cms, search } = await clients(config);
  let portals = values.portals?.split(',').map((c) => c.trim()).filter(Boolean) ?? null;
  if (shard) {
    const tree = await cms.portals();
    const share = tree.records.map((p) => p.code).filter((code) => inShard(code, shard) && (!portals || portals.includes(code)));
    console.log(`  shard ${shard.index}/${shard.count}: ${share.length} of ${portals?.length ?? tree.records.length} portal(s)`);
    portals = share;
  }
  const outDir = values.out ?? config.sites.outDir;
  const report =
    portals?.length === 0
      ? null
      : await buildSites({
          cms,
          outDir,
          portals,
          settings: await buildSettings(config, search),
          media: mediaSource(config),
          onProgress: buildProgressPrinter(),
          precompress: config.sites.precompress,
        });
  if (report) printSummary(report, outDir);
  else console.log('Nothing to build: the shard holds none of the portals asked for.');
  if (report && report.failed.length > 0) process.exit(1);
} catch (error) {
  reportFatal(error);
}
