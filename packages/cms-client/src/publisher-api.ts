import { z } from 'zod';
import { CmsError } from './client.ts';
import type { BuildRecord, LeaseAnswer, PortalBuildState, PublisherCursor, PublisherStateAnswer } from '@qn/content';

export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

const leaseSchema = z.object({ held: z.boolean(), holder: z.string().nullable(), until: z.string().nullable(), fence: z.number().int().min(0) });
const stateSchema = leaseSchema.extend({ cursor: z.unknown() });
const buildsSchema = z.object({
  data: z.array(
    z.object({
      portal: z.string(),
      requested: z.number(),
      done: z.number(),
      lastSuccessAt: z.string().nullable(),
      lastError: z.string().nullable(),
      lastErrorAt: z.string().nullable(),
      lastMs: z.number().nullable(),
      lastBy: z.string().nullable(),
    }),
  ),
});

/**
 * The CMS's `/api/publisher/*` routes: the outbox lease, its fenced cursor
 * and each portal's build state (docs/adr/0009). Answers are validated here.
 */
export function createPublisherApi(options: { url: string; token: string; fetch?: typeof fetch }) {
  const fetchImpl = options.fetch ?? fetch;

  async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await fetchImpl(`${options.url}/api/publisher${path}`, {
        method,
        headers: { authorization: `Bearer ${options.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new CmsError(`Strapi is unreachable at ${options.url}: ${(error as Error).message}`, { cause: error });
    }
    const json: unknown = await response.json().catch(() => null);
    if (response.status === 403) {
      throw new CmsError(`Strapi refused the API token ${method} /api/publisher${path} (403): give the publisher's token the Publisher permissions (PUBLISHER_TOKEN_PERMISSIONS, README "Deploying to production").`);
    }
    if (!response.ok && response.status !== 409) throw new CmsError(`Strapi answered ${response.status} to ${method} /api/publisher${path}: ${JSON.stringify(json).slice(0, 300)}`);
    return { status: response.status, json };
  }

  function parse<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CmsError(`Strapi answered ${what} in an unexpected shape: ${parsed.error.message.slice(0, 300)}`);
    return parsed.data;
  }

  return {
    /** Takes or renews the lease; `held: false` (and who holds it) when another process has it. */
    async lease(name: string, holder: string, ttlMs: number): Promise<LeaseAnswer> {
      return parse(leaseSchema, (await call('POST', '/lease', { name, holder, ttlMs })).json, 'the lease');
    },
    async release(name: string, holder: string): Promise<void> {
      await call('POST', '/release', { name, holder });
    },
    async state(name: string): Promise<PublisherStateAnswer> {
      const state = parse(stateSchema, (await call('GET', `/state?name=${encodeURIComponent(name)}`)).json, 'the publisher state');
      return { ...state, cursor: (state.cursor ?? null) as PublisherCursor | null };
    },
    /** Saves the cursor; throws LeaseLostError when this holder no longer has the lease. */
    async saveCursor(name: string, holder: string, fence: number, cursor: PublisherCursor): Promise<void> {
      const { status } = await call('PUT', '/cursor', { name, holder, fence, cursor });
      if (status === 409) throw new LeaseLostError(`the outbox lease "${name}" was taken over by another process; this one stops consuming`);
    },
    /** Asks for rebuilds of these portals, for outbox rows up to `upTo` (the dispatcher). */
    async want(name: string, holder: string, fence: number, portals: readonly string[], upTo: number): Promise<void> {
      const { status } = await call('POST', '/wanted', { name, holder, fence, portals, upTo });
      if (status === 409) throw new LeaseLostError(`the outbox lease "${name}" was taken over by another process; this one stops consuming`);
    },
    async builds(): Promise<PortalBuildState[]> {
      return parse(buildsSchema, (await call('GET', '/builds')).json, 'the build list').data;
    },
    async recordBuilds(results: readonly BuildRecord[]): Promise<void> {
      for (let i = 0; i < results.length; i += 1000) await call('POST', '/builds', { results: results.slice(i, i + 1000) });
    },
  };
}

export type PublisherApi = ReturnType<typeof createPublisherApi>;
