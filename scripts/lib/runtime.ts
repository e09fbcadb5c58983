import { join } from 'node:path';
import type { PlatformConfig } from '@qn/config';
import { createCmsClient } from '@qn/cms-client';
import { httpMediaFetcher } from '@qn/images';
import { createSearchIndexer, type SearchIndexer } from '@qn/search';
import { createPublisher, fileCursor } from '@qn/publisher';
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
    search: createSearchIndexer({ host: config.meili.host, apiKey: config.meili.masterKey, index: config.meili.index }),
  };
}

export async function buildSettings(config: PlatformConfig, search: SearchIndexer): Promise<BuildSettings> {
  return {
    urlTemplate: config.sites.urlTemplate,
    search: { host: config.meili.publicUrl, key: await search.ensureSearchKey(), index: config.meili.index },
    mediaUrl: config.sites.mediaUrl,
  };
}

/** Uploads are fetched from Strapi (CMS_URL) and processed into SITES_OUT_DIR/_media. */
export function mediaSource(config: PlatformConfig) {
  return { fetch: httpMediaFetcher({ baseUrl: config.cms.url }) };
}

/** The publisher wired to the real CMS, index and site builder. */
export function platformPublisher(
  config: PlatformConfig,
  deps: Awaited<ReturnType<typeof clients>>,
  settings: BuildSettings,
  log: (m: string) => void,
  onBuilt: (report: BuildReport) => void = () => {},
) {
  return createPublisher({
    cms: deps.cms,
    search: deps.search,
    cursor: fileCursor(join(config.dataDir, 'publisher', 'cursor.json')),
    log,
    build: async (portals) => {
      const report = await buildSites({ cms: deps.cms, outDir: config.sites.outDir, portals, settings, media: mediaSource(config) });
      for (const problem of report.problems) log(`${problem.model} ${problem.documentId} left out of the sites: ${problem.message}`);
      for (const p of report.media.problems) log(`${p.field} of ${p.model} ${p.documentId} (${p.portal ?? 'all portals'}) not shown, ${p.reason}: ${p.message}`);
      // Other portals were published; a failed one keeps its previous site until its content changes again.
      for (const failure of report.failed) log(`${failure.code} could not be rebuilt and keeps its previous site: ${failure.message}`);
      onBuilt(report);
      return report;
    },
  });
}
