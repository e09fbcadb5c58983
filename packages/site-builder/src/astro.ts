import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '@qn/config';

export const SITES_DIR = join(REPO_ROOT, 'sites');

export interface AstroRun {
  inputFile: string;
  distDir: string;
  /** Called with each portal code the first time Astro writes one of its pages. */
  onPortal?: (code: string) => void;
}

/**
 * Runs `astro build` in a child process: its memory is returned to the OS
 * when it ends, and a crash cannot take the caller (the publisher) down.
 */
export function runAstroBuild(run: AstroRun): Promise<{ pages: number; output: string[] }> {
  const astroBin = join(dirname(createRequire(join(SITES_DIR, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astroBin, 'build', '--root', SITES_DIR], {
    cwd: SITES_DIR,
    env: {
      ...process.env,
      SITES_INPUT: run.inputFile,
      SITES_DIST: run.distDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const seen = new Set<string>();
  let pages = 0;
  const collect = (line: string) => {
    output.push(line);
    if (output.length > 200) output.shift();
  };
  createInterface({ input: child.stderr }).on('line', collect);
  createInterface({ input: child.stdout }).on('line', (line) => {
    collect(line);
    const match = /[├└]─ \/([a-z0-9-]+)\//.exec(line);
    if (!match?.[1]) return;
    pages += 1;
    if (!seen.has(match[1])) {
      seen.add(match[1]);
      run.onPortal?.(match[1]);
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ pages, output });
      else reject(new Error(`astro build exited with code ${code}. Last output:\n${output.slice(-30).join('\n')}`));
    });
  });
}
