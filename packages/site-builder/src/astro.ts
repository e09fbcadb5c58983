import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '@qn/config';

/** The Astro project in this repository: the default of `sitesDir`. */
export const SITES_DIR = join(REPO_ROOT, 'sites');

export interface AstroRun {
  /** The Astro project to build (default: SITES_DIR). */
  sitesDir?: string;
  inputFile: string;
  distDir: string;
  /** Astro's cache folder: each of two builds running at once needs its own. */
  cacheDir?: string;
  /** Heap limit of the child in MB (Node's --max-old-space-size); absent: Node's default. */
  heapMb?: number;
  /** Called every `every` pages with the number rendered so far. */
  onPages?: (pages: number) => void;
  every?: number;
  /** The child's process id, for memory sampling. */
  onSpawn?: (pid: number) => void;
}

export interface PageKindTime {
  pages: number;
  ms: number;
}

export interface AstroResult {
  pages: number;
  /** Milliseconds Astro reported rendering each portal's pages. */
  portalMs: Map<string, number>;
  /** Pages and milliseconds by kind of page ('bai-viet', 'chuyen-muc', 'home', …): where rendering time goes. */
  kinds: Map<string, PageKindTime>;
  /** The child's peak resident memory (its own getrusage maxRSS), in KB. */
  peakRssKb: number;
  /** CPU time the child used (user + system), ms: unlike wall time, it hardly depends on what else the machine runs. */
  cpuMs: number;
  output: string[];
}

/**
 * Why an Astro run failed. `rendering` is false when it failed before any
 * page was generated (a compile or config error: the same for every
 * portal); `page` is the page Astro was rendering when it failed, when it
 * said so.
 */
export class AstroBuildError extends Error {
  override name = 'AstroBuildError';
  readonly rendering: boolean;
  readonly page: string | null;
  readonly output: string[];
  constructor(message: string, details: { rendering: boolean; page: string | null; output: string[] }) {
    super(message);
    this.rendering = details.rendering;
    this.page = details.page;
    this.output = details.output;
  }
}

const USAGE_MARK = 'qn-usage=';
// Runs in the child as it exits, so the memory figure is its true peak, not a sample.
const USAGE_HOOK = `data:text/javascript,${encodeURIComponent(
  `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n${USAGE_MARK}' + u.maxRSS + ' ' + Math.round((u.userCPUTime + u.systemCPUTime) / 1000) + '\\n'); });`,
)}`;

/** "bai-viet/slug/index.html" → "bai-viet", "index.html" → "home", "404/index.html" → "404", "sitemap-2.xml" → "sitemap-N.xml". */
function pageKind(path: string): string {
  const first = path.split('/')[0] ?? '';
  if (first === 'index.html' || first === '') return 'home';
  return /^\d+$/.test(first) ? first : first.replace(/\d+/g, 'N');
}

// Colour codes, which Astro's logger adds when FORCE_COLOR or CI is set, even into a pipe.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const SECONDS = 1000;

/** One rendered page from Astro's log: "├─ /<code>/path/index.html (+3ms)" or "(+1.25s)". */
export function parsePageLine(raw: string): { code: string | null; path: string; ms: number } | null {
  const match = /[├└]─ \/(?:([a-z0-9-]+)\/)?(\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(raw.replace(ANSI, ''));
  if (!match) return null;
  const ms = match[4] === 's' ? Math.round(Number(match[3]) * SECONDS) : Number(match[3]);
  return { code: match[1] ?? null, path: match[2]!, ms };
}

/**
 * Runs `astro build` in a child process: its memory is returned to the OS
 * when it ends, and a crash cannot take the caller (the publisher) down.
 */
export function runAstroBuild(run: AstroRun): Promise<AstroResult> {
  const sitesDir = run.sitesDir ?? SITES_DIR;
  const astroBin = join(dirname(createRequire(join(sitesDir, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const nodeArgs = ['--import', USAGE_HOOK, ...(run.heapMb ? [`--max-old-space-size=${run.heapMb}`] : [])];
  const child = spawn(process.execPath, [...nodeArgs, astroBin, 'build', '--root', sitesDir], {
    cwd: sitesDir,
    env: {
      ...process.env,
      SITES_INPUT: run.inputFile,
      SITES_DIST: run.distDir,
      ...(run.cacheDir ? { SITES_CACHE: run.cacheDir } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Plain text into the pipe: the log is parsed, and its tail goes into error reports.
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid) run.onSpawn?.(child.pid);
  const output: string[] = [];
  const portalMs = new Map<string, number>();
  const kinds = new Map<string, PageKindTime>();
  const every = run.every ?? 250;
  let pages = 0;
  let peakRssKb = 0;
  let cpuMs = 0;
  let rendering = false;
  let failedPage: string | null = null;
  const collect = (raw: string) => {
    const line = raw.replace(ANSI, '');
    output.push(line);
    if (output.length > 200) output.shift();
    if (line.includes('generating static routes')) rendering = true;
    // Astro names the page it could not render: "[build] Caught error rendering /<code>/bai-viet/<slug>/: RangeError …".
    failedPage ??= /Caught error rendering (\/\S*?):? /.exec(line)?.[1] ?? null;
  };
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.startsWith(USAGE_MARK)) [peakRssKb, cpuMs] = line.slice(USAGE_MARK.length).split(' ').map(Number) as [number, number];
    else collect(line);
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    collect(line);
    const rendered = parsePageLine(line);
    if (!rendered) return;
    pages += 1;
    const { code, ms } = rendered;
    if (code) portalMs.set(code, (portalMs.get(code) ?? 0) + ms);
    const kind = kinds.get(pageKind(rendered.path)) ?? { pages: 0, ms: 0 };
    kinds.set(pageKind(rendered.path), { pages: kind.pages + 1, ms: kind.ms + ms });
    if (pages % every === 0) run.onPages?.(pages);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve({ pages, portalMs, kinds, peakRssKb, cpuMs, output });
        return;
      }
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new AstroBuildError(`astro build ${how}. Last output:\n${output.slice(-30).join('\n')}`, { rendering, page: failedPage, output }));
    });
  });
}
