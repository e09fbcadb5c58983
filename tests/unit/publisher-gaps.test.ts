import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance, fileCursor, MAX_GAP_IDS, settled } from '@qn/publisher';

const GRACE = 60_000;
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 8, 0, seconds));

describe('outbox position with rows committed out of order', () => {
  it('moves straight on when ids run without gaps', () => {
    expect(advance(settled(10), [11, 12, 13], at(0), GRACE)).toEqual({ state: settled(13), abandoned: [] });
  });

  it('reads past a missing id but keeps the position below it until the row arrives', () => {
    const { state } = advance(settled(10), [11, 13, 14], at(0), GRACE);
    expect(state).toEqual({ lastEventId: 11, highest: 14, gaps: [{ id: 12, since: at(0).toISOString() }] });
    // Row 12 commits later: it is handled and the position catches up.
    expect(advance(state, [12, 15], at(5), GRACE)).toEqual({ state: settled(15), abandoned: [] });
  });

  it('gives up on a missing id after the grace period, and says so', () => {
    const { state } = advance(settled(10), [11, 13], at(0), GRACE);
    expect(advance(state, [], at(59), GRACE).state.lastEventId).toBe(11);
    expect(advance(state, [], at(60), GRACE)).toEqual({ state: settled(13), abandoned: [12] });
  });

  it('does not wait for the ids of a jump too wide to be rows in flight', () => {
    const jump = MAX_GAP_IDS + 1;
    expect(advance(settled(10), [11 + jump], at(0), GRACE)).toEqual({ state: settled(11 + jump), abandoned: Array.from({ length: jump }, (_, i) => 11 + i) });
  });

  it('keeps the oldest open gap as the position when several are open', () => {
    const first = advance(settled(0), [1, 3, 5], at(0), GRACE).state;
    expect(first.lastEventId).toBe(1);
    expect(advance(first, [4], at(1), GRACE).state).toEqual({ lastEventId: 1, highest: 5, gaps: [{ id: 2, since: at(0).toISOString() }] });
    expect(advance(first, [2], at(1), GRACE).state.lastEventId).toBe(3);
  });
});

describe('the cursor file', () => {
  it('keeps the gaps across a restart, reads the older one-number file, and refuses a damaged one by name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qn-cursor-'));
    try {
      const path = join(dir, 'cursor.json');
      const cursor = fileCursor(path);
      expect(await cursor.load()).toEqual(settled(0));
      const state = advance(settled(10), [11, 13], at(0), GRACE).state;
      await cursor.save(state);
      expect(await fileCursor(path).load()).toEqual(state);
      expect(await fileCursor(path).read()).toBe(11);

      await writeFile(path, JSON.stringify({ lastEventId: 42, savedAt: at(0).toISOString() }));
      expect(await cursor.load()).toEqual(settled(42));
      await cursor.write(50);
      expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject(settled(50));

      await writeFile(path, JSON.stringify({ lastEventId: 5, highest: 3 }));
      await expect(cursor.load()).rejects.toThrow(`${path} does not hold a valid outbox position`);
      await writeFile(path, '{"lastEventId": 5');
      await expect(cursor.load()).rejects.toThrow(`${path} is not readable JSON`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
