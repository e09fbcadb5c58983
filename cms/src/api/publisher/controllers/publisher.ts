import type { Core } from '@strapi/strapi';
import {
  buildResultsSchema,
  cursorWriteSchema,
  LEASE_NAMES,
  leaseRequestSchema,
  parseBody,
  releaseRequestSchema,
  wantedRequestSchema,
  type Parsed,
} from '@qn/content';
import { checkBuildRecords, holdsLease, newestEventId, portalBuilds, publisherState, recordBuilds, releaseLease, requestBuilds, saveCursor, takeLease } from '../../../publisher-state';

interface Ctx {
  query: unknown;
  request: { body?: unknown };
  status: number;
  body: unknown;
}

function refuse(ctx: Ctx, status: 400 | 409, message: string): void {
  ctx.status = status;
  ctx.body = { error: { status, name: status === 400 ? 'ValidationError' : 'ConflictError', message } };
}

/** The parsed body, or a 400 already answered. */
function body<T>(ctx: Ctx, parsed: Parsed<T>): T | null {
  if ('problem' in parsed) {
    refuse(ctx, 400, parsed.problem);
    return null;
  }
  return parsed.value;
}

function leaseName(ctx: Ctx): string | null {
  const query = (ctx.query ?? {}) as Record<string, unknown>;
  const keys = Object.keys(query);
  const name = query.name ?? LEASE_NAMES[0];
  if (keys.some((key) => key !== 'name') || typeof name !== 'string' || !(LEASE_NAMES as readonly string[]).includes(name)) {
    refuse(ctx, 400, `the only parameter is name, one of: ${LEASE_NAMES.join(', ')}`);
    return null;
  }
  return name;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Takes or renews the lease; 409 with the holder when another process has it. */
  async lease(ctx: Ctx) {
    const request = body(ctx, parseBody(leaseRequestSchema, ctx.request.body));
    if (!request) return;
    const lease = await takeLease(strapi, request.name, request.holder, request.ttlMs);
    ctx.status = lease.held ? 200 : 409;
    ctx.body = lease;
  },

  async release(ctx: Ctx) {
    const request = body(ctx, parseBody(releaseRequestSchema, ctx.request.body));
    if (!request) return;
    ctx.body = { released: await releaseLease(strapi, request.name, request.holder) };
  },

  async state(ctx: Ctx) {
    const name = leaseName(ctx);
    if (name) ctx.body = await publisherState(strapi, name);
  },

  /** Moves the cursor; 409 when the caller no longer holds the lease it was given. */
  async cursor(ctx: Ctx) {
    const request = body(ctx, parseBody(cursorWriteSchema, ctx.request.body));
    if (!request) return;
    // A position past the newest row would skip every row to come.
    const newest = await newestEventId(strapi);
    if (request.cursor.highest > newest) return refuse(ctx, 400, `highest ${request.cursor.highest} is past the newest outbox row (${newest})`);
    if (await saveCursor(strapi, request.name, request.holder, request.fence, request.cursor)) ctx.body = { saved: true };
    else refuse(ctx, 409, 'the lease is not held by this holder with this fence: another process consumes the outbox now');
  },

  async builds(ctx: Ctx) {
    if (Object.keys((ctx.query ?? {}) as object).length > 0) return refuse(ctx, 400, 'the build list takes no parameters');
    ctx.body = { data: await portalBuilds(strapi) };
  },

  async recordBuilds(ctx: Ctx) {
    const request = body(ctx, parseBody(buildResultsSchema, ctx.request.body));
    if (!request) return;
    const problem = await checkBuildRecords(strapi, request.results);
    if (problem) return refuse(ctx, 400, problem);
    await recordBuilds(strapi, request.results);
    ctx.body = { recorded: request.results.length };
  },

  /** The dispatcher's requests for rebuilds, accepted only while it holds the lease. */
  async wanted(ctx: Ctx) {
    const request = body(ctx, parseBody(wantedRequestSchema, ctx.request.body));
    if (!request) return;
    if (!(await holdsLease(strapi, request.name, request.holder, request.fence))) {
      return refuse(ctx, 409, 'the lease is not held by this holder with this fence');
    }
    const problem = await checkBuildRecords(strapi, request.portals.map((portal) => ({ portal, ok: true, seq: request.upTo })));
    if (problem) return refuse(ctx, 400, problem);
    await requestBuilds(strapi, request.portals, request.upTo);
    ctx.body = { requested: request.portals.length };
  },
});
