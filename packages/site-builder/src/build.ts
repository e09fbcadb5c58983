import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CmsClient } from '@qn/cms-client';
import type { Assets, BuildInput, BuildSettings, ContentProblem, Snapshot } from '@qn/content';
import { collectMedia, processMedia, type FetchMedia, type MediaLimits, type MediaProblem, type MediaReport } from '@qn/images';
import { portalOrigin } from '@qn/portal-model';
import { runAstroBuild, SITES_DIR, type PageKindTime } from './astro.ts';
import { renderIsolated, type FailedPortal, type Group, type IsolationStep } from './isolate.ts';
import { rssSampler } from './memory.ts';
import { balance, estimatePages, narrowSnapshot } from './plan.ts';
import { publishRedirects, publishRoot, publishRun, type RunOutput } from './publish-run.ts';
import { writeJson } from './publish.ts';
import { forwards } from '@qn/site-model';

/** The settings of a build: the shared schema of the Astro run's input (@qn/content). */
export type { BuildSettings } from '@qn/content';

/** The shared media folder inside the output folder, served at `mediaUrl`. */
export const MEDIA_DIR = '_media';

export interface BuildSitesOptions {
  /** Where content comes from; not needed when `prefetched` is given. */
  cms?: CmsClient;
  outDir: string;
  /** The Astro project to build (default: this repository's `sites/`); its `dist/` holds the runs' working folders. */
  sitesDir?: string;
  settings: BuildSettings;
  /** Codes of the portals to build; null or absent builds all of them. */
  portals?: readonly string[] | null;
  onProgress?: (event: BuildProgress) => void;
  /** Content already fetched for this build (it must cover `portals`). */
  prefetched?: { snapshot: Snapshot; problems: ContentProblem[] };
  /** How to fetch uploads (images, downloadable files); without it the sites get no media. */
  media?: { fetch: FetchMedia; limits?: Partial<MediaLimits> };
  /** Astro processes at once (default: 2 on two or more cores). */
  parallel?: number;
  /** Above this many pages a build is split into more runs, so one process never holds everything (default 30,000). */
  maxPagesPerRun?: number;
  /** Extra Astro runs allowed to isolate rendering failures (default 16). */
  retries?: number;
  /** Heap limit of each Astro process, in MB (default: Node's own). */
  heapMb?: number;
  /** Write .gz and .br copies of text files once each portal is live, for nginx (default false). */
  precompress?: boolean;
  /**
   * Awaited before each run's portals are swapped into place: the publisher
   * passes its search-index update here, so a page is not live before it
   * can be found, nor still findable after it is gone.
   */
  beforeSwap?: () => Promise<void>;
}

export type BuildProgress =
  | { type: 'fetched'; portals: number; articles: number; ms: number }
  | { type: 'media'; done: number; total: number }
  | { type: 'media-done'; stats: MediaReport['stats']; problems: number }
  | { type: 'planned'; runs: number; portals: number; expectedPages: number }
  | { type: 'rendering'; pages: number; expectedPages: number }
  | { type: 'run-done'; portals: string[]; pages: number; ms: number; peakRssMb: number; portalMs: Record<string, number> }
  | { type: 'isolating'; step: IsolationStep }
  | { type: 'rendered'; pages: number; ms: number; slowest: Array<{ code: string; ms: number }> }
  | { type: 'published'; portals: number; failed: number; ms: number };

export interface BuildReport {
  /** Portals whose sites were built and swapped into place. */
  portals: string[];
  /** Portals left as they were because their site could not be rendered. */
  failed: FailedPortal[];
  pages: number;
  /** Rendering time of each portal's pages, as Astro reported it. */
  portalMs: Record<string, number>;
  /** Pages and rendering time by kind of page (first path segment: 'bai-viet', 'chuyen-muc', 'home', …). */
  kinds: Record<string, PageKindTime>;
  /** Records left out of the sites: refused at the boundary, or their page could not be rendered. */
  problems: ContentProblem[];
  /** Images and files left out, with the records that use them. */
  media: { problems: MediaProblem[]; stats: MediaReport['stats'] | null };
  /** Astro processes run, retries included. */
  runs: number;
  /** CPU time of the successful Astro runs, ms. */
  cpuMs: number;
  /** Highest resident memory of one Astro process, and of all running at once (sampled), in MB. */
  peakRssMb: number;
  peakTotalRssMb: number;
  /** Reading the content from Strapi (0 when it was given), and the Astro runs: where a build's time goes. */
  fetchMs: number;
  renderMs: number;
  ms: number;
}

export class UnknownPortalsError extends Error {
  override name = 'UnknownPortalsError';
  readonly codes: string[];
  constructor(codes: string[]) {
    super(`No portal has the code${codes.length > 1 ? 's' : ''} ${codes.map((c) => `"${c}"`).join(', ')}. Check --portals against the portal list.`);
    this.codes = codes;
  }
}

/**
 * Builds the static sites of some or all portals from one content fetch:
 * media first (processed once into the shared folder), then Astro, in two
 * processes over balanced halves when the build is large enough to use
 * both cores, then each portal's folder is swapped into `outDir/<code>/`.
 * A portal whose pages cannot be rendered is reported and left as it was;
 * the others are published. Other portals' folders are left untouched.
 */
export async function buildSites(options: BuildSitesOptions): Promise<BuildReport> {
  const started = Date.now();
  const only = options.portals ? [...new Set(options.portals)] : null;
  const fetched = options.prefetched ?? (await requireCms(options).snapshot(only));
  const { snapshot } = fetched;
  checkRequested(snapshot, only);
  const codes = only ?? snapshot.portals.map((p) => p.code);
  const fetchMs = Date.now() - started;
  options.onProgress?.({ type: 'fetched', portals: codes.length, articles: snapshot.articles.length, ms: fetchMs });

  const media = options.media ? await buildMedia(snapshot, options) : null;
  const byCode = new Map(snapshot.portals.map((p) => [p.code, p]));
  const redirecting = codes.filter((code) => byCode.has(code) && forwards(byCode.get(code)!));
  const weights = estimatePages(snapshot, codes.filter((code) => !redirecting.includes(code)));
  const expectedPages = [...weights.values()].reduce((a, b) => a + b, 0);
  const parallel = Math.max(1, options.parallel ?? Math.min(2, availableParallelism()));
  // Two processes pay Astro's start-up twice: worth it only when there is enough to render. Above the
  // page budget, runs come in multiples of `parallel`, so no run is left to finish alone on one core.
  const perRun = options.maxPagesPerRun ?? 30_000;
  const parts = expectedPages < 1500 ? Math.ceil(expectedPages / perRun) : parallel * Math.ceil(expectedPages / (parallel * perRun));
  const groups: Group[] = balance(weights, parts).map((group) => ({ codes: group, snapshot: narrowSnapshot(snapshot, group) }));
  options.onProgress?.({ type: 'planned', runs: groups.length, portals: codes.length, expectedPages });

  const sitesDir = options.sitesDir ?? SITES_DIR;
  const work = join(sitesDir, 'dist', `build-${Date.now()}-${randomUUID().slice(0, 8)}`);
  await mkdir(work, { recursive: true });
  await removeAbandonedBuilds(join(sitesDir, 'dist'));
  const sampler = rssSampler();
  const context: RunContext = { work, options, assets: media?.assets ?? {}, sampler, expectedPages, rendered: new Map(), runs: 0 };
  try {
    const renderStart = Date.now();
    const isolated = await renderIsolated(groups, {
      render: (group) => renderGroup(context, group),
      concurrency: parallel,
      retries: options.retries ?? 16,
      onStep: (step) => options.onProgress?.({ type: 'isolating', step }),
    });
    const portalMs = Object.fromEntries(isolated.results.flatMap((r) => [...r.portalMs]));
    const pages = isolated.results.reduce((sum, r) => sum + r.pages, 0);
    const slowest = Object.entries(portalMs).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([code, ms]) => ({ code, ms }));
    const renderMs = Date.now() - renderStart;
    options.onProgress?.({ type: 'rendered', pages, ms: renderMs, slowest });

    const publishStart = Date.now();
    const redirectPages = await publishRedirects(work, redirecting.map((code) => byCode.get(code)!), snapshot, options.settings.urlTemplate, options.outDir);
    await publishRoot(isolated.results, options.outDir, snapshot.portals);
    const built = [...isolated.results.flatMap((r) => r.codes), ...redirecting].sort();
    const failed = [...isolated.failed, ...isolated.results.flatMap((r) => r.missing.map((code) => ({ code, message: 'Astro wrote no page for it' })))];
    options.onProgress?.({ type: 'published', portals: built.length, failed: failed.length, ms: Date.now() - publishStart });
    const peakKb = Math.max(0, ...isolated.results.map((r) => r.peakRssKb));
    return {
      portals: built,
      failed,
      pages: pages + redirectPages,
      portalMs,
      kinds: sumKinds(isolated.results),
      problems: [...fetched.problems, ...isolated.leftOut],
      media: { problems: media?.problems ?? [], stats: media?.stats ?? null },
      runs: context.runs,
      cpuMs: isolated.results.reduce((sum, r) => sum + r.cpuMs, 0),
      peakRssMb: toMb(peakKb),
      peakTotalRssMb: toMb(Math.max(sampler.peakKb(), peakKb)),
      fetchMs,
      renderMs,
      ms: Date.now() - started,
    };
  } finally {
    sampler.stop();
    await rm(work, { recursive: true, force: true });
  }
}

interface RunContext {
  work: string;
  options: BuildSitesOptions;
  assets: Assets;
  sampler: ReturnType<typeof rssSampler>;
  expectedPages: number;
  /** Pages rendered so far by each run, for one progress figure over runs going on at once. */
  rendered: Map<number, number>;
  runs: number;
}

/** One Astro run over a group, in folders of its own, then its portals swapped into place. */
async function renderGroup(context: RunContext, group: Group): Promise<RunOutput> {
  const { options, rendered, sampler } = context;
  const run = context.runs++;
  const runStart = Date.now();
  const dir = join(context.work, `run-${run}`);
  await mkdir(dir, { recursive: true });
  const input: BuildInput = { snapshot: group.snapshot, settings: options.settings, assets: assetsFor(group.snapshot, context.assets) };
  await writeJson(join(dir, 'input.json'), input);
  let pid = 0;
  try {
    const result = await runAstroBuild({
      sitesDir: options.sitesDir,
      inputFile: join(dir, 'input.json'),
      distDir: join(dir, 'out'),
      cacheDir: join(dir, 'cache'),
      heapMb: options.heapMb,
      onSpawn: (childPid) => sampler.add((pid = childPid)),
      onPages: (count) => {
        rendered.set(run, count);
        options.onProgress?.({ type: 'rendering', pages: [...rendered.values()].reduce((a, b) => a + b, 0), expectedPages: context.expectedPages });
      },
    });
    rendered.set(run, result.pages);
    const byCode = new Map(group.snapshot.portals.map((p) => [p.code, p]));
    const origin = (code: string) => portalOrigin(options.settings.urlTemplate, byCode.get(code) ?? { code, domain: code });
    await options.beforeSwap?.();
    const output = await publishRun({
      dir,
      codes: group.codes,
      outDir: options.outDir,
      stamp: `${basename(context.work)}-${run}`,
      redirects: group.snapshot.redirects,
      origin,
      precompress: options.precompress ?? false,
      ...result,
    });
    const peakRssMb = toMb(result.peakRssKb);
    options.onProgress?.({ type: 'run-done', portals: output.codes, pages: result.pages, ms: Date.now() - runStart, peakRssMb, portalMs: Object.fromEntries(result.portalMs) });
    return output;
  } catch (error) {
    // A failed run's pages are thrown away: the progress figure drops them too.
    rendered.delete(run);
    throw error;
  } finally {
    sampler.remove(pid);
  }
}

function sumKinds(results: readonly RunOutput[]): Record<string, PageKindTime> {
  const kinds: Record<string, PageKindTime> = {};
  for (const [kind, time] of results.flatMap((r) => [...r.kinds])) {
    kinds[kind] = { pages: (kinds[kind]?.pages ?? 0) + time.pages, ms: (kinds[kind]?.ms ?? 0) + time.ms };
  }
  return kinds;
}

async function buildMedia(snapshot: Snapshot, options: BuildSitesOptions): Promise<MediaReport> {
  const report = await processMedia(snapshot, {
    mediaDir: join(options.outDir, MEDIA_DIR),
    fetch: options.media!.fetch,
    limits: options.media!.limits,
    onProgress: ({ done, total }) => options.onProgress?.({ type: 'media', done, total }),
  });
  options.onProgress?.({ type: 'media-done', stats: report.stats, problems: report.problems.length });
  return report;
}

/** Each run gets the entries its own content uses, not the whole catalogue. */
function assetsFor(snapshot: Snapshot, assets: Assets): Assets {
  return Object.fromEntries(collectMedia(snapshot).flatMap(({ media }) => (assets[media.url] ? [[media.url, assets[media.url]!]] : [])));
}

function requireCms(options: BuildSitesOptions): CmsClient {
  if (!options.cms) throw new Error('buildSites needs either `cms` (a Strapi client) or `prefetched` content.');
  return options.cms;
}

const toMb = (kb: number) => Math.round(kb / 1024);

/** Builds older than any build runs: left by a process that was killed (its `finally` never ran). */
const ABANDONED_AFTER_MS = 6 * 3600_000;

async function removeAbandonedBuilds(dist: string): Promise<void> {
  const now = Date.now();
  for (const entry of await readdir(dist).catch(() => [] as string[])) {
    const started = Number(/^build-(\d+)-/.exec(entry)?.[1]);
    if (started && now - started > ABANDONED_AFTER_MS) await rm(join(dist, entry), { recursive: true, force: true });
  }
}

function checkRequested(snapshot: Snapshot, only: string[] | null): void {
  if (!only) return;
  const known = new Set(snapshot.portals.map((p) => p.code));
  const unknown = only.filter((code) => !known.has(code));
  if (unknown.length > 0) throw new UnknownPortalsError(unknown);
}
