/**
 * Hands what is in the spool to the CMS, oldest first, until the spool is
 * empty; when the CMS is unreachable it waits, doubling the wait up to a
 * minute, and tries again. A submission the CMS refuses for good moves to
 * the spool's `refused/` folder, with the reason; so does one the CMS keeps
 * failing on while it stores others (one bad submission never holds up the
 * rest). While the CMS fails on everything, nothing is given up.
 */
import type { IntakeClient } from './cms.ts';
import type { Spool } from './spool.ts';

export interface Forwarder {
  /** Asks for a pass now (after a new submission). */
  kick(): void;
  /** Resolves when the spool was last seen empty. */
  drained(): Promise<void>;
  stop(): Promise<void>;
}

export interface ForwarderOptions {
  log?: (message: string) => void;
  idleMs?: number;
  maxBackoffMs?: number;
  /** Spool entries a request is handing over itself, or handed over too slowly, with when they may be sent again: never twice at once. */
  holds?: ReadonlyMap<string, number>;
  /** Failures on one submission, while others are stored, before it is set aside in `refused/`. */
  maxFailures?: number;
}

export function startForwarder(spool: Spool, cms: IntakeClient, { log = () => {}, idleMs = 2_000, maxBackoffMs = 60_000, holds = new Map(), maxFailures = 3 }: ForwarderOptions = {}): Forwarder {
  const held = (name: string) => (holds.get(name) ?? 0) > Date.now();
  const failures = new Map<string, { count: number; reason: string }>();
  let stopped = false;
  let wake: (() => void) | null = null;
  let backoff = 0;
  let waiters: Array<() => void> = [];
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  /** One pass over the spool; true when nothing is left that could have been sent. */
  async function pass(): Promise<boolean> {
    let stored = 0;
    const failed: string[] = [];
    for (const name of await spool.pending()) {
      if (stopped) return false;
      if (held(name)) continue;
      const item = await spool.read(name);
      if (!item) continue;
      const handover = await cms.hand(item.kind, item.payload);
      if (handover.outcome === 'stored') {
        await spool.done(name);
        failures.delete(name);
        stored += 1;
      } else if (handover.outcome === 'refused') {
        log(`the CMS refused ${item.kind} ${item.id} (${handover.status}): ${handover.message ?? ''}`);
        await spool.refuse(name, `${handover.status} ${handover.message ?? ''}`.trim());
      } else if (handover.outcome === 'failed') {
        failed.push(name);
        failures.set(name, { count: failures.get(name)?.count ?? 0, reason: `${handover.status} ${handover.message ?? ''}`.trim() });
      } else {
        log(`the CMS cannot take submissions now (${handover.status || handover.message}); ${(await spool.pending()).length} waiting`);
        return false;
      }
    }
    // The CMS stored others while failing on these: counted against them, and set aside after maxFailures.
    if (stored > 0) {
      for (const name of failed) {
        const failure = failures.get(name)!;
        failure.count += 1;
        if (failure.count >= maxFailures) {
          log(`the CMS keeps failing on ${name} (${failure.reason}) while storing others: set aside in refused/`);
          await spool.refuse(name, `failed ${failure.count} times: ${failure.reason}`);
          failures.delete(name);
        }
      }
    }
    return failed.length === 0;
  }

  const loop = (async () => {
    while (!stopped) {
      const emptied = await pass().catch((error: unknown) => {
        log(`forwarding failed: ${(error as Error).message}`);
        return false;
      });
      if (emptied && (await spool.pending()).filter((name) => !held(name)).length === 0) {
        backoff = 0;
        for (const resolve of waiters) resolve();
        waiters = [];
        await sleep(idleMs);
      } else if (!stopped) {
        backoff = Math.min(maxBackoffMs, backoff ? backoff * 2 : 500);
        await sleep(backoff);
      }
    }
  })();

  return {
    kick() {
      backoff = 0;
      wake?.();
    },
    drained() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        wake?.();
      });
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      for (const resolve of waiters) resolve();
    },
  };
}
