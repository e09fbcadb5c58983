/**
 * Makes the search index hold exactly the published articles and legal documents.
 */
import { loadEnv } from '@qn/config';
import { requireTree } from '@qn/portal-model';
import { parseCli, reportFatal } from './lib/cli.ts';
import { clients } from './lib/runtime.ts';

const USAGE = `
Usage: npm run search:reconcile

Reads every published article and legal document from Strapi and makes the
search index (MEILI_HOST, MEILI_INDEX) hold exactly those: adds what is
missing or changed, removes what is no longer published. The nightly
rebuild's last step; safe to run at any time.
`;

try {
  parseCli({}, USAGE);
  const config = loadEnv();
  const deps = await clients(config);
  await deps.search.ensureIndex();
  const [portals, articles, legalDocuments] = await Promise.all([deps.cms.portals(), deps.cms.articles(), deps.cms.legalDocuments()]);
  for (const problem of [...portals.problems, ...articles.problems, ...legalDocuments.problems]) console.warn(`  ⚠ ${problem.model} ${problem.documentId} left out: ${problem.message}`);
  const started = Date.now();
  const result = await deps.search.reconcile({ articles: articles.records, legalDocuments: legalDocuments.records }, requireTree(portals.records));
  console.log(`Search index ${config.meili.index}: +${result.upserted} −${result.removed} in ${((Date.now() - started) / 1000).toFixed(1)} s (${articles.records.length} articles, ${legalDocuments.records.length} legal documents).`);
} catch (error) {
  reportFatal(error);
}
