/**
 * Hands what is in the spool to the CMS, oldest first, until the spool is
 * empty; when the CMS is unreachable it waits, doubling the wait up to a
 * minute, and tries again. A submission the CMS refuses for good moves to
 * the spool's `refused/` folder, with the reason.
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
  /** Spool entries a request is handing over itself right now: not sent twice at once. */
  inFlight?: ReadonlySet<string>;
}

export function startForwarder(spool: Spool, cms: IntakeClient, { log = () => {}, idleMs = 2_000, maxBackoffMs = 60_000, inFlight = new Set() }: ForwarderOptions = {}): Forwarder {
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

  async function pass(): Promise<boolean> {
    for (const name of await spool.pending()) {
      if (stopped) return false;
      if (inFlight.has(name)) continue;
      const item = await spool.read(name);
      if (!item) continue;
      const handover = await cms.hand(item.kind, item.payload);
      if (handover.outcome === 'stored') await spool.done(name);
      else if (handover.outcome === 'refused') {
        log(`the CMS refused ${item.kind} ${item.id} (${handover.status}): ${handover.message ?? ''}`);
        await spool.refuse(name, `${handover.status} ${handover.message ?? ''}`.trim());
      } else {
        log(`the CMS cannot take submissions now (${handover.status || handover.message}); ${(await spool.pending()).length} waiting`);
        return false;
      }
    }
    return true;
  }

  const loop = (async () => {
    while (!stopped) {
      const emptied = await pass().catch((error: unknown) => {
        log(`forwarding failed: ${(error as Error).message}`);
        return false;
      });
      if (emptied && (await spool.pending()).filter((name) => !inFlight.has(name)).length === 0) {
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
