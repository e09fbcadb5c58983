/**
 * Throwaway PostgreSQL databases for tests: one fresh database per test
 * file, created on a server where the given role may create databases, and
 * dropped afterwards. The driver is `pg`, the one Strapi itself uses (a
 * dependency of cms/); it ships no types, so the little used here is typed
 * below.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_DIR } from './strapi.ts';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
}
interface PgModule {
  Client: new (config: { connectionString: string; connectionTimeoutMillis?: number }) => PgClient;
}

function pg(): PgModule {
  return createRequire(join(CMS_DIR, 'package.json'))('pg') as PgModule;
}

/** The URL with its password hidden, for messages and logs. */
export function redactPostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

const EXAMPLE_URL = 'postgres://qn:qn@127.0.0.1:5432/postgres';

/**
 * Reads and checks TEST_DATABASE_URL: the server (and a database on it to
 * connect to for CREATE/DROP DATABASE) where test databases are made.
 */
export function testServerUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.TEST_DATABASE_URL?.trim();
  if (!value) {
    throw new Error(
      'TEST_DATABASE=postgres needs TEST_DATABASE_URL: a postgres:// URL of a PostgreSQL server on which that role may create ' +
        `databases, e.g. ${EXAMPLE_URL}. \`.ci/run\` starts such a server (README.md, under \`npm test\`).`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`TEST_DATABASE_URL is not a URL; expected e.g. ${EXAMPLE_URL}.`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`TEST_DATABASE_URL must start with postgres:// or postgresql://, got ${parsed.protocol}//…; expected e.g. ${EXAMPLE_URL}.`);
  }
  if (!parsed.hostname) throw new Error(`TEST_DATABASE_URL has no host (${redactPostgresUrl(value)}); expected e.g. ${EXAMPLE_URL}.`);
  return value;
}

/** The same server and credentials, with `database` as the database. */
export function postgresUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function quoted(database: string): string {
  if (!IDENTIFIER.test(database)) throw new Error(`"${database}" is not a safe database name (lowercase letters, digits and "_", at most 63).`);
  return `"${database}"`;
}

/** Runs statements on the server's maintenance connection, with a message that says where it failed. */
async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const client = new (pg().Client)({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  // A connection dropped by the server later must not crash the test process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `Cannot connect to PostgreSQL at ${redactPostgresUrl(serverUrl)} (TEST_DATABASE_URL): ${(error as Error).message}. ` +
        'Is the server running, and are the role and password right?',
      { cause: error },
    );
  }
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

export interface TestDatabase {
  name: string;
  /** Connection string for the new database, with the server URL's role and password. */
  url: string;
  /** Drops the database, closing any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database named `qn_test_<pid>_<random>` (or `name`) on the
 * server at `serverUrl`, with the server's defaults (`.ci/run` makes them UTF-8).
 */
export async function createTestDatabase(serverUrl: string, name = `qn_test_${process.pid}_${randomBytes(4).toString('hex')}`): Promise<TestDatabase> {
  await onServer(serverUrl, [`CREATE DATABASE ${quoted(name)}`]).catch((error: Error) => {
    throw new Error(`Could not create test database ${name}: ${error.message}`, { cause: error });
  });
  return { name, url: postgresUrlFor(serverUrl, name), drop: () => dropTestDatabase(serverUrl, name) };
}

/**
 * Drops the database if it exists; WITH (FORCE) ends connections a test left
 * open (PostgreSQL ≥ 13). A role that is not a superuser may not end the
 * server's own autovacuum worker, which may be busy in the database after a
 * large seed (SQLSTATE 42501): the drop is tried again until it is done.
 */
export async function dropTestDatabase(serverUrl: string, name: string, attempts = 60): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await onServer(serverUrl, [`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`]);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
