import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx, as .ci/run installs it (nginx-light and the brotli_static module). */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const hasBrotliModule = () => existsSync(BROTLI_MODULE);

export interface RunningNginx {
  dir: string;
  /** Replaces the portals configuration and reloads gracefully (`nginx -s reload`). */
  reload(portalsConf: string): Promise<void>;
  errorLog(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a real nginx in the foreground with a main configuration of its own
 * (pid, logs and temp files in a temp folder) that includes `portalsConf`,
 * the text `npm run deploy:config` wrote.
 */
export async function startNginx(portalsConf: string, port: number): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not at ${NGINX}. Install Debian's package (apt-get install -y nginx-light libnginx-mod-http-brotli-static) or set NGINX_PATH.`);
  const dir = await mkdtemp(join(tmpdir(), 'qn-nginx-'));
  await mkdir(join(dir, 'temp'), { recursive: true });
  const main = join(dir, 'nginx.conf');
  await writeFile(join(dir, 'portals.conf'), portalsConf);
  await writeFile(
    main,
    [
      ...(hasBrotliModule() ? [`load_module ${BROTLI_MODULE};`] : []),
      // Workers run as the user who owns the test's temp folders.
      ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  sendfile on;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(dir, 'temp', kind)};`),
      `  include ${join(dir, 'portals.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', main], { encoding: 'utf8' });
  if (test.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`nginx refused the configuration:\n${test.stderr}`);
  }
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', main, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitForPort(port, () => (child.exitCode !== null ? `nginx exited: ${stderr}` : null));
  return {
    dir,
    async reload(conf) {
      await writeFile(join(dir, 'portals.conf'), conf);
      const result = spawnSync(NGINX, ['-p', dir, '-c', main, '-s', 'reload'], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`nginx -s reload failed: ${result.stderr}`);
    },
    errorLog: () => readFile(join(dir, 'error.log'), 'utf8').catch(() => ''),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, failed: () => string | null): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const problem = failed();
    if (problem) throw new Error(problem);
    const open = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on port ${port} within 15 s`);
}
