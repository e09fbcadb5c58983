import { randomUUID } from 'node:crypto';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CmsClient } from '@qn/cms-client';
import type { ContentProblem, Snapshot } from '@qn/content';
import { runAstroBuild, SITES_DIR } from './astro.ts';
import { portalOrigin } from '@qn/portal-model';
import { collectShared, finishPortalFolder, swapIntoPlace, writeJson } from './publish.ts';
import { forwards, writeRedirectSite } from './redirects.ts';

export interface BuildSettings {
  /** Origin of each portal, with {code} / {domain} placeholders. */
  urlTemplate: string;
  search: { host: string; key: string; index: string };
  /** Where the shared media folder is served. */
  mediaUrl: string;
}

export interface BuildSitesOptions {
  cms: CmsClient;
  outDir: string;
  settings: BuildSettings;
  /** Codes of the portals to build; null or absent builds all of them. */
  portals?: readonly string[] | null;
  onProgress?: (event: BuildProgress) => void;
  /** Content already fetched for this build (it must cover `portals`). */
  prefetched?: { snapshot: Snapshot; problems: ContentProblem[] };
}

export type BuildProgress =
  | { type: 'fetched'; portals: number; articles: number; ms: number }
  | { type: 'rendering'; pages: number }
  | { type: 'rendered'; pages: number; ms: number; slowest: Array<{ code: string; ms: number }> }
  | { type: 'published'; portals: number; ms: number };

export interface BuildReport {
  portals: string[];
  pages: number;
  /** Rendering time of each portal's pages, as Astro reported it. */
  portalMs: Record<string, number>;
  /** Records refused at the boundary and left out of the sites. */
  problems: ContentProblem[];
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
 * Builds the static sites of some or all portals with one content fetch and
 * one Astro run, then swaps each portal's folder into `outDir/<code>/`.
 * Other portals' folders are left untouched.
 */
export async function buildSites(options: BuildSitesOptions): Promise<BuildReport> {
  const started = Date.now();
  const only = options.portals ? [...new Set(options.portals)] : null;
  const { snapshot, problems } = options.prefetched ?? (await options.cms.snapshot(only));
  checkRequested(snapshot, only);
  const codes = only ?? snapshot.portals.map((p) => p.code);
  options.onProgress?.({ type: 'fetched', portals: codes.length, articles: snapshot.articles.length, ms: Date.now() - started });

  const id = `${Date.now()}-${randomUUID().slice(0, 8)}`;
  const work = join(SITES_DIR, 'dist', `build-${id}`);
  const buildDir = join(work, 'out');
  await mkdir(work, { recursive: true });
  try {
    const inputFile = join(work, 'input.json');
    await writeJson(inputFile, { snapshot, settings: options.settings, assets: {} });
    const renderStart = Date.now();
    const { pages, portalMs } = await runAstroBuild({
      inputFile,
      distDir: buildDir,
      onPages: (count) => options.onProgress?.({ type: 'rendering', pages: count }),
    });
    const slowest = [...portalMs].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([code, ms]) => ({ code, ms }));
    options.onProgress?.({ type: 'rendered', pages, ms: Date.now() - renderStart, slowest });
    const publishStart = Date.now();
    const codeSet = new Set(codes);
    const shared = join(work, 'shared');
    await collectShared(buildDir, codeSet, shared);
    const byCode = new Map(snapshot.portals.map((p) => [p.code, p]));
    const origin = (code: string) => portalOrigin(options.settings.urlTemplate, byCode.get(code) ?? { code, domain: code });
    let redirectPages = 0;
    for (const code of codes) {
      const portal = byCode.get(code);
      if (portal && forwards(portal)) redirectPages += await writeRedirectSite(join(buildDir, code), portal, snapshot.redirects, origin);
      else await finishPortalFolder(buildDir, code, [shared]);
      await swapIntoPlace(join(buildDir, code), options.outDir, code, id);
    }
    await cp(shared, options.outDir, { recursive: true });
    await cp(join(buildDir, 'index.html'), join(options.outDir, 'index.html'));
    await writeJson(
      join(options.outDir, '_portals.json'),
      snapshot.portals.map((p) => ({ code: p.code, domain: p.domain, name: p.name, level: p.level })),
    );
    options.onProgress?.({ type: 'published', portals: codes.length, ms: Date.now() - publishStart });
    return { portals: codes, pages: pages + redirectPages, portalMs: Object.fromEntries(portalMs), problems, ms: Date.now() - started };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function checkRequested(snapshot: Snapshot, only: string[] | null): void {
  if (!only) return;
  const known = new Set(snapshot.portals.map((p) => p.code));
  const unknown = only.filter((code) => !known.has(code));
  if (unknown.length > 0) throw new UnknownPortalsError(unknown);
}
