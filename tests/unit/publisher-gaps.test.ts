import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance, fileCursor, settled } from '@qn/publisher';

const GRACE = 60_000;
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 8, 0, seconds));

describe('outbox position with rows committed out of order', () => {
  it('moves straight on when ids run without gaps', () => {
    expect(advance(settled(10), [11, 12, 13], at(0), GRACE)).toEqual({ state: settled(13), abandoned: [] });
  });

  it('reads past a missing id but keeps the position below it until the row arrives', () => {
    const { state } = advance(settled(10), [11, 13, 14], at(0), GRACE);
    expect(state).toEqual({ lastEventId: 11, highest: 14, gaps: [{ from: 12, to: 12, since: at(0).toISOString() }] });
    // Row 12 commits later: it is handled and the position catches up.
    expect(advance(state, [12, 15], at(5), GRACE)).toEqual({ state: settled(15), abandoned: [] });
  });

  it('gives up on a missing id after the grace period, and says so', () => {
    const { state } = advance(settled(10), [11, 13], at(0), GRACE);
    expect(advance(state, [], at(59), GRACE).state.lastEventId).toBe(11);
    expect(advance(state, [], at(60), GRACE)).toEqual({ state: settled(13), abandoned: [{ from: 12, to: 12 }] });
  });

  it("keeps a long transaction's thousands of ids as one run, and restarts its clock while its rows arrive", () => {
    // A reorganisation holds ids 11–5010 while an editor's save (5011) commits first.
    const open = advance(settled(10), [5011], at(0), GRACE).state;
    expect(open).toEqual({ lastEventId: 10, highest: 5011, gaps: [{ from: 11, to: 5010, since: at(0).toISOString() }] });
    // It commits at second 50; the publisher reads its rows a page at a time.
    const firstPage = Array.from({ length: 100 }, (_, i) => 11 + i);
    const reading = advance(open, firstPage, at(50), GRACE).state;
    expect(reading).toEqual({ lastEventId: 110, highest: 5011, gaps: [{ from: 111, to: 5010, since: at(50).toISOString() }] });
    expect(advance(reading, [], at(100), GRACE).abandoned).toEqual([]);
  });

  it('splits a run when rows arrive in its middle, keeping the oldest open one as the position', () => {
    const first = advance(settled(0), [1, 6], at(0), GRACE).state;
    expect(first.gaps).toEqual([{ from: 2, to: 5, since: at(0).toISOString() }]);
    const split = advance(first, [3, 4], at(1), GRACE).state;
    expect(split).toEqual({
      lastEventId: 1,
      highest: 6,
      gaps: [
        { from: 2, to: 2, since: at(1).toISOString() },
        { from: 5, to: 5, since: at(1).toISOString() },
      ],
    });
    expect(advance(split, [2], at(2), GRACE).state.lastEventId).toBe(4);
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
