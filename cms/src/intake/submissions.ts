/**
 * Readers' submissions as the public service hands them over (docs/adr/0015):
 * each is stored as a draft of its portal through the document service, so
 * the write guard, the audit log and the outbox see it like any other
 * write. Every handover names an id (a question's tracking code, a
 * comment's or feedback's submission id): the service resends until it is
 * acknowledged, and a resent one is answered as received, not stored twice.
 * Lookups here run past the read scope, which hides drafts from API
 * tokens; they answer only what the reader may know.
 */
import type { Core } from '@strapi/strapi';
import { kindPath, type IntakeComment, type IntakeFeedback, type IntakePortal, type IntakeQuestion, type QuestionStatus } from '@qn/content';
import { withoutScope } from '../access/unscoped';

const QUESTION = 'api::question.question';
const COMMENT = 'api::consultation-comment.consultation-comment';
const FEEDBACK = 'api::page-feedback.page-feedback';
const CONSULTATION = 'api::consultation.consultation';
const PORTAL = 'api::portal.portal';
type Uid = Parameters<Core.Strapi['documents']>[0];
type Row = Record<string, unknown>;

export interface Refusal {
  status: 404 | 409;
  field: string;
  message: string;
}
export type Received = { created: boolean; id: string } | { refused: Refusal };

const query = (strapi: Core.Strapi, uid: string) => strapi.db.query(uid as Uid);
const unscoped = <T>(strapi: Core.Strapi, work: () => Promise<T>) => withoutScope(strapi, work);
const connect = (documentId: string) => ({ connect: [{ documentId }] });

export async function activePortals(strapi: Core.Strapi): Promise<IntakePortal[]> {
  const rows = (await unscoped(strapi, () =>
    query(strapi, PORTAL).findMany({ where: { state: 'active' }, select: ['code', 'name', 'domain', 'language'], orderBy: { code: 'asc' } }),
  )) as IntakePortal[];
  return rows.map(({ code, name, domain, language }) => ({ code, name, domain, language }));
}

async function activePortal(strapi: Core.Strapi, code: string): Promise<string | null> {
  const row = (await unscoped(strapi, () => query(strapi, PORTAL).findOne({ where: { code, state: 'active' }, select: ['documentId'] }))) as Row | null;
  return row ? String(row.documentId) : null;
}

/**
 * One handover of an id at a time: a resend that arrives while the first is still being stored (the service
 * stopped waiting for it) waits for it and then finds it, instead of passing the check beside it. The CMS runs
 * as one process; the ids are random, so the map holds only what is in flight.
 */
const inFlight = new Map<string, Promise<unknown>>();
async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  while (inFlight.has(key)) await inFlight.get(key)!.catch(() => {});
  const running = work();
  inFlight.set(key, running);
  try {
    return await running;
  } finally {
    inFlight.delete(key);
  }
}

const noPortal = (code: string): Received => ({ refused: { status: 404, field: 'portal', message: `Không có cổng thông tin "${code}" đang hoạt động.` } });

async function exists(strapi: Core.Strapi, uid: string, where: Row): Promise<boolean> {
  return (await unscoped(strapi, () => query(strapi, uid).count({ where }))) > 0;
}

/** Creates a draft as the intake, reading it back past the scope (Strapi reads what it created, and API tokens see no drafts). */
async function createDraft(strapi: Core.Strapi, uid: string, data: Row): Promise<void> {
  await unscoped(strapi, () => strapi.documents(uid as Uid).create({ data, status: 'draft' } as never));
}

export const receiveQuestion = (strapi: Core.Strapi, q: IntakeQuestion): Promise<Received> => oneAtATime(`question:${q.trackingCode}`, () => storeQuestion(strapi, q));
async function storeQuestion(strapi: Core.Strapi, q: IntakeQuestion): Promise<Received> {
  if (await exists(strapi, QUESTION, { trackingCode: q.trackingCode })) return { created: false, id: q.trackingCode };
  const portal = await activePortal(strapi, q.portal);
  if (!portal) return noPortal(q.portal);
  await createDraft(strapi, QUESTION, {
    title: q.title,
    field: q.field,
    question: q.question,
    askedAt: q.askedAt,
    progress: 'received',
    askerName: q.askerName,
    askerEmail: q.askerEmail,
    askerPhone: q.askerPhone,
    consentAt: q.consentAt,
    trackingCode: q.trackingCode,
    portal: connect(portal),
  });
  return { created: true, id: q.trackingCode };
}

/** What the asker may know of their question: its progress and, once published, where the answer is. Nothing personal. */
export async function questionStatus(strapi: Core.Strapi, trackingCode: string): Promise<QuestionStatus | null> {
  const rows = (await unscoped(strapi, () =>
    query(strapi, QUESTION).findMany({
      where: { trackingCode },
      select: ['progress', 'slug', 'askedAt', 'answeredAt', 'publishedAt'],
      populate: { portal: { select: ['code'] } },
    }),
  )) as Row[];
  const draft = rows.find((r) => r.publishedAt === null);
  const published = rows.find((r) => r.publishedAt !== null);
  const row = draft ?? published;
  if (!row) return null;
  const iso = (value: unknown) => (value ? new Date(String(value)).toISOString() : null);
  return {
    trackingCode,
    portal: String((row.portal as Row | null)?.code ?? ''),
    progress: row.progress as QuestionStatus['progress'],
    path: published?.slug ? `${kindPath('questions')}${String(published.slug)}/` : null,
    askedAt: iso(row.askedAt),
    answeredAt: iso(row.answeredAt),
  };
}

/** Vietnam's time, as the consultation's dates are announced: "17:00 ngày 15/11/2026". */
function viMoment(iso: string): string {
  const parts = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hour12: false })
    .formatToParts(new Date(iso))
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

/** How long the service's spool may have held a comment (the CMS away) and still have it judged by when it was sent. */
const HELD_AT_MOST_MS = 30 * 86_400_000;

/**
 * When a comment counts as sent: the moment the public service took it, which may be before the CMS was
 * reachable, so a comment sent before the closing time is not refused for the CMS's absence. Never later than
 * now, and never earlier than the spool could have held it.
 */
function sentAt(receivedAt: string, now: Date): string {
  const taken = Date.parse(receivedAt);
  const at = Number.isFinite(taken) && taken <= now.getTime() && now.getTime() - taken <= HELD_AT_MOST_MS ? taken : now.getTime();
  return new Date(at).toISOString();
}

export const receiveComment = (strapi: Core.Strapi, c: IntakeComment, now: Date = new Date()): Promise<Received> =>
  oneAtATime(`comment:${c.submissionId}`, () => storeComment(strapi, c, now));
async function storeComment(strapi: Core.Strapi, c: IntakeComment, now: Date): Promise<Received> {
  if (await exists(strapi, COMMENT, { submissionId: c.submissionId })) return { created: false, id: c.submissionId };
  const portal = await activePortal(strapi, c.portal);
  if (!portal) return noPortal(c.portal);
  // Only a published draft of this portal takes comments: the reader saw it on the portal's site.
  const consultation = (await unscoped(strapi, () =>
    query(strapi, CONSULTATION).findOne({
      where: { documentId: c.consultation, publishedAt: { $notNull: true }, portal: { documentId: portal } },
      select: ['documentId', 'opensAt', 'closesAt'],
    }),
  )) as Row | null;
  if (!consultation) return { refused: { status: 404, field: 'consultation', message: 'Không tìm thấy dự thảo đang lấy ý kiến trên cổng này.' } };
  const opens = new Date(String(consultation.opensAt)).toISOString();
  const closes = new Date(String(consultation.closesAt)).toISOString();
  const at = sentAt(c.receivedAt, now);
  if (at < opens) {
    return { refused: { status: 409, field: 'consultation', message: `Dự thảo này chưa mở lấy ý kiến: nhận góp ý từ ${viMoment(opens)}.` } };
  }
  if (at >= closes) {
    return { refused: { status: 409, field: 'consultation', message: `Đã hết thời gian lấy ý kiến dự thảo này (hạn cuối ${viMoment(closes)}): góp ý không còn được tiếp nhận.` } };
  }
  await createDraft(strapi, COMMENT, {
    consultation: connect(c.consultation),
    portal: connect(portal),
    body: c.body,
    section: c.section,
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    organisation: c.organisation,
    moderation: 'pending',
    receivedAt: c.receivedAt,
    submissionId: c.submissionId,
  });
  return { created: true, id: c.submissionId };
}

export const receiveFeedback = (strapi: Core.Strapi, f: IntakeFeedback): Promise<Received> => oneAtATime(`feedback:${f.submissionId}`, () => storeFeedback(strapi, f));
async function storeFeedback(strapi: Core.Strapi, f: IntakeFeedback): Promise<Received> {
  if (await exists(strapi, FEEDBACK, { submissionId: f.submissionId })) return { created: false, id: f.submissionId };
  const portal = await activePortal(strapi, f.portal);
  if (!portal) return noPortal(f.portal);
  await createDraft(strapi, FEEDBACK, {
    portal: connect(portal),
    path: f.path,
    helpful: f.helpful,
    comment: f.comment,
    receivedAt: f.receivedAt,
    submissionId: f.submissionId,
  });
  return { created: true, id: f.submissionId };
}
