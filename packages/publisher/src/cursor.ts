import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { settled, type CursorState, type Gap } from './gaps.ts';

export interface CursorStore {
  load(): Promise<CursorState>;
  save(state: CursorState): Promise<void>;
  /** The id up to which every outbox row was handled. */
  read(): Promise<number>;
  /** Marks every row up to `lastEventId` handled (after a full build) and forgets older gaps. */
  write(lastEventId: number): Promise<void>;
}

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isGap = (value: unknown): value is Gap =>
  typeof value === 'object' &&
  value !== null &&
  isId((value as Gap).from) &&
  isId((value as Gap).to) &&
  (value as Gap).from <= (value as Gap).to &&
  !Number.isNaN(Date.parse(String((value as Gap).since)));

/** Where the publisher stands in the outbox, kept in a JSON file written atomically. */
export function fileCursor(path: string): CursorStore {
  async function load(): Promise<CursorState> {
    let stored: Partial<Record<keyof CursorState, unknown>>;
    try {
      stored = JSON.parse(await readFile(path, 'utf8')) as typeof stored;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return settled(0);
      throw new Error(`${path} is not readable JSON (${(error as Error).message}); delete it to start from the beginning of the outbox.`, { cause: error });
    }
    const { lastEventId, highest = lastEventId, gaps = [] } = stored;
    if (!isId(lastEventId) || !isId(highest) || highest < lastEventId || !Array.isArray(gaps) || !gaps.every(isGap)) {
      throw new Error(`${path} does not hold a valid outbox position; delete it to start from the beginning of the outbox.`);
    }
    return { lastEventId, highest, gaps };
  }
  async function save(state: CursorState): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}`;
    await writeFile(temp, JSON.stringify({ ...state, savedAt: new Date().toISOString() }));
    await rename(temp, path);
  }
  return {
    load,
    save,
    read: async () => (await load()).lastEventId,
    write: (lastEventId) => save(settled(lastEventId)),
  };
}

/**
 * After a full build that covered every outbox row up to `lastEvent`: moves
 * the position there. Gaps still open may be rows in flight, so they stay open.
 */
export async function fastForward(cursor: CursorStore, lastEvent: number): Promise<boolean> {
  const position = await cursor.load();
  if (position.highest >= lastEvent) return false;
  await cursor.save({ ...position, highest: lastEvent, lastEventId: position.gaps.length > 0 ? position.lastEventId : lastEvent });
  return true;
}
