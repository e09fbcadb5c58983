import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '@qn/config';
import { CMS_SOURCES, sourcesStamp } from './sources.ts';
import { waitFor } from './ports.ts';
import { stopChild } from './processes.ts';
import { CMS_DIR } from './strapi.ts';

function strapiBin(): string {
  return join(dirname(createRequire(join(CMS_DIR, 'package.json')).resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
}

/** Runs a Strapi CLI command in cms/, its output appended to `logFile`. */
function strapiCommand(args: string[], logFile: string, env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [strapiBin(), ...args], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function tail(file: string, lines = 25): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * Builds the admin panel and compiles the server code when the sources
 * changed since the last build (45–90 s and ~2 GB); otherwise does nothing.
 */
export async function buildCmsIfStale(options: { dataDir: string; env: NodeJS.ProcessEnv }): Promise<'built' | 'fresh'> {
  // Kept beside the build, not in the data folder: `npm start` and the browser tests share cms/dist, and
  // the stamp must say who built it last (NODE_ENV changes the admin bundle).
  const stampFile = join(CMS_DIR, 'dist', 'qn-build.hash');
  const version = JSON.parse(await readFile(join(REPO_ROOT, 'node_modules/@strapi/strapi/package.json'), 'utf8')).version as string;
  const hash = await sourcesStamp(CMS_SOURCES, `${version} NODE_ENV=${options.env.NODE_ENV ?? ''}`);
  const built = await stat(join(CMS_DIR, 'dist', 'build', 'index.html')).then(
    () => true,
    () => false,
  );
  if (built && (await readFile(stampFile, 'utf8').catch(() => '')) === hash) return 'fresh';
  // An interrupted build must not leave a half-written bundle marked as current.
  await rm(stampFile, { force: true });
  const logFile = join(options.dataDir, 'logs', 'cms-build.log');
  await mkdir(dirname(logFile), { recursive: true });
  const child = strapiCommand(['build'], logFile, options.env);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`strapi build failed (exit ${code}). Last lines of ${logFile}:\n${await tail(logFile)}`);
  await writeFile(stampFile, hash);
  return 'built';
}

export interface RunningCms {
  child: ChildProcess;
  logFile: string;
}

/** Starts `strapi start` and waits until it answers its health check. */
export async function startCms(options: { dataDir: string; url: string; env: NodeJS.ProcessEnv }): Promise<RunningCms> {
  const logFile = join(options.dataDir, 'logs', 'cms.log');
  await mkdir(dirname(logFile), { recursive: true });
  const child = strapiCommand(['start'], logFile, options.env);
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(
    `Strapi at ${options.url}`,
    async () => {
      if (exited) throw new Error('Strapi exited during start-up.');
      return (await fetch(`${options.url}/_health`).catch(() => null))?.ok ?? false;
    },
    120_000,
    250,
  ).catch(async (error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\nLast lines of ${logFile}:\n${await tail(logFile)}`);
  });
  return { child, logFile };
}

export interface SupervisedCms {
  /** The running child (a new one after each restart). */
  readonly child: ChildProcess;
  readonly logFile: string;
  /** How many times the CMS was restarted after stopping on its own. */
  readonly restarts: number;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  dataDir: string;
  url: string;
  env: NodeJS.ProcessEnv;
  /** Told when the CMS stopped on its own, with the last lines of its log, and how long until the next start. */
  onExit?: (event: { code: number | null; signal: string | null; logTail: string; restartInMs: number }) => void;
  onRestart?: (event: { restarts: number }) => void;
  /** First wait before a restart; doubles after each failed start, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Starts the CMS and keeps it running: if it stops on its own (a crash, an
 * out-of-memory kill), it is started again after a wait that doubles while
 * starts keep failing (1 s, 2 s, 4 s … up to a minute) and resets once it is
 * up. Whatever else runs beside it (the sites server, the publisher, which
 * keeps its place in the outbox) goes on meanwhile. A failure of the first
 * start is thrown, as configuration errors should be.
 */
export async function superviseCms(options: SuperviseOptions): Promise<SupervisedCms> {
  const base = options.backoffMs ?? 1_000;
  const max = options.maxBackoffMs ?? 60_000;
  let running = await startCms(options);
  let restarts = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;

  const watch = (cms: RunningCms, wait: number) => {
    cms.child.once('exit', (code, signal) => {
      if (stopping) return;
      void tail(cms.logFile).then((logTail) => {
        options.onExit?.({ code, signal, logTail, restartInMs: wait });
        timer = setTimeout(() => void restart(wait), wait);
      });
    });
  };
  const restart = async (wait: number): Promise<void> => {
    if (stopping) return;
    try {
      running = await startCms(options);
      restarts += 1;
      options.onRestart?.({ restarts });
      watch(running, base);
    } catch (error) {
      const next = Math.min(wait * 2, max);
      options.onExit?.({ code: null, signal: null, logTail: (error as Error).message, restartInMs: next });
      timer = setTimeout(() => void restart(next), next);
    }
  };
  watch(running, base);

  return {
    get child() {
      return running.child;
    },
    logFile: running.logFile,
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await stopChild(running.child);
    },
  };
}

export { tail as tailFile };
