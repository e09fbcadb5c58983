import { cp, lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * Where the built copies of each portal live: `<outDir>/.releases/<code>/<stamp>/`.
 * `<outDir>/<code>` is a symbolic link to the current one (relative, so the
 * whole folder can be moved or synced with `rsync -a`).
 */
export const RELEASES_DIR = '.releases';

/** The folder `<outDir>/<code>` shows now (a release, or a plain folder of an older layout), or null. */
export async function currentSite(outDir: string, code: string): Promise<string | null> {
  const link = join(outDir, code);
  const info = await lstat(link).catch(() => null);
  if (!info) return null;
  if (info.isSymbolicLink()) return join(outDir, await readlink(link));
  return info.isDirectory() ? link : null;
}

/**
 * Makes the freshly built folder the portal's site in one step: it becomes a
 * release, and the link `<outDir>/<code>` is replaced by a link to it with
 * rename(2), which is atomic. A reader (nginx resolves the link on every
 * request) sees the old site or the new one, never neither and never a mix.
 * The previous release is kept, so a page opened just before the swap can
 * still load its assets; older ones are removed. Returns both folders.
 * Two processes swapping the same portal (a publisher and a deploy, two CI
 * runs) take turns: each holds the portal's lock from move to clean-up.
 */
export async function swapIntoPlace(fresh: string, outDir: string, code: string, stamp: string): Promise<{ release: string; previous: string | null }> {
  const releases = join(outDir, RELEASES_DIR, code);
  await mkdir(releases, { recursive: true });
  // A lock left by a killed process counts as free after 10 s.
  const unlock = await lockfile.lock(releases, { realpath: false, stale: 10_000, update: 3_000, retries: { retries: 100, minTimeout: 100, maxTimeout: 2_000 } });
  try {
    return await swapLocked(fresh, outDir, code, stamp, releases);
  } finally {
    await unlock();
  }
}

async function swapLocked(fresh: string, outDir: string, code: string, stamp: string, releases: string): Promise<{ release: string; previous: string | null }> {
  await moveDir(fresh, join(releases, stamp));
  const link = join(outDir, code);
  const before = await lstat(link).catch(() => null);
  let previous: string | null = null;
  if (before?.isSymbolicLink()) {
    previous = (await readlink(link)).split('/').at(-1) ?? null;
  } else if (before) {
    // A plain folder from before releases existed: moved aside once (the only swap that is not atomic).
    previous = `${stamp}-before`;
    await rename(link, join(releases, previous));
  }
  const temp = join(outDir, `.${code}.link-${stamp}`);
  await rm(temp, { force: true });
  await symlink(join(RELEASES_DIR, code, stamp), temp);
  await rename(temp, link);
  for (const release of await readdir(releases)) {
    if (release !== stamp && release !== previous) await rm(join(releases, release), { recursive: true, force: true });
  }
  // Links a killed process made and never renamed into place.
  for (const entry of await readdir(outDir)) {
    if (entry.startsWith(`.${code}.link-`)) await rm(join(outDir, entry), { force: true });
  }
  return { release: join(releases, stamp), previous: previous ? join(releases, previous) : null };
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

