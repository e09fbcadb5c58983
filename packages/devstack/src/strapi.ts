import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from '@qn/config';

export const CMS_DIR = join(REPO_ROOT, 'cms');
export const CMS_DIST_DIR = join(CMS_DIR, 'dist');

type Row = Record<string, unknown>;

/** Strapi's query engine, for reads and checks in scripts and tests. */
export interface QueryApi {
  findOne(params: object): Promise<Row | null>;
  findMany(params: object): Promise<Row[]>;
  count(params: object): Promise<number>;
}

/** The parts of a Strapi instance the scripts and tests use. */
export interface StrapiInstance {
  load(): Promise<StrapiInstance>;
  listen(): Promise<void>;
  destroy(): Promise<void>;
  documents(uid: string): never;
  service(uid: string): unknown;
  db: { query(uid: string): QueryApi };
  server: { httpServer: { address(): { port: number } | string | null } };
}

// Strapi's ESM build trips on lodash/fp; its CommonJS build loads cleanly.
const requireFromCms = createRequire(join(CMS_DIR, 'package.json'));

interface StrapiModule {
  compileStrapi(options: { appDir: string }): Promise<{ appDir: string; distDir: string }>;
  createStrapi(options: { appDir: string; distDir: string }): StrapiInstance;
}

function strapiModule(): StrapiModule {
  return requireFromCms('@strapi/strapi') as StrapiModule;
}

/** Compiles cms/ TypeScript into cms/dist (no admin panel); a few seconds. */
export async function compileCms(): Promise<void> {
  await strapiModule().compileStrapi({ appDir: CMS_DIR });
}

/**
 * Loads Strapi from cms/dist in this process, configured by process.env.
 * With `listen`, it also serves HTTP on CMS_PORT (0 picks a free port).
 * Background jobs (the publishing schedule) run only in the long-lived CMS
 * server, so they are off here unless CMS_BACKGROUND_JOBS says otherwise.
 */
export async function loadStrapi(options: { listen?: boolean } = {}): Promise<StrapiInstance> {
  process.env.CMS_BACKGROUND_JOBS ??= 'false';
  const listeners = processListeners();
  const strapi = strapiModule().createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST_DIR });
  // strapi.destroy() calls process.removeAllListeners(), which also cuts a
  // test runner's channel to its worker: put back what was there before.
  const destroy = strapi.destroy.bind(strapi);
  strapi.destroy = async () => {
    await settleDatabase(strapi);
    await destroy();
    for (const [event, list] of listeners) for (const listener of list) process.on(event, listener);
  };
  await strapi.load();
  if (options.listen) await strapi.listen();
  return strapi;
}

type Listener = (...args: unknown[]) => void;

interface KnexPool {
  numUsed(): number;
  numPendingAcquires(): number;
}

/**
 * Strapi emits events after writes without awaiting their listeners; on
 * PostgreSQL, destroying the connection pool under them crashes the process
 * ("aborted"). Wait (up to 5 s) until no query is running or queued.
 */
async function settleDatabase(strapi: StrapiInstance): Promise<void> {
  const pool = (strapi as unknown as { db?: { connection?: { client?: { pool?: KnexPool } } } }).db?.connection?.client?.pool;
  for (let i = 0; i < 50 && pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function processListeners(): Array<[string | symbol, Listener[]]> {
  return process.eventNames().map((event) => [event, process.rawListeners(event) as Listener[]]);
}

export function strapiPort(strapi: StrapiInstance): number {
  const address = strapi.server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('Strapi is not listening on a TCP port.');
  return address.port;
}
