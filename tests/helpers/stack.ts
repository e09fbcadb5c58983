import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCmsClient, type CmsClient } from '@qn/cms-client';
import { ensureBuilderToken, ensureSuperAdmin, freePort, loadStrapi, startMeilisearch, strapiPort, type RunningMeili, type StrapiInstance } from '@qn/devstack';
import { createSearchIndexer, type SearchIndexer } from '@qn/search';
import { seed, type SeedTarget } from '@qn/seed';
import { adminApi, type AdminApi } from './admin-api.ts';

export const ADMIN = { email: 'admin@quangninh.example', password: 'Test-Admin-2026' };
const MEILI_KEY = 'test-master-key-0123456789';

export interface TestStack {
  dataDir: string;
  strapi: StrapiInstance;
  cmsUrl: string;
  token: string;
  cms: CmsClient;
  admin: AdminApi;
  meili: RunningMeili | null;
  search: SearchIndexer | null;
  stop(): Promise<void>;
}

/**
 * A real Strapi on a temporary SQLite file, listening on a free port, with
 * the portal tree seeded; and, when asked, a real Meilisearch on its own
 * port and data folder with an index for this suite alone.
 */
export async function startStack(options: { articles?: number; meili?: boolean } = {}): Promise<TestStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qn-test-'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    CMS_PORT: '0',
    CMS_SERVE_ADMIN: 'false',
    CMS_LOG_LEVEL: 'error',
  });
  const strapi = await loadStrapi({ listen: true });
  const cmsUrl = `http://127.0.0.1:${strapiPort(strapi)}`;
  await ensureSuperAdmin(strapi, ADMIN);
  const token = await ensureBuilderToken(strapi);
  await seed(strapi as unknown as SeedTarget, { articles: options.articles ?? 0 });
  const cms = createCmsClient({ url: cmsUrl, token });

  let meili: RunningMeili | null = null;
  let search: SearchIndexer | null = null;
  if (options.meili) {
    meili = await startMeilisearch({ dataDir: join(dataDir, 'meili'), port: await freePort(), masterKey: MEILI_KEY });
    search = createSearchIndexer({ host: meili.url, apiKey: MEILI_KEY, index: `articles_${process.pid}` });
    await search.ensureIndex();
  }
  return {
    dataDir,
    strapi,
    cmsUrl,
    token,
    cms,
    admin: await adminApi(cmsUrl, ADMIN),
    meili,
    search,
    async stop() {
      await strapi.destroy();
      await meili?.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
