/**
 * Where the publisher stands in the outbox. Ids are handed out when a row is
 * inserted but become visible when its transaction commits, so on PostgreSQL
 * row 11 can be read before row 10 exists: a missing id is a row still being
 * written (or, rarely, one whose transaction rolled back). The publisher
 * reads on from `highest` and keeps asking for each missing id until it
 * arrives or has been missing for longer than any transaction runs.
 */
export interface CursorState {
  /** Every row with an id up to this one was handled (or given up on). */
  lastEventId: number;
  /** The highest id handled; rows after it are new. */
  highest: number;
  /** Ids between the two that were missing when a later row was read, and since when. */
  gaps: Gap[];
}

export interface Gap {
  id: number;
  since: string;
}

/** A gap wider than this is not rows in flight but ids skipped for good (a sequence jump after a crash). */
export const MAX_GAP_IDS = 1000;

export function settled(id: number): CursorState {
  return { lastEventId: id, highest: id, gaps: [] };
}

export interface Advanced {
  state: CursorState;
  /** Missing ids given up on: they were missing for `graceMs`, or lay in a jump wider than MAX_GAP_IDS. */
  abandoned: number[];
}

/** The state after handling the rows with these ids (new ones and late ones that fill gaps). */
export function advance(state: CursorState, handled: number[], now: Date, graceMs: number): Advanced {
  const seen = new Set(handled);
  const highest = Math.max(state.highest, ...handled);
  const gaps = state.gaps.filter((g) => !seen.has(g.id));
  const abandoned: number[] = [];
  const missing: number[] = [];
  for (let id = state.highest + 1; id < highest; id += 1) if (!seen.has(id)) missing.push(id);
  if (missing.length > MAX_GAP_IDS) abandoned.push(...missing);
  else gaps.push(...missing.map((id) => ({ id, since: now.toISOString() })));
  const open = gaps.filter((g) => {
    const expired = now.getTime() - Date.parse(g.since) >= graceMs;
    if (expired) abandoned.push(g.id);
    return !expired;
  });
  const lastEventId = open.length > 0 ? Math.min(...open.map((g) => g.id)) - 1 : highest;
  return { state: { lastEventId, highest, gaps: open }, abandoned: abandoned.sort((a, b) => a - b) };
}
