/**
 * Where the publisher stands in the outbox. Ids are handed out when a row is
 * inserted but become visible when its transaction commits, so on PostgreSQL
 * row 11 can be read before row 10 exists: a missing id is a row still being
 * written (or, rarely, one whose transaction rolled back). The publisher
 * reads on from `highest`, asks for every open gap on every poll, and gives a
 * gap up once nothing arrived in it for longer than any transaction runs.
 */
export interface CursorState {
  /** Every row with an id up to this one was handled (or given up on). */
  lastEventId: number;
  /** The highest id handled; rows after it are new. */
  highest: number;
  /** Runs of ids between the two that were missing when a later row was read, and since when nothing arrived in them. */
  gaps: Gap[];
}

/** The ids `from`..`to` (inclusive). */
export interface Gap {
  from: number;
  to: number;
  since: string;
}

export function settled(id: number): CursorState {
  return { lastEventId: id, highest: id, gaps: [] };
}

export interface Advanced {
  state: CursorState;
  /** Runs of ids given up on: nothing arrived in them for `graceMs`. */
  abandoned: Array<{ from: number; to: number }>;
}

/** `range` without the ids in `sorted` (ascending): the runs left. */
function subtract(range: { from: number; to: number }, sorted: readonly number[]): Array<{ from: number; to: number }> {
  const parts: Array<{ from: number; to: number }> = [];
  let from = range.from;
  for (const id of sorted) {
    if (id < from || id > range.to) continue;
    if (id > from) parts.push({ from, to: id - 1 });
    from = id + 1;
  }
  if (from <= range.to) parts.push({ from, to: range.to });
  return parts;
}

/** The state after handling the rows with these ids (new ones and late ones that fill gaps). */
export function advance(state: CursorState, handled: readonly number[], now: Date, graceMs: number): Advanced {
  const sorted = [...new Set(handled)].sort((a, b) => a - b);
  const highest = Math.max(state.highest, sorted.at(-1) ?? 0);
  const stamp = now.toISOString();
  const gaps: Gap[] = [];
  for (const gap of state.gaps) {
    const parts = subtract(gap, sorted);
    // Rows arriving in a gap mean its transaction committed: the rest may still be on their way, so the clock restarts.
    const arrived = sorted.some((id) => id >= gap.from && id <= gap.to);
    gaps.push(...parts.map((part) => ({ ...part, since: arrived ? stamp : gap.since })));
  }
  if (highest > state.highest + 1) gaps.push(...subtract({ from: state.highest + 1, to: highest - 1 }, sorted).map((part) => ({ ...part, since: stamp })));
  const abandoned: Array<{ from: number; to: number }> = [];
  const open = gaps.filter((gap) => {
    const expired = now.getTime() - Date.parse(gap.since) >= graceMs;
    if (expired) abandoned.push({ from: gap.from, to: gap.to });
    return !expired;
  });
  const lastEventId = open.length > 0 ? Math.min(...open.map((g) => g.from)) - 1 : highest;
  return { state: { lastEventId, highest, gaps: open }, abandoned };
}
