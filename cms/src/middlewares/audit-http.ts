import type { Core } from '@strapi/strapi';
import { recordAudit, refusalRecorded } from '../audit/record';

interface Ctx {
  method: string;
  path: string;
  status: number;
  state: Record<string | symbol, unknown>;
  request: { body?: { email?: unknown } };
}

/** Strapi's errors carry no HTTP status until its errors middleware, outside this one, maps them. */
const STATUS_BY_NAME: Record<string, number> = {
  ValidationError: 400,
  UnauthorizedError: 401,
  ForbiddenError: 403,
  PolicyError: 403,
  NotFoundError: 404,
  RateLimitError: 429,
};
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Logs what the document service never sees: admin logins, successful or
 * not, permission refusals (401/403) decided by routes and RBAC before any
 * document is touched, and write attempts refused for any other reason
 * (such as a record outside the user's portals, which is not found).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    let failure: unknown = null;
    try {
      await next();
    } catch (error) {
      failure = error;
    }
    const named = failure as { status?: number; name?: string } | null;
    const status = failure ? (named?.status ?? STATUS_BY_NAME[named?.name ?? ''] ?? 500) : ctx.status;
    if (ctx.method === 'POST' && ctx.path === '/admin/login') {
      const email = typeof ctx.request.body?.email === 'string' ? ctx.request.body.email.toLowerCase() : null;
      await recordAudit(strapi, { action: 'login', outcome: status < 300 ? 'ok' : 'refused', actorEmail: email, detail: `HTTP ${status}` });
    } else if (ctx.state.user && !refusalRecorded(ctx.state) && (status === 401 || status === 403 || (status >= 400 && WRITE_METHODS.has(ctx.method)))) {
      // Only signed-in users' refusals: anonymous requests would let anyone fill the log, which is never pruned (logins are logged above).
      await recordAudit(strapi, { action: 'request', outcome: 'refused', detail: `HTTP ${status}` });
    }
    if (failure) throw failure;
  };
