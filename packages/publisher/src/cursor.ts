import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface CursorStore {
  read(): Promise<number>;
  write(lastEventId: number): Promise<void>;
}

/** The id of the last outbox row fully handled, kept in a JSON file written atomically. */
export function fileCursor(path: string): CursorStore {
  return {
    async read() {
      try {
        const value = (JSON.parse(await readFile(path, 'utf8')) as { lastEventId?: unknown }).lastEventId;
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
        throw new Error(`${path} does not hold a lastEventId; delete it to start from the beginning of the outbox.`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
        throw error;
      }
    },
    async write(lastEventId) {
      await mkdir(dirname(path), { recursive: true });
      const temp = `${path}.tmp-${process.pid}`;
      await writeFile(temp, JSON.stringify({ lastEventId, savedAt: new Date().toISOString() }));
      await rename(temp, path);
    },
  };
}
