/**
 * The only dynamic endpoint the public talks to (docs/adr/0015): readers'
 * questions, comments on draft documents and page feedback, and the status
 * of a question by its tracking code. A submission is checked (form,
 * honeypot, proof of work, rate limits, duplicates), written to the spool,
 * then handed to the CMS; the reader hears back only once it is on disk.
 * Forms posted without JavaScript get HTML pages, scripts get JSON.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { getConnInfo } from '@hono/node-server/conninfo';
import { kindPath, TRACKING_ALPHABET, trackingCodeSchema, type IntakePortal, type QuestionStatus } from '@qn/content';
import type { Challenges } from './challenge.ts';
import type { IntakeClient } from './cms.ts';
import { CHALLENGE_FIELD, commentFormSchema, feedbackFormSchema, HONEYPOT, parseForm, questionFormSchema, type FieldErrors } from './forms.ts';
import type { Forwarder } from './forwarder.ts';
import { FORM_FIELDS } from './fields.ts';
import { formPage, receiptPage, statusPage } from './html.ts';
import { addressKey, LIMITS, type Action, type Limit, type RateLimiter } from './limits.ts';
import type { PortalDirectory } from './portals.ts';
import type { Spool, SubmissionKind } from './spool.ts';

export interface ServiceDeps {
  cms: IntakeClient;
  portals: PortalDirectory;
  spool: Spool;
  forwarder: Forwarder;
  challenges: Challenges;
  limiter: RateLimiter;
  /** Spool entries a request is handing over, or handed over too slowly, with when the forwarder may send them (never twice at once). */
  holds: Map<string, number>;
  /** The service's own origin as browsers see it (PUBLIC_SERVICE_URL): its pages post back to it. */
  publicOrigin?: () => string | undefined;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed. */
  trustProxy: ReadonlySet<string>;
  /** How long a request waits for the CMS before answering "queued". */
  handoverMs?: number;
  log?: (message: string) => void;
}

/** The largest body accepted: the longest form is ~5,000 characters of Vietnamese. */
export const BODY_LIMIT = 32 * 1024;
/** A resent identical submission within this window gets the first one's receipt. */
const DUPLICATE_WINDOW_MS = 60 * 60_000;
/** Receipts remembered for duplicates at most; the oldest go first. */
const DUPLICATE_MEMORY = 20_000;
/** How long a submission the CMS was too slow to acknowledge waits before the forwarder sends it again. */
const SLOW_HOLD_MS = 60_000;

type Input = Record<string, string | boolean | number | null>;
const HEADINGS: Record<SubmissionKind, string> = { question: 'Gửi câu hỏi', comment: 'Góp ý dự thảo', feedback: 'Ý kiến về trang' };

export function trackingCode(): string {
  const bytes = randomBytes(10);
  return Array.from(bytes, (b) => TRACKING_ALPHABET[b % TRACKING_ALPHABET.length]).join('');
}

function minutes(seconds: number): string {
  return seconds < 90 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

export function createApp(deps: ServiceDeps): Hono {
  const { cms, portals, spool, forwarder, challenges, limiter, holds, trustProxy, publicOrigin, handoverMs = 3_000, log = () => {} } = deps;
  /** May a browser on this origin post here? The portals' pages, and the service's own (the no-JavaScript pages). */
  const allowed = (origin: string) => portals.allows(origin) || (publicOrigin !== undefined && origin === publicOrigin());
  const recent = new Map<string, { at: number; answer: Receipt }>();
  const app = new Hono();

  app.onError((error, c) => {
    log(`request failed: ${error.stack ?? error.message}`);
    return c.json({ message: 'Có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.' }, 500);
  });
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    // Same-origin: the no-JavaScript pages post back here with their Origin; other sites learn nothing.
    c.header('referrer-policy', 'same-origin');
    c.header('cache-control', 'no-store');
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
  });
  app.use(
    '/v1/*',
    cors({ origin: (origin) => (allowed(origin) ? origin : null), allowMethods: ['GET', 'POST'], allowHeaders: ['content-type'], maxAge: 600 }),
  );
  app.use('/v1/*', bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => c.json({ message: `Nội dung gửi lên quá lớn (tối đa ${BODY_LIMIT / 1024} KB).` }, 413) }));
  // Forms are posted from the portals' own pages: another site may not relay readers' posts here.
  app.use('/v1/*', async (c, next) => {
    const origin = c.req.header('origin');
    // A browser always names the page's origin on a POST; "null" is a page hiding it (a relay on another site).
    if (c.req.method === 'POST' && origin !== undefined && !allowed(origin)) return c.json({ message: 'Trang gửi biểu mẫu không thuộc cổng thông tin của tỉnh.' }, 403);
    return next();
  });

  function clientAddress(c: Context): string {
    const peer = getConnInfo(c).remote.address ?? 'unknown';
    if (!trustProxy.has(peer)) return peer;
    // The nearest address the trusted proxies did not add themselves.
    const chain = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (let i = chain.length - 1; i >= 0; i -= 1) if (!trustProxy.has(chain[i]!)) return chain[i]!;
    return peer;
  }

  /** The budgets of one reader (address, and without the proof of work), or of a portal and the whole service. */
  function limited(c: Context, action: Action, scope: { address: true; proven: boolean } | { portal: string }): string | null {
    const budget = LIMITS[action];
    const checks: Array<[string, Limit, string]> = [];
    if ('address' in scope) {
      const address = addressKey(clientAddress(c));
      checks.push([`${action} ${address}`, budget.address, 'Bạn đã gửi nhiều lần trong thời gian ngắn.']);
      if (!scope.proven && budget.unproven) checks.push([`${action} unproven ${address}`, budget.unproven, 'Bạn đã gửi nhiều lần trong thời gian ngắn.']);
    } else {
      if (budget.portal) checks.push([`${action} portal ${scope.portal}`, budget.portal, 'Cổng thông tin đang nhận quá nhiều ý kiến cùng lúc.']);
      if (budget.service) checks.push([`${action} service`, budget.service, 'Hệ thống đang nhận quá nhiều ý kiến cùng lúc.']);
    }
    for (const [key, limit, reason] of checks) {
      const verdict = limiter.take(key, limit);
      if (!verdict.ok) {
        c.header('retry-after', String(verdict.retryAfterS));
        return `${reason} Vui lòng thử lại sau ${minutes(verdict.retryAfterS)}; nội dung bạn nhập vẫn được giữ trên trang.`;
      }
    }
    return null;
  }

  async function readInput(c: Context): Promise<{ input: Input; html: boolean } | null> {
    const type = c.req.header('content-type') ?? '';
    if (type.startsWith('application/json')) {
      const body = (await c.req.json().catch(() => null)) as unknown;
      if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
      const input: Input = {};
      for (const [key, value] of Object.entries(body)) if (['string', 'boolean', 'number'].includes(typeof value) || value === null) input[key] = value as Input[string];
      return { input, html: false };
    }
    if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
      const body = await c.req.parseBody().catch(() => null);
      if (!body) return null;
      const input: Input = {};
      for (const [key, value] of Object.entries(body)) if (typeof value === 'string') input[key] = value;
      return { input, html: true };
    }
    return null;
  }

  interface Receipt {
    status: 200 | 201 | 202;
    json: Record<string, unknown>;
    lines: string[];
    code?: string;
  }

  /** Where the portal's own pages are: for links back, and the no-JS pages' forms. */
  function portalPages(portal: IntakePortal) {
    return { origin: portals.origin(portal.code) ?? '', name: portal.name };
  }

  async function submit(
    c: Context,
    kind: SubmissionKind,
    portal: IntakePortal,
    action: string,
    prepare: (input: Input) => { errors: FieldErrors } | { id: string; payload: Record<string, unknown>; fold: string; code?: string },
  ) {
    const read = await readInput(c);
    if (!read) return c.json({ message: 'Không đọc được dữ liệu gửi lên (cần biểu mẫu hoặc JSON).' }, 415);
    const { input, html } = read;
    const pages = portalPages(portal);
    const values = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === null ? '' : String(v)]));
    const refuse = (status: 400 | 403 | 404 | 409 | 429 | 503, errors: FieldErrors, message: string) =>
      html
        ? c.html(formPage({ portalName: pages.name, origin: pages.origin, heading: HEADINGS[kind], action, fields: FORM_FIELDS[kind], values, errors, notice: message }), status)
        : c.json({ message, errors }, status);
    const receipt = (answer: Receipt) =>
      html
        ? c.html(
            receiptPage({
              portalName: pages.name,
              origin: pages.origin,
              heading: kind === 'feedback' ? 'Cảm ơn bạn đã góp ý' : 'Đã nhận',
              lines: answer.lines,
              ...(answer.code ? { code: answer.code, lookup: `${pages.origin}${kindPath('questions')}tra-cuu/?ma=${answer.code}` } : {}),
            }),
            answer.status,
          )
        : c.json(answer.json, answer.status);

    // Anything in the field people never see: a robot. It is told what a person would be told, and nothing is kept.
    if (typeof input[HONEYPOT] === 'string' && input[HONEYPOT] !== '') {
      log(`honeypot filled on a ${kind} for ${portal.code}: dropped`);
      const code = kind === 'question' ? trackingCode() : undefined;
      return receipt({ status: 201, json: { received: true, ...(code ? { code } : {}) }, lines: ['Nội dung của bạn đã được gửi.'], ...(code ? { code } : {}) });
    }
    // The reader's own budget first (a proof is checked only within it), then the form, then the portal's and
    // the service's budgets: what a flood of invalid or repeated posts uses up is the sender's budget, not the portal's.
    const solution = typeof input[CHALLENGE_FIELD] === 'string' ? input[CHALLENGE_FIELD] : '';
    const claimed = solution !== '';
    const mine = limited(c, kind, { address: true, proven: claimed });
    if (mine) return refuse(429, {}, mine);
    if (claimed && !(await challenges.verify(solution))) return refuse(400, { [CHALLENGE_FIELD]: 'Bước xác minh chống thư rác đã hết hạn. Vui lòng bấm Gửi lại.' }, 'Chưa gửi được');
    const prepared = prepare(input);
    if ('errors' in prepared) return refuse(400, prepared.errors, 'Cần sửa trước khi gửi');

    const now = Date.now();
    // Receipts are remembered in arrival order: the expired ones are at the front.
    for (const [key, seen] of recent) {
      if (now - seen.at <= DUPLICATE_WINDOW_MS && recent.size < DUPLICATE_MEMORY) break;
      recent.delete(key);
    }
    // The same reader sending the same thing again; another reader's identical text is their own submission.
    const fold = createHash('sha256').update(JSON.stringify([kind, portal.code, addressKey(clientAddress(c)), prepared.fold])).digest('hex');
    const earlier = recent.get(fold);
    if (earlier) return receipt({ ...earlier.answer, status: 200, json: { ...earlier.answer.json, duplicate: true } });
    const busy = limited(c, kind, { portal: portal.code });
    if (busy) return refuse(429, {}, busy);

    // On disk before anything is promised, and held from the forwarder before it can be seen there: this request hands it over.
    const name = await spool.put({ kind, id: prepared.id, payload: prepared.payload }, (named) => holds.set(named, Number.POSITIVE_INFINITY));
    let handover;
    try {
      handover = await cms.hand(kind, prepared.payload, handoverMs);
    } finally {
      // Unanswered in time, the CMS may still be storing it: the forwarder leaves it alone a while, so it is never sent twice at once.
      if (handover?.timedOut) holds.set(name, Date.now() + SLOW_HOLD_MS);
      else holds.delete(name);
    }
    if (handover.outcome === 'refused') {
      await spool.done(name);
      const field = handover.field ?? 'form';
      return refuse(handover.status === 404 ? 404 : handover.status === 409 ? 409 : 400, { [field]: handover.message ?? 'Không tiếp nhận được.' }, handover.message ?? 'Không tiếp nhận được.');
    }
    if (handover.outcome === 'stored') await spool.done(name);
    else if (!holds.has(name)) forwarder.kick();
    const queued = handover.outcome !== 'stored';
    const lines =
      kind === 'question'
        ? ['Câu hỏi của bạn đã được tiếp nhận. Hãy ghi lại mã tra cứu để xem tình trạng trả lời.', 'Khi có trả lời, chúng tôi báo cho bạn qua thư điện tử (nếu bạn đã nhập).']
        : kind === 'comment'
          ? ['Góp ý của bạn đã được tiếp nhận và sẽ được cơ quan soạn thảo xem xét, tổng hợp.']
          : ['Ý kiến của bạn giúp chúng tôi hoàn thiện thông tin trên cổng.'];
    const answer: Receipt = {
      status: queued ? 202 : 201,
      json: { received: true, id: prepared.id, ...(prepared.code ? { code: prepared.code } : {}), queued, message: lines[0] },
      lines,
      ...(prepared.code ? { code: prepared.code } : {}),
    };
    recent.set(fold, { at: now, answer });
    return receipt(answer);
  }

  const portalOf = (c: Context): IntakePortal | null => portals.get(c.req.param('portal') ?? '') ?? null;
  const unknownPortal = (c: Context) => c.json({ message: 'Không có cổng thông tin này.' }, 404);
  const stamp = () => new Date().toISOString();

  // Counted at most every few seconds: a flood of health checks does not list the spool each time.
  let health: { at: number; pending: number; refused: number } | null = null;
  app.get('/healthz', async (c) => {
    if (!health || Date.now() - health.at > 5_000) health = { at: Date.now(), pending: (await spool.pending()).length, refused: (await spool.refused()).length };
    return c.json({ ok: true, pending: health.pending, refused: health.refused });
  });

  app.get('/v1/challenge', async (c) => {
    const tooMany = limited(c, 'challenge', { address: true, proven: true });
    if (tooMany) return c.json({ message: tooMany }, 429);
    return c.json(await challenges.create());
  });

  app.post('/v1/:portal/questions', async (c) => {
    const portal = portalOf(c);
    if (!portal) return unknownPortal(c);
    return submit(c, 'question', portal, new URL(c.req.url).pathname, (input) => {
      const form = parseForm(questionFormSchema, input);
      if (!form.ok) return { errors: form.errors };
      const code = trackingCode();
      const at = stamp();
      const q = form.value;
      return {
        id: code,
        code,
        fold: JSON.stringify(q),
        payload: { portal: portal.code, trackingCode: code, field: q.field, title: q.title, question: q.question, askerName: q.name, askerEmail: q.email, askerPhone: q.phone, consentAt: at, askedAt: at },
      };
    });
  });

  app.post('/v1/:portal/consultations/:consultation/comments', async (c) => {
    const portal = portalOf(c);
    if (!portal) return unknownPortal(c);
    const consultation = c.req.param('consultation');
    if (!/^[a-z0-9]{10,40}$/.test(consultation)) return c.json({ message: 'Không tìm thấy dự thảo.' }, 404);
    return submit(c, 'comment', portal, new URL(c.req.url).pathname, (input) => {
      const form = parseForm(commentFormSchema, input);
      if (!form.ok) return { errors: form.errors };
      const id = randomUUID();
      const f = form.value;
      return {
        id,
        fold: JSON.stringify([consultation, f]),
        payload: { submissionId: id, portal: portal.code, consultation, body: f.body, section: f.section, authorName: f.name, authorEmail: f.email, organisation: f.organisation, receivedAt: stamp() },
      };
    });
  });

  app.post('/v1/:portal/feedback', async (c) => {
    const portal = portalOf(c);
    if (!portal) return unknownPortal(c);
    return submit(c, 'feedback', portal, new URL(c.req.url).pathname, (input) => {
      const form = parseForm(feedbackFormSchema, input);
      if (!form.ok) return { errors: form.errors };
      const id = randomUUID();
      const f = form.value;
      // Each reader's click counts once an hour per page and answer; the comment, if any, makes it a different one.
      return { id, fold: JSON.stringify(f), payload: { submissionId: id, portal: portal.code, path: f.path, helpful: f.helpful, comment: f.comment, receivedAt: stamp() } };
    });
  });

  /** A tracking code looked up within the reader's budget: the CMS's answer, 'waiting' while it is still in the spool, or why not. */
  async function lookUp(c: Context, typed: string): Promise<{ found: QuestionStatus | 'waiting'; code: string } | { problem: string; status: 400 | 404 | 429 | 503 }> {
    const tooMany = limited(c, 'lookup', { address: true, proven: true });
    if (tooMany) return { problem: tooMany, status: 429 };
    const code = trackingCodeSchema.safeParse(typed);
    if (!code.success) return { problem: 'Mã tra cứu gồm 10 chữ và số, ví dụ: K7M2QX9PTA.', status: 400 };
    try {
      const status = await cms.status(code.data).catch(() => undefined);
      if (status) return { found: status, code: code.data };
      // Still in the spool (the CMS was away): received, not yet handed over.
      if ((await spool.pending()).some((name) => name.endsWith(`-question-${code.data}.json`))) return { found: 'waiting', code: code.data };
      if (status === null) return { problem: 'Không tìm thấy câu hỏi có mã này. Kiểm tra lại mã tra cứu.', status: 404 };
    } catch {
      // The spool could not be read: as unanswerable as the CMS being away.
    }
    return { problem: 'Chưa tra cứu được lúc này. Vui lòng thử lại sau ít phút.', status: 503 };
  }

  app.get('/v1/questions/:code', async (c) => {
    const looked = await lookUp(c, (c.req.param('code') ?? '').toUpperCase());
    if ('problem' in looked) return c.json({ message: looked.problem }, looked.status);
    if (looked.found === 'waiting') return c.json({ trackingCode: looked.code, progress: 'received', path: null, askedAt: null, answeredAt: null });
    return c.json(looked.found);
  });

  // The lookup form without JavaScript: a GET from the portal's /hoi-dap/tra-cuu/ page.
  app.get('/v1/:portal/tra-cuu', async (c) => {
    const portal = portalOf(c);
    if (!portal) return unknownPortal(c);
    const pages = portalPages(portal);
    const typed = (c.req.query('ma') ?? '').trim().toUpperCase();
    const show = (status: 200 | 400 | 404 | 429 | 503, progress: string | null, answerUrl: string | null, problem: string | null) =>
      c.html(statusPage({ portalName: pages.name, origin: pages.origin, code: typed.slice(0, 20), progress, answerUrl, problem }), status);
    const looked = await lookUp(c, typed);
    if ('problem' in looked) return show(looked.status, null, null, looked.problem);
    if (looked.found === 'waiting') return show(200, 'received', null, null);
    const found = looked.found;
    const origin = portals.origin(found.portal) ?? pages.origin;
    return show(200, found.progress, found.path ? `${origin}${found.path}` : null, null);
  });

  return app;
}
