import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { PublisherApi } from '@qn/cms-client';
import { cursorStateSchema } from '@qn/content';
import type { CursorStore } from './cursor.ts';
import { settled, type CursorState } from './gaps.ts';

export interface Lease {
  /** This process's name in the lease: host, pid and a random part. */
  readonly holder: string;
  readonly name: string;
  /** The fence of the lease held now, null when not held. */
  fence(): number | null;
  /** Takes the lease, or renews it; false while another process holds it (then `heldBy` says who). */
  ensure(): Promise<boolean>;
  heldBy(): { holder: string | null; until: string | null };
  /** The cursor kept with the lease: saved only while this process holds it. */
  cursor: CursorStore;
  /** Stops renewing and gives the lease up, so another process can take it at once. */
  release(): Promise<void>;
}

export interface LeaseOptions {
  api: Pick<PublisherApi, 'lease' | 'release' | 'state' | 'saveCursor'>;
  name: string;
  /** How long the lease lasts without renewal; a process that dies is replaced after at most this long. */
  ttlMs: number;
  log(message: string, level?: 'info' | 'warn' | 'error'): void;
  /** Names this process (default: host, pid and a random part). */
  holder?: string;
}

/**
 * One outbox consumer at a time, across processes and machines: a lease
 * kept in the CMS database, renewed in the background every third of its
 * length while held. Each new holder gets a higher fence number and every
 * cursor write carries it, so a process that stalled past its lease (a long
 * pause, a lost network) cannot move the cursor after another took over.
 */
export function createLease(options: LeaseOptions): Lease {
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let fence: number | null = null;
  let other: { holder: string | null; until: string | null } = { holder: null, until: null };
  let timer: NodeJS.Timeout | null = null;
  let renewing: Promise<boolean> | null = null;

  async function take(): Promise<boolean> {
    const answer = await options.api.lease(options.name, holder, options.ttlMs);
    const wasHeld = fence !== null;
    if (answer.held) {
      if (!wasHeld) options.log(`holds the "${options.name}" lease (fence ${answer.fence}) as ${holder}`);
      fence = answer.fence;
      other = { holder: null, until: null };
    } else {
      if (wasHeld) options.log(`lost the "${options.name}" lease to ${answer.holder ?? 'another process'}; stops until it is free`, 'warn');
      fence = null;
      other = { holder: answer.holder, until: answer.until };
    }
    return answer.held;
  }

  /** One renewal at a time: the background one and an `ensure` never race each other. */
  function renew(): Promise<boolean> {
    renewing ??= take().finally(() => (renewing = null));
    return renewing;
  }

  function keepRenewing(): void {
    if (timer) return;
    timer = setInterval(() => {
      // Renewal only: a lease lost is taken again by `ensure`, between batches, never under a batch in flight.
      if (fence === null) {
        if (timer) clearInterval(timer);
        timer = null;
        return;
      }
      renew().catch((error: unknown) => options.log(`could not renew the "${options.name}" lease: ${(error as Error).message}`, 'warn'));
    }, Math.max(500, Math.floor(options.ttlMs / 3)));
    timer.unref();
  }

  /** The fence the position was read under: a batch saves with it, so a batch begun under an older lease cannot save. */
  let loadedUnder: number | null = null;
  const cursor: CursorStore = {
    async load(): Promise<CursorState> {
      loadedUnder = fence;
      const { cursor: stored } = await options.api.state(options.name);
      if (stored === null) return settled(0);
      const parsed = cursorStateSchema.safeParse(stored);
      if (!parsed.success) throw new Error(`the stored outbox position is not valid (${parsed.error.issues[0]?.message}); an administrator can reset it`);
      return parsed.data;
    },
    async save(state: CursorState): Promise<void> {
      const under = loadedUnder ?? fence;
      if (under === null) throw new Error(`this process does not hold the "${options.name}" lease; the outbox position was not saved`);
      await options.api.saveCursor(options.name, holder, under, state);
    },
    // A reader (the health endpoint) must not change which fence the batch in flight saves under.
    read: async () => (await options.api.state(options.name)).cursor?.lastEventId ?? 0,
    write: (lastEventId) => cursor.save(settled(lastEventId)),
  };

  return {
    holder,
    name: options.name,
    fence: () => fence,
    async ensure() {
      const held = await renew();
      if (held) keepRenewing();
      return held;
    },
    heldBy: () => other,
    cursor,
    async release() {
      if (timer) clearInterval(timer);
      timer = null;
      await renewing?.catch(() => false);
      if (fence !== null) await options.api.release(options.name, holder).catch(() => {});
      fence = null;
    },
  };
}
