/**
 * Makes the search index hold exactly what is published and searchable.
 */
import { loadEnv } from '@qn/config';
import { requireTree } from '@qn/portal-model';
import { SEARCHED_RECORDS } from '@qn/search';
import { parseCli, reportFatal } from './lib/cli.ts';
import { clients } from './lib/runtime.ts';

const USAGE = `
Usage: npm run search:reconcile

Reads every published article and record that is searched (legal documents,
plans, disclosures, recruitment, consultations, pages, agencies and their
leaders) from Strapi and makes the search index (MEILI_HOST, MEILI_INDEX) hold exactly those: adds what is
missing or changed, removes what is no longer published. An index left with
the settings of an older release is rebuilt beside the live one and swapped
in. The nightly rebuild's last step; safe to run at any time.
`;

try {
  parseCli({}, USAGE);
  const config = loadEnv();
  const deps = await clients(config);
  const state = await deps.search.ensureIndex();
  const [portals, articles, records] = await Promise.all([deps.cms.portals(), deps.cms.articles(), deps.cms.records()]);
  for (const problem of [...portals.problems, ...articles.problems, ...records.problems]) console.warn(`  ⚠ ${problem.model} ${problem.documentId} left out: ${problem.message}`);
  const started = Date.now();
  const published = { articles: articles.records, records: records.records };
  // An index with an older release's settings is rebuilt beside the live one and swapped in (docs/adr/0014).
  const result = state === 'stale' ? { ...(await deps.search.rebuild(published, requireTree(portals.records))), removed: 0 } : await deps.search.reconcile(published, requireTree(portals.records));
  const others = SEARCHED_RECORDS.reduce((sum, key) => sum + records.records[key].length, 0);
  console.log(`Search index ${config.meili.index}: +${result.upserted} −${result.removed} in ${((Date.now() - started) / 1000).toFixed(1)} s (${articles.records.length} articles, ${others} other records).`);
} catch (error) {
  reportFatal(error);
}
