import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@qn/config';
import type { Snapshot } from '@qn/content';
import { buildSites, type BuildSettings, type PageKindTime } from '@qn/site-builder';

export interface Measurement {
  pages: number;
  ms: number;
  /** CPU time of the renderer processes (user + system): steadier than wall time on a shared machine. */
  cpuMs: number;
  pagesPerSecond: number;
  /** Highest resident memory of one renderer process, MB. */
  peakRssMb: number;
  /** Highest resident memory of all renderer processes at once (Astro runs two), MB. */
  peakTotalRssMb: number;
  /** Astro processes started (the plain renderer is always one). */
  processes: number;
  /** Astro only: pages and the rendering time Astro logged, by kind of page. */
  kinds?: Record<string, PageKindTime>;
}

export const SETTINGS: BuildSettings = {
  urlTemplate: 'https://{domain}',
  search: { host: 'https://search.quangninh.gov.vn', key: 'search-only-key', index: 'articles' },
  mediaUrl: 'https://media.quangninh.gov.vn',
};

const rate = (pages: number, ms: number) => Math.round((pages / Math.max(1, ms)) * 1000);

/** The real site builder over prefetched content: fetch excluded, media none, everything else as in production. */
export async function measureAstro(snapshot: Snapshot, codes: string[] | null, outDir: string): Promise<Measurement> {
  const report = await buildSites({ outDir, portals: codes, settings: SETTINGS, prefetched: { snapshot: codes ? { ...snapshot, onlyPortals: codes } : snapshot, problems: [] } });
  if (report.failed.length > 0) throw new Error(`the Astro build failed for ${report.failed.map((f) => `${f.code}: ${f.message}`).join('; ')}`);
  return { pages: report.pages, ms: report.ms, cpuMs: report.cpuMs, pagesPerSecond: rate(report.pages, report.ms), peakRssMb: report.peakRssMb, peakTotalRssMb: report.peakTotalRssMb, processes: report.runs, kinds: report.kinds };
}

/** The plain renderer in a child process of its own, timed from spawn to exit like the Astro children. */
export async function measurePlain(inputFile: string, outDir: string): Promise<Measurement> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bench/plain/render.ts'), inputFile, outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const ms = Date.now() - started;
  if (code !== 0) throw new Error(`the plain renderer exited with code ${code}`);
  const { pages, peakRssKb, cpuMs } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { pages: number; peakRssKb: number; cpuMs: number };
  const peakRssMb = Math.round(peakRssKb / 1024);
  return { pages, ms, cpuMs, pagesPerSecond: rate(pages, ms), peakRssMb, peakTotalRssMb: peakRssMb, processes: 1 };
}

/** The 1-minute load average while something runs: the machine is shared, so every figure carries it. */
export function loadMonitor() {
  const start = loadavg()[0]!;
  let max = start;
  const timer = setInterval(() => (max = Math.max(max, loadavg()[0]!)), 1000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return { start: Number(start.toFixed(2)), max: Number(max.toFixed(2)), end: Number(loadavg()[0]!.toFixed(2)) };
    },
  };
}

/** The run with the median wall time. */
export function median<T extends { ms: number }>(runs: T[]): T {
  return runs.toSorted((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)]!;
}
