import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Turns Astro's one build folder into one self-contained folder per portal:
 * [portal]/404/index.html becomes 404.html, and the shared files (public/
 * and any bundled _astro/ assets) are copied into each portal's root.
 */
export async function finishPortalFolder(buildDir: string, code: string, sharedDirs: readonly string[]): Promise<void> {
  const folder = join(buildDir, code);
  const notFound = join(folder, '404', 'index.html');
  if (await exists(notFound)) {
    await rename(notFound, join(folder, '404.html'));
    await rm(join(folder, '404'), { recursive: true, force: true });
  }
  for (const shared of sharedDirs) {
    if (await exists(shared)) await cp(shared, folder, { recursive: true });
  }
}

/**
 * Replaces out/<code> with the freshly built folder. Both are renamed, never
 * rewritten in place, so a reader never sees half a site; the old copy is
 * removed afterwards.
 */
export async function swapIntoPlace(fresh: string, outDir: string, code: string, stamp: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const target = join(outDir, code);
  const old = join(outDir, `.old-${code}-${stamp}`);
  const hadOld = await exists(target);
  if (hadOld) await rename(target, old);
  await moveDir(fresh, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** rename(), or copy-and-delete when the output is on another file system. */
async function moveDir(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

/** Copies the files Astro put at the build root (not portal folders) into a folder that all portals share. */
export async function collectShared(buildDir: string, portalCodes: ReadonlySet<string>, into: string): Promise<void> {
  await mkdir(into, { recursive: true });
  for (const entry of await readdir(buildDir)) {
    if (portalCodes.has(entry) || entry === 'index.html') continue;
    await cp(join(buildDir, entry), join(into, entry), { recursive: true });
  }
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, JSON.stringify(value));
  await rename(temp, path);
}
