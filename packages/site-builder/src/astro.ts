import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '@qn/config';

export const SITES_DIR = join(REPO_ROOT, 'sites');

export interface AstroRun {
  inputFile: string;
  distDir: string;
  /** Called every `every` pages with the number rendered so far. */
  onPages?: (pages: number) => void;
  every?: number;
}

export interface AstroResult {
  pages: number;
  /** Milliseconds Astro reported rendering each portal's pages. */
  portalMs: Map<string, number>;
  output: string[];
}

/**
 * Runs `astro build` in a child process: its memory is returned to the OS
 * when it ends, and a crash cannot take the caller (the publisher) down.
 */
export function runAstroBuild(run: AstroRun): Promise<AstroResult> {
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
  const portalMs = new Map<string, number>();
  const every = run.every ?? 250;
  let pages = 0;
  const collect = (line: string) => {
    output.push(line);
    if (output.length > 200) output.shift();
  };
  createInterface({ input: child.stderr }).on('line', collect);
  createInterface({ input: child.stdout }).on('line', (line) => {
    collect(line);
    // Astro logs each page as "├─ /<code>/path/index.html (+3ms)".
    const match = /[├└]─ \/(?:([a-z0-9-]+)\/)?\S* \(\+(\d+)ms\)/.exec(line);
    if (!match) return;
    pages += 1;
    if (match[1]) portalMs.set(match[1], (portalMs.get(match[1]) ?? 0) + Number(match[2]));
    if (pages % every === 0) run.onPages?.(pages);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ pages, portalMs, output });
      else reject(new Error(`astro build exited with code ${code}. Last output:\n${output.slice(-30).join('\n')}`));
    });
  });
}
