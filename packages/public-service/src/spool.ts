/**
 * Submissions are on disk before the reader hears "received": each is one
 * JSON file written to a temporary name, flushed, then renamed into
 * `pending/` (a rename is atomic, so a crash leaves a whole file or none).
 * It leaves `pending/` when the CMS has acknowledged it; one the CMS refuses
 * for good (a closed consultation) moves to `refused/` with the reason, for
 * an operator to see. Nothing is deleted unacknowledged.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type SubmissionKind = 'question' | 'comment' | 'feedback';

export interface SpooledSubmission {
  kind: SubmissionKind;
  /** The tracking code or submission id: the CMS stores each id once. */
  id: string;
  /** The intake payload (@qn/content intake schemas). */
  payload: Record<string, unknown>;
  spooledAt: string;
}

export interface Spool {
  /**
   * Writes a submission and answers its file name. `claim` is called with the name before the file can be
   * seen in `pending/`, so a caller can hold it from the forwarder with no moment in between.
   */
  put(submission: Omit<SpooledSubmission, 'spooledAt'>, claim?: (name: string) => void): Promise<string>;
  /** File names in `pending/`, oldest first. */
  pending(): Promise<string[]>;
  read(name: string): Promise<SpooledSubmission | null>;
  done(name: string): Promise<void>;
  refuse(name: string, reason: string): Promise<void>;
  refused(): Promise<string[]>;
}

async function durableWrite(path: string, text: string, beforeRename: () => void = () => {}): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  // Readers' names and contact details: the service's own user only.
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  beforeRename();
  await rename(temporary, path);
}

async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function openSpool(dir: string): Promise<Spool> {
  const pendingDir = join(dir, 'pending');
  const refusedDir = join(dir, 'refused');
  await mkdir(pendingDir, { recursive: true, mode: 0o700 });
  await mkdir(refusedDir, { recursive: true, mode: 0o700 });
  let sequence = 0;
  const list = async (folder: string) => (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
  return {
    async put(submission, claim) {
      // Time first, so a listing is in arrival order; the sequence keeps one millisecond's arrivals in order.
      const name = `${Date.now().toString().padStart(15, '0')}-${String((sequence = (sequence + 1) % 1e6)).padStart(6, '0')}-${submission.kind}-${submission.id}.json`;
      await durableWrite(join(pendingDir, name), JSON.stringify({ ...submission, spooledAt: new Date().toISOString() }), () => claim?.(name));
      await syncFolder(pendingDir);
      return name;
    },
    pending: () => list(pendingDir),
    async read(name) {
      try {
        return JSON.parse(await readFile(join(pendingDir, name), 'utf8')) as SpooledSubmission;
      } catch {
        return null;
      }
    },
    async done(name) {
      await unlink(join(pendingDir, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
    async refuse(name, reason) {
      const text = await readFile(join(pendingDir, name), 'utf8').catch(() => null);
      if (text === null) return;
      await writeFile(join(refusedDir, name), JSON.stringify({ ...(JSON.parse(text) as object), refusedBecause: reason }), { mode: 0o600 });
      await unlink(join(pendingDir, name));
    },
    refused: () => list(refusedDir),
  };
}
