import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A hash of the names and contents of every file under `paths` (skipping node_modules, dist and dot-folders). */
export async function hashFiles(root: string, paths: readonly string[], extra = ''): Promise<string> {
  const hash = createHash('sha256').update(extra);
  const files: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) return;
    if (info.isFile()) {
      files.push(path);
      return;
    }
    for (const entry of await readdir(path)) {
      if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
      await walk(join(path, entry));
    }
  };
  for (const path of paths) await walk(join(root, path));
  for (const file of files.sort()) {
    hash.update(relative(root, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}
