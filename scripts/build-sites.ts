/**
 * Builds the static sites from the running CMS.
 *   npm run build:sites -- [--portals a,b,c] [--out DIR]
 */
import { parseArgs } from 'node:util';
import { loadEnv } from '@qn/config';
import { buildSites } from '@qn/site-builder';
import { reportFatal } from './lib/cli.ts';
import { buildProgressPrinter } from './lib/progress.ts';
import { buildSettings, clients } from './lib/runtime.ts';

try {
  const { values } = parseArgs({ options: { portals: { type: 'string' }, out: { type: 'string' } } });
  const config = loadEnv();
  const { cms, search } = await clients(config);
  const portals = values.portals?.split(',').map((c) => c.trim()).filter(Boolean) ?? null;
  const outDir = values.out ?? config.sites.outDir;
  const report = await buildSites({ cms, outDir, portals, settings: await buildSettings(config, search), onProgress: buildProgressPrinter() });
  for (const problem of report.problems) console.warn(`  ⚠ ${problem.model} ${problem.documentId} left out: ${problem.message}`);
  console.log(`Built ${report.portals.length} portal(s), ${report.pages} pages, in ${(report.ms / 1000).toFixed(1)} s → ${outDir}`);
} catch (error) {
  reportFatal(error);
}
