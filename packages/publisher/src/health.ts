import { createServer, type Server } from 'node:http';
import type { PublisherApi } from '@qn/cms-client';
import type { BatchResult } from './publisher.ts';
import type { Lease } from './lease.ts';

export interface Health {
  status: 'ok' | 'standby' | 'failing';
  role: 'publisher' | 'dispatcher';
  lease: { held: boolean; holder: string; heldBy: { holder: string | null; until: string | null } | null };
  outbox: { newest: number; handled: number; behind: number } | null;
  lastBatch: { at: string; events: number; rebuilt: string[]; ms: BatchResult['ms'] } | null;
  failures: { consecutive: number; last: { at: string; message: string } | null };
  portals: { failed: Array<{ portal: string; error: string | null; at: string | null }>; lastSuccess: Record<string, string | null> } | null;
  /** What could not be read to answer (the CMS down): the answer is then partial and failing. */
  problems: string[];
}

/** Consecutive failed batches after which the publisher is reported failing (a retry or two is normal). */
const FAILING_AFTER = 3;

/**
 * What the publisher knows about itself, for `/healthz`: whether it holds
 * the lease, how far behind the outbox it is, its last batch and failures,
 * and each portal's last build as the CMS recorded it.
 */
export function healthState(options: {
  role: Health['role'];
  lease: Pick<Lease, 'holder' | 'fence' | 'heldBy' | 'cursor'>;
  cms: { lastEventId(): Promise<number> };
  api: Pick<PublisherApi, 'builds'>;
}) {
  let lastBatch: Health['lastBatch'] = null;
  let consecutive = 0;
  let lastFailure: Health['failures']['last'] = null;
  return {
    onBatch(result: BatchResult): void {
      consecutive = 0;
      lastBatch = { at: new Date().toISOString(), events: result.events, rebuilt: result.rebuilt, ms: result.ms };
    },
    onError(error: Error): void {
      consecutive += 1;
      lastFailure = { at: new Date().toISOString(), message: error.message.slice(0, 500) };
    },
    onIdle(): void {
      consecutive = 0;
    },
    async read(): Promise<Health> {
      const problems: string[] = [];
      const held = options.lease.fence() !== null;
      const [outbox, builds] = await Promise.all([
        Promise.all([options.cms.lastEventId(), options.lease.cursor.read()]).then(
          ([newest, handled]) => ({ newest, handled, behind: Math.max(0, newest - handled) }),
          (error: Error) => (problems.push(`outbox: ${error.message}`), null),
        ),
        options.api.builds().catch((error: Error) => (problems.push(`builds: ${error.message}`), null)),
      ]);
      const failing = consecutive >= FAILING_AFTER || problems.length > 0;
      return {
        status: failing ? 'failing' : held ? 'ok' : 'standby',
        role: options.role,
        lease: { held, holder: options.lease.holder, heldBy: held ? null : options.lease.heldBy() },
        outbox,
        lastBatch,
        failures: { consecutive, last: lastFailure },
        portals: builds && {
          failed: builds.filter((b) => b.lastError !== null).map((b) => ({ portal: b.portal, error: b.lastError, at: b.lastErrorAt })),
          lastSuccess: Object.fromEntries(builds.map((b) => [b.portal, b.lastSuccessAt])),
        },
        problems,
      };
    },
  };
}

/** `GET /healthz`: the state as JSON, 200 unless failing (503), on a port of its own. */
export function healthServer(read: () => Promise<Health>): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/healthz') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found; try /healthz');
      return;
    }
    read().then(
      (health) => res.writeHead(health.status === 'failing' ? 503 : 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(health)),
      (error: Error) => res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ status: 'failing', problems: [error.message] })),
    );
  });
}
