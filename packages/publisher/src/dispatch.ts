import type { PublisherApi } from '@qn/cms-client';
import type { Lease } from './lease.ts';

export interface DispatchOptions {
  /** Where CI runs are asked for: GitHub's `POST /repos/{owner}/{repo}/dispatches`, or anything taking its shape. */
  url: string;
  /** Sent as `Authorization: Bearer …` (a GitHub token allowed to dispatch); none when null. */
  token: string | null;
  /** `event_type` of the dispatch; the workflow listens for it. */
  eventType: string;
  api: Pick<PublisherApi, 'want'>;
  lease: Pick<Lease, 'holder' | 'name' | 'fence'>;
  log(message: string, level?: 'info' | 'warn' | 'error'): void;
  /** Attempts per dispatch before the batch fails and is retried by the publisher (default 5). */
  attempts?: number;
  /** First wait between attempts, doubled each time (default 1 s). */
  backoffMs?: number;
  fetch?: typeof fetch;
}

export class DispatchError extends Error {
  override name = 'DispatchError';
}

/**
 * The publisher's `build` in dispatch mode: instead of building here, it
 * records in the CMS which portals want a rebuild (up to which outbox row),
 * then asks CI for a run with a `repository_dispatch` POST. The CI run
 * builds every portal whose request is newer than its last build, so a run
 * that GitHub drops from its queue (a newer one replaces a pending one) loses
 * nothing. A failed POST is retried with backoff; when it keeps failing the
 * batch fails and the cursor stays, so the publisher asks again later.
 */
export function ciDispatch(options: DispatchOptions): (portals: string[], context: { upTo: number }) => Promise<void> {
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const fetchImpl = options.fetch ?? fetch;
  return async (portals, { upTo }) => {
    const fence = options.lease.fence();
    if (fence === null) throw new DispatchError('this dispatcher does not hold the outbox lease');
    await options.api.want(options.lease.name, options.lease.holder, fence, portals, upTo);
    const body = JSON.stringify({ event_type: options.eventType, client_payload: { portals, upTo } });
    let problem = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetchImpl(options.url, {
          method: 'POST',
          headers: {
            accept: 'application/vnd.github+json',
            'content-type': 'application/json',
            'x-github-api-version': '2022-11-28',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
          body,
          signal: AbortSignal.timeout(15_000),
        });
        if (response.ok) {
          options.log(`asked CI to rebuild ${portals.join(', ')} (outbox up to ${upTo})`);
          return;
        }
        problem = `${response.status} ${(await response.text()).slice(0, 200)}`;
        // A refused request (a wrong token, a wrong URL) does not get better by waiting.
        if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
          throw new DispatchError(`CI refused the dispatch to ${options.url}: ${problem}. Check CI_DISPATCH_URL and CI_DISPATCH_TOKEN.`);
        }
      } catch (error) {
        if (error instanceof DispatchError) throw error;
        problem = (error as Error).message;
      }
      if (attempt < attempts) {
        const wait = Math.min(backoffMs * 2 ** (attempt - 1), 30_000);
        options.log(`dispatch to CI failed (${problem}); trying again in ${Math.round(wait / 100) / 10} s`, 'warn');
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    throw new DispatchError(`CI did not take the dispatch after ${attempts} attempts: ${problem}`);
  };
}
