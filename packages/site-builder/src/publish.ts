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
