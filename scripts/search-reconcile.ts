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
missing or changed, removes what is no longer published. The nightly
rebuild's last step; safe to run at any time.
`;

try {
  parseCli({}, USAGE);
  const config = loadEnv();
  const deps = await clients(config);
  await deps.search.ensureIndex();
  const [portals, articles, records] = await Promise.all([deps.cms.portals(), deps.cms.articles(), deps.cms.records()]);
  for (const problem of [...portals.problems, ...articles.problems, ...records.problems]) console.warn(`  ⚠ ${problem.model} ${problem.documentId} left out: ${problem.message}`);
  const started = Date.now();
  const result = await deps.search.reconcile({ articles: articles.records, records: records.records }, requireTree(portals.records));
  const others = SEARCHED_RECORDS.reduce((sum, key) => sum + records.records[key].length, 0);
  console.log(`Search index ${config.meili.index}: +${result.upserted} −${result.removed} in ${((Date.now() - started) / 1000).toFixed(1)} s (${articles.records.length} articles, ${others} other records).`);
} catch (error) {
  reportFatal(error);
}
