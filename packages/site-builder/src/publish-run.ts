import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redirect, SnapshotPortal } from '@qn/content';
import { portalOrigin } from '@qn/portal-model';
import type { PageKindTime } from './astro.ts';
import { precompress, swapIntoPlace } from '@qn/web-root';
import { collectShared, finishPortalFolder, writeJson } from './publish.ts';
import { writeMovedPages, writeRedirectSite } from './redirects.ts';

/** What one successful Astro run left, after its portals were swapped into place. */
export interface RunOutput {
  /** Portals published by this run. */
  codes: string[];
  /** Portals of the run Astro wrote nothing for (left as they were). */
  missing: string[];
  pages: number;
  portalMs: Map<string, number>;
  kinds: Map<string, PageKindTime>;
  peakRssKb: number;
  cpuMs: number;
  /** Files every portal shares (public/, _astro/) and the portal directory page, for the output root. */
  shared: string;
  index: string;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Publishes one run's portals as soon as it ends, so a long build makes
 * sites current one run at a time and a later failure cannot undo them.
 */
export async function publishRun(
  run: Omit<RunOutput, 'missing' | 'shared' | 'index'> & { dir: string; outDir: string; stamp: string; redirects: readonly Redirect[]; origin: (code: string) => string; precompress: boolean },
): Promise<RunOutput> {
  const buildDir = join(run.dir, 'out');
  const shared = join(run.dir, 'shared');
  await collectShared(buildDir, new Set(run.codes), shared);
  const published: string[] = [];
  const missing: string[] = [];
  const swapped: Array<{ release: string; previous: string | null }> = [];
  for (const code of run.codes) {
    // A portal with no folder would be swapped in as an empty site: keep the old one instead.
    if (!(await exists(join(buildDir, code)))) {
      missing.push(code);
      continue;
    }
    await finishPortalFolder(buildDir, code, [shared]);
    await writeMovedPages(join(buildDir, code), code, run.redirects, run.origin);
    swapped.push(await swapIntoPlace(join(buildDir, code), run.outDir, code, run.stamp));
    published.push(code);
  }
  // Compressed copies are added once the portals are live: they do not delay publishing, and the web
  // server sends the plain file until a page's copy is there (docs/adr/0008).
  if (run.precompress) for (const { release, previous } of swapped) await precompress(release, previous);
  return { codes: published, missing, pages: run.pages, portalMs: run.portalMs, kinds: run.kinds, peakRssKb: run.peakRssKb, cpuMs: run.cpuMs, shared, index: join(buildDir, 'index.html') };
}

/** Archived portals with a successor get a site of redirects instead of a rendered one. */
export async function publishRedirects(work: string, portals: SnapshotPortal[], snapshot: { portals: SnapshotPortal[]; redirects: Redirect[] }, urlTemplate: string, outDir: string): Promise<number> {
  const byCode = new Map(snapshot.portals.map((p) => [p.code, p]));
  const origin = (code: string) => portalOrigin(urlTemplate, byCode.get(code) ?? { code, domain: code });
  let pages = 0;
  for (const portal of portals) {
    const folder = join(work, 'redirects', portal.code);
    pages += await writeRedirectSite(folder, portal, snapshot.redirects, origin);
    await swapIntoPlace(folder, outDir, portal.code, `redirect-${Date.now()}`);
  }
  return pages;
}

/** The output root: shared files, the portal directory page (development server) and the domain list. */
export async function publishRoot(results: readonly RunOutput[], outDir: string, portals: readonly SnapshotPortal[]): Promise<void> {
  const first = results[0];
  if (first) {
    await cp(first.shared, outDir, { recursive: true });
    if (await exists(first.index)) await cp(first.index, join(outDir, 'index.html'));
  }
  await writeJson(
    join(outDir, '_portals.json'),
    portals.map((p) => ({ code: p.code, domain: p.domain, name: p.name, level: p.level })),
  );
}
