import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCmsClient, type CmsClient } from '@qn/cms-client';
import {
  createTestDatabase,
  ensureBuilderToken,
  ensureIntakeToken,
  ensureSuperAdmin,
  freePort,
  loadStrapi,
  startMeilisearch,
  strapiPort,
  testServerUrl,
  type RunningMeili,
  type StrapiInstance,
  type TestDatabase,
} from '@qn/devstack';
import { createSearchIndexer, type SearchIndexer } from '@qn/search';
import { seed, type SeedTarget } from '@qn/seed';
import { adminApi, type AdminApi } from './admin-api.ts';

export const ADMIN = { email: 'admin@quangninh.example', password: 'Test-Admin-2026' };
export const MEILI_KEY = 'test-master-key-0123456789';

export interface TestStack {
  dataDir: string;
  /** Which database Strapi runs on: TEST_DATABASE, SQLite by default. */
  database: 'sqlite' | 'postgres';
  strapi: StrapiInstance;
  cmsUrl: string;
  token: string;
  /** The public service's token: the intake routes only. */
  intakeToken: string;
  cms: CmsClient;
  admin: AdminApi;
  meili: RunningMeili | null;
  search: SearchIndexer | null;
  /** Stops the in-process Strapi but keeps its database, for commands that load Strapi themselves. */
  stopStrapi(): Promise<void>;
  /** Stops and loads Strapi again on the same database (without HTTP), as after a crash or a deploy. */
  restartStrapi(): Promise<void>;
  stop(): Promise<void>;
}

/** The environment a command (`npm run …`) needs to work against this stack, as an operator would set it. */
export function stackEnv(stack: TestStack, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: stack.dataDir,
    CMS_URL: stack.cmsUrl,
    CMS_API_TOKEN: stack.token,
    ...(stack.meili ? { MEILI_HOST: stack.meili.url, MEILI_MASTER_KEY: MEILI_KEY } : {}),
    // No health endpoint unless a test asks for one on a port of its own.
    PUBLISHER_HEALTH_PORT: '0',
    ...overrides,
  };
}

/** TEST_DATABASE: `sqlite` (the default) or `postgres` (on the server at TEST_DATABASE_URL). */
function selectedDatabase(): 'sqlite' | 'postgres' {
  const value = process.env.TEST_DATABASE?.trim() || 'sqlite';
  if (value === 'sqlite' || value === 'postgres') return value;
  throw new Error(`TEST_DATABASE must be "sqlite" (the default) or "postgres", got "${value}".`);
}

/**
 * A real Strapi on a temporary SQLite file (or, with TEST_DATABASE=postgres,
 * on a fresh PostgreSQL database of its own on the TEST_DATABASE_URL server),
 * listening on a free port, with the portal tree seeded; and, when asked, a
 * real Meilisearch on its own port and data folder with an index for this
 * suite alone.
 */
export interface StackOptions {
  /** Sample articles to seed (default 0). */
  articles?: number;
  /** Also seed agencies, leaders, documents and the other records (default false: the tree is enough for most suites). */
  content?: boolean;
  /** Upload the seed's sample photos as covers and portraits (default false: a second or two per suite most do not need). */
  photos?: boolean;
  /** The reference time of the sample content (default: now); fixed where a suite names seeded titles, which carry dates. */
  now?: Date;
  /** Start a Meilisearch for the suite. */
  meili?: boolean;
  /** Serve the built admin panel at /admin (the e2e project builds it first). */
  adminPanel?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const database = selectedDatabase();
  const serverUrl = database === 'postgres' ? testServerUrl() : null;
  const dataDir = await mkdtemp(join(tmpdir(), 'qn-test-'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    CMS_PORT: '0',
    CMS_SERVE_ADMIN: String(options.adminPanel ?? false),
    CMS_LOG_LEVEL: 'error',
  });
  // Strapi reads DATABASE_* when it loads: never a database from the caller's shell.
  delete process.env.DATABASE_FILENAME;
  delete process.env.DATABASE_URL;
  process.env.DATABASE_CLIENT = database;
  let db: TestDatabase | null = null;
  if (serverUrl) {
    db = await createTestDatabase(serverUrl);
    process.env.DATABASE_URL = db.url;
  }
  let strapi: StrapiInstance | null = null;
  let meili: RunningMeili | null = null;
  try {
    strapi = await loadStrapi({ listen: true });
    const cmsUrl = `http://127.0.0.1:${strapiPort(strapi)}`;
    await ensureSuperAdmin(strapi, ADMIN);
    const token = await ensureBuilderToken(strapi);
    const intakeToken = await ensureIntakeToken(strapi);
    await seed(strapi as unknown as SeedTarget, { articles: options.articles ?? 0, content: options.content ?? false, photos: options.photos ?? false, ...(options.now ? { now: options.now } : {}) });
    const cms = createCmsClient({ url: cmsUrl, token });

    let search: SearchIndexer | null = null;
    if (options.meili) {
      meili = await startMeilisearch({ dataDir: join(dataDir, 'meili'), port: await freePort(), masterKey: MEILI_KEY });
      search = createSearchIndexer({ host: meili.url, apiKey: MEILI_KEY, index: `articles_${process.pid}` });
      await search.ensureIndex();
    }
    return stack({ dataDir, database, strapi, cmsUrl, token, intakeToken, cms, admin: await adminApi(cmsUrl, ADMIN), meili, search }, db);
  } catch (error) {
    // The test file never gets a stop() to call: end what started here (the data folder stays, with its logs).
    await strapi?.destroy().catch(() => {});
    await meili?.stop();
    await db?.drop().catch(() => {});
    throw error;
  }
}

function stack(parts: Omit<TestStack, 'stop' | 'stopStrapi' | 'restartStrapi'>, db: TestDatabase | null): TestStack {
  let strapiRunning = true;
  const self: TestStack = {
    ...parts,
    async stopStrapi() {
      if (strapiRunning) await self.strapi.destroy();
      strapiRunning = false;
    },
    async restartStrapi() {
      await self.stopStrapi();
      self.strapi = await loadStrapi();
      strapiRunning = true;
    },
    async stop() {
      try {
        await self.stopStrapi();
        await parts.meili?.stop();
      } finally {
        await db?.drop();
        await rm(parts.dataDir, { recursive: true, force: true });
      }
    },
  };
  return self;
}
