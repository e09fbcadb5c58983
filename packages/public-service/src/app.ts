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
import { FORM_FIELDS, formPage, receiptPage } from './html.ts';
import { addressKey, LIMITS, type Action, type RateLimiter } from './limits.ts';
import type { PortalDirectory } from './portals.ts';
import type { Spool, SubmissionKind } from './spool.ts';

export interface ServiceDeps {
  cms: IntakeClient;
  portals: PortalDirectory;
  spool: Spool;
  forwarder: Forwarder;
  challenges: Challenges;
  limiter: RateLimiter;
  /** Spool entries being handed over by a request now (the forwarder leaves them alone). */
  inFlight: Set<string>;
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
  const { cms, portals, spool, forwarder, challenges, limiter, inFlight, trustProxy, handoverMs = 3_000, log = () => {} } = deps;
  const recent = new Map<string, { at: number; answer: Receipt }>();
  const app = new Hono();

  app.onError((error, c) => {
    log(`request failed: ${error.stack ?? error.message}`);
    return c.json({ message: 'Có lỗi khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.' }, 500);
  });
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', 'no-store');
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
  });
  app.use(
    '/v1/*',
    cors({ origin: (origin) => (portals.allows(origin) ? origin : null), allowMethods: ['GET', 'POST'], allowHeaders: ['content-type'], maxAge: 600 }),
  );
  app.use('/v1/*', bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => c.json({ message: `Nội dung gửi lên quá lớn (tối đa ${BODY_LIMIT / 1024} KB).` }, 413) }));
  // Forms are posted from the portals' own pages: another site may not relay readers' posts here.
  app.use('/v1/*', async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method === 'POST' && origin && origin !== 'null' && !portals.allows(origin)) return c.json({ message: 'Trang gửi biểu mẫu không thuộc cổng thông tin của tỉnh.' }, 403);
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

  function limited(c: Context, action: Action, portal: string | null, proven: boolean): string | null {
    const budget = LIMITS[action];
    const address = addressKey(clientAddress(c));
    const checks: Array<[string, typeof budget.address, string]> = [[`${action} ${address}`, budget.address, 'Bạn đã gửi nhiều lần trong thời gian ngắn.']];
    if (!proven && budget.unproven) checks.push([`${action} unproven ${address}`, budget.unproven, 'Bạn đã gửi nhiều lần trong thời gian ngắn.']);
    if (portal && budget.portal) checks.push([`${action} portal ${portal}`, budget.portal, 'Cổng thông tin đang nhận quá nhiều ý kiến cùng lúc.']);
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
    const solution = typeof input[CHALLENGE_FIELD] === 'string' ? input[CHALLENGE_FIELD] : '';
    const proven = solution !== '' && (await challenges.verify(solution));
    if (solution !== '' && !proven) return refuse(400, { [CHALLENGE_FIELD]: 'Bước xác minh chống thư rác đã hết hạn. Vui lòng bấm Gửi lại.' }, 'Chưa gửi được');
    const tooMany = limited(c, kind, portal.code, proven);
    if (tooMany) return refuse(429, {}, tooMany);
    const prepared = prepare(input);
    if ('errors' in prepared) return refuse(400, prepared.errors, 'Cần sửa trước khi gửi');

    const now = Date.now();
    for (const [key, seen] of recent) if (now - seen.at > DUPLICATE_WINDOW_MS) recent.delete(key);
    const fold = createHash('sha256').update(`${kind}\n${portal.code}\n${prepared.fold}`).digest('hex');
    const earlier = recent.get(fold);
    if (earlier) return receipt({ ...earlier.answer, status: 200, json: { ...earlier.answer.json, duplicate: true } });

    // On disk before anything is promised.
    const name = await spool.put({ kind, id: prepared.id, payload: prepared.payload });
    inFlight.add(name);
    let handover;
    try {
      handover = await cms.hand(kind, prepared.payload, handoverMs);
    } finally {
      inFlight.delete(name);
    }
    if (handover.outcome === 'refused') {
      await spool.done(name);
      const field = handover.field ?? 'form';
      return refuse(handover.status === 404 ? 404 : handover.status === 409 ? 409 : 400, { [field]: handover.message ?? 'Không tiếp nhận được.' }, handover.message ?? 'Không tiếp nhận được.');
    }
    if (handover.outcome === 'stored') await spool.done(name);
    else forwarder.kick();
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

  app.get('/healthz', async (c) => c.json({ ok: true, pending: (await spool.pending()).length, refused: (await spool.refused()).length }));

  app.get('/v1/challenge', async (c) => {
    const tooMany = limited(c, 'challenge', null, true);
    if (tooMany) return c.json({ message: tooMany }, 429);
    return c.json(await challenges.create());
  });

  app.post('/v1/:portal/questions', async (c) => {
    const portal = portalOf(c);
    if (!portal) return unknownPortal(c);
    return submit(c, 'question', portal, c.req.url, (input) => {
      const form = parseForm(questionFormSchema, input);
      if (!form.ok) return { errors: form.errors };
      const code = trackingCode();
      const at = stamp();
      const q = form.value;
      return {
        id: code,
        code,
        fold: `${q.question}\n${q.email ?? ''}\n${q.phone ?? ''}`,
        payload: { portal: portal.code, trackingCode: code, field: q.field, title: q.title, question: q.question, askerName: q.name, askerEmail: q.email, askerPhone: q.phone, consentAt: at, askedAt: at },
      };
    });
  });

  app.post('/v1/:portal/consultations/:consultation/comments', async (c) => {
    const portal = portalOf(c);
    if (!portal) return unknownPortal(c);
    const consultation = c.req.param('consultation');
    if (!/^[a-z0-9]{10,40}$/.test(consultation)) return c.json({ message: 'Không tìm thấy dự thảo.' }, 404);
    return submit(c, 'comment', portal, c.req.url, (input) => {
      const form = parseForm(commentFormSchema, input);
      if (!form.ok) return { errors: form.errors };
      const id = randomUUID();
      const f = form.value;
      return {
        id,
        fold: `${consultation}\n${f.body}\n${f.email ?? ''}`,
        payload: { submissionId: id, portal: portal.code, consultation, body: f.body, section: f.section, authorName: f.name, authorEmail: f.email, organisation: f.organisation, receivedAt: stamp() },
      };
    });
  });

  app.post('/v1/:portal/feedback', async (c) => {
    const portal = portalOf(c);
    if (!portal) return unknownPortal(c);
    return submit(c, 'feedback', portal, c.req.url, (input) => {
      const form = parseForm(feedbackFormSchema, input);
      if (!form.ok) return { errors: form.errors };
      const id = randomUUID();
      const f = form.value;
      // Each reader's click counts once an hour per page and answer; the comment, if any, makes it a different one.
      return { id, fold: `${f.path}\n${f.helpful}\n${f.comment ?? ''}\n${addressKey(clientAddress(c))}`, payload: { submissionId: id, portal: portal.code, path: f.path, helpful: f.helpful, comment: f.comment, receivedAt: stamp() } };
    });
  });

  async function lookup(code: string): Promise<QuestionStatus | 'waiting' | null> {
    const status = await cms.status(code).catch(() => undefined);
    if (status) return status;
    // Still in the spool (the CMS was away): received, not yet handed over.
    if ((await spool.pending()).some((name) => name.endsWith(`-question-${code}.json`))) return 'waiting';
    if (status === undefined) throw new Error('the CMS cannot be asked now');
    return null;
  }

  app.get('/v1/questions/:code', async (c) => {
    const tooMany = limited(c, 'lookup', null, true);
    if (tooMany) return c.json({ message: tooMany }, 429);
    const code = trackingCodeSchema.safeParse((c.req.param('code') ?? '').toUpperCase());
    if (!code.success) return c.json({ message: 'Mã tra cứu gồm 10 chữ và số, ví dụ: K7M2QX9PTA.' }, 400);
    const found = await lookup(code.data).catch(() => undefined);
    if (found === undefined) return c.json({ message: 'Chưa tra cứu được lúc này. Vui lòng thử lại sau ít phút.' }, 503);
    if (found === null) return c.json({ message: 'Không tìm thấy câu hỏi có mã này. Kiểm tra lại mã tra cứu.' }, 404);
    if (found === 'waiting') return c.json({ trackingCode: code.data, progress: 'received', path: null, askedAt: null, answeredAt: null });
    return c.json(found);
  });

  return app;
}
