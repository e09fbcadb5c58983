import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { normaliseRelation, type FieldProblem } from '@qn/content';
import { deny } from '../rules/errors';
import { attributesOf, documentState, draftRow, linkChanges, type DocumentState } from './document-state';
import { linkProblems } from './link-rules';
import { portalDocumentIds } from './portal-refs';
import { MODERATED, REQUESTS, SCOPED, SUBMISSIONS } from './scoped-types';
import { withoutScope } from './unscoped';
import { canPublish, canWrite, currentAccess, type Access } from './users';

const TAG = 'api::tag.tag';
const PORTAL = 'api::portal.portal';
const QUESTION = 'api::question.question';
/** Every document-service action that changes stored data. */
export const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
/** Fields of a request the target portal's approver decides; nothing else of it may change. */
const REQUEST_DECISION = new Set(['state', 'decidedBy', 'decidedAt', 'updatedAt', 'publishedAt']);
type Uid = Parameters<Core.Strapi['documents']>[0];
type Params = { documentId?: string };

const forbid: (message: string, problems?: FieldProblem[]) => never = deny;

/**
 * Every write by a portal user is judged on what it leaves in the database,
 * not on how the request spelled it: the write runs in a transaction, the
 * document is read back as stored (every row, every link, through its
 * components), and the transaction is rolled back unless the result is
 * within the user's portals. Checks on the request itself come first only to
 * answer early with a clear message. Content API callers never write.
 */
export function registerWriteGuard(strapi: Core.Strapi): void {
  registerCreatedRows(strapi);
  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const access = await currentAccess(strapi);
    if (access.kind === 'system' || access.all) return next();
    if (access.kind === 'public') forbid('Giao diện lập trình công khai chỉ cho phép đọc nội dung đã xuất bản.');
    if (access.kind === 'intake') {
      checkIntakeWrite(context.uid, context.action, context.params as IntakeParams);
      return next();
    }
    const params = context.params as Params;
    const uid = context.uid;
    // create ignores a documentId; every other action names the document it acts on (clone: the source).
    const source = context.action === 'create' ? undefined : params.documentId;
    await precheck(strapi, access, uid, context.action, source);
    if (SCOPED.includes(uid)) await precheckPortal(strapi, access, (context.params as { data?: Record<string, unknown> }).data?.portal);
    return strapi.db.transaction(async () => {
      // A clone is a new document: every link it carries is judged as added, copied from its source or not.
      const before = source && context.action !== 'clone' ? await withoutScope(strapi, () => documentState(strapi, uid, source)) : null;
      const holdersBefore = await withoutScope(strapi, () => portalHolders(strapi, uid, access.portals));
      const { result, created } = await collectingCreated(async () => await next());
      const written = new Set([...(source ? [source] : []), ...created.map((c) => c.documentId)]);
      const lost = await withoutScope(strapi, () => lostPortalLinks(strapi, uid, access.portals, holdersBefore, written));
      if (lost.length > 0) forbid(lost.map((p) => p.message).join(' '), lost);
      if (context.action === 'delete') return result;
      // What a create made is read from the database, not from Strapi's answer: Strapi answers null when the caller cannot read it back.
      const refs = context.action === 'create' || context.action === 'clone' ? created.filter((c) => c.uid === uid).map((c) => c.documentId) : [source!];
      for (const ref of new Set(refs)) {
        const after = await withoutScope(strapi, () => documentState(strapi, uid, ref));
        if (before) keepsWhatTheReaderSent(uid, before, after);
        const problems = await withoutScope(strapi, () => judge(strapi, access, uid, context.action, before, after));
        if (problems.length > 0) forbid(problems.map((p) => p.message).join(' '), problems);
      }
      return result;
    });
  });
}

/** What readers send, the only types the intake creates, and the only fields it may set (cms/src/intake). */
const INTAKE_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  [QUESTION]: new Set(['title', 'field', 'question', 'askedAt', 'progress', 'askerName', 'askerEmail', 'askerPhone', 'consentAt', 'trackingCode', 'portal', 'slug']),
  'api::consultation-comment.consultation-comment': new Set(['consultation', 'portal', 'body', 'section', 'authorName', 'authorEmail', 'organisation', 'moderation', 'receivedAt', 'submissionId']),
  'api::page-feedback.page-feedback': new Set(['portal', 'path', 'helpful', 'comment', 'receivedAt', 'submissionId']),
};
/** What the intake sets as it creates: a question that has only been received, a comment not yet considered. */
const INTAKE_START: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { [QUESTION]: { progress: 'received' }, 'api::consultation-comment.consultation-comment': { moderation: 'pending' } };
type IntakeParams = { status?: string; data?: Record<string, unknown> };

/**
 * The public service's token creates readers' submissions as drafts, and
 * nothing else: no update, no publish, no other type. What it creates is
 * checked by the intake controller (cms/src/intake) before it gets here.
 */
function checkIntakeWrite(uid: string, action: string, params: IntakeParams): void {
  const fields = INTAKE_FIELDS[uid];
  const data = params.data ?? {};
  const start = INTAKE_START[uid] ?? {};
  if (
    action !== 'create' ||
    !fields ||
    params.status === 'published' ||
    Object.keys(data).some((key) => !fields.has(key)) ||
    Object.entries(start).some(([key, value]) => data[key] !== undefined && data[key] !== value)
  ) {
    forbid('Dịch vụ công khai chỉ được gửi câu hỏi, góp ý dự thảo và ý kiến về trang.');
  }
}

/**
 * What the reader sent, per type: it stays as sent. On comments and feedback the portal's people only add
 * their decision; on a question they may edit the title and the question for publication and write the
 * answer, but who asked, how to reach them, their consent, the tracking code and when they were e-mailed
 * are the asker's and the system's.
 */
const SENT: Readonly<Record<string, readonly string[]>> = {
  'api::consultation-comment.consultation-comment': ['body', 'section', 'authorName', 'authorEmail', 'organisation', 'receivedAt', 'submissionId'],
  'api::page-feedback.page-feedback': ['path', 'helpful', 'comment', 'receivedAt', 'submissionId'],
  [QUESTION]: ['askerName', 'askerEmail', 'askerPhone', 'consentAt', 'askedAt', 'trackingCode', 'notifiedAt'],
};

function keepsWhatTheReaderSent(uid: string, before: DocumentState, after: DocumentState): void {
  const fields = SENT[uid];
  if (!fields) return;
  // Every row left (the draft, a published version) carries what some row carried before: publishing,
  // unpublishing and discarding move versions around, no write changes what was sent.
  const sent = (row: Record<string, unknown>) => JSON.stringify(fields.map((field) => row[field] ?? null));
  const sentBefore = new Set(before.rows.map(sent));
  const links = (state: DocumentState) => [...state.links.keys()].toSorted().join('\n');
  if (uid === QUESTION) {
    if (!after.rows.every((row) => sentBefore.has(sent(row)))) {
      forbid('Không được sửa thông tin người hỏi, mã tra cứu hay thời điểm đã báo trả lời: chỉ sửa tiêu đề, nội dung câu hỏi để công bố và viết trả lời.');
    }
  } else if (after.rows.length !== before.rows.length || !after.rows.every((row) => sentBefore.has(sent(row))) || links(before) !== links(after)) {
    forbid('Không được sửa nội dung người dân đã gửi: chỉ ghi kết quả xem xét (trường "moderation") và giải trình (trường "response").');
  }
}

async function precheck(strapi: Core.Strapi, access: Access, uid: string, action: string, documentId: string | undefined): Promise<void> {
  if (!canWrite(access)) forbid('Tài khoản chỉ có quyền xem, không được thay đổi nội dung.');
  if (SUBMISSIONS.includes(uid) && (action !== 'update' || !MODERATED.includes(uid))) {
    forbid('Góp ý và ý kiến của người dân chỉ được xem và ghi kết quả xem xét: không được tạo, xóa hay sửa nội dung đã gửi.');
  }
  // Questions come from readers, through the public service: a copy or a made-up one would carry an asker who never asked.
  if (uid === QUESTION && (action === 'create' || action === 'clone')) {
    forbid('Câu hỏi do người dân gửi qua cổng thông tin: không tạo hay nhân bản câu hỏi trong trang quản trị.');
  }
  if (uid === TAG && action === 'create') return;
  if (uid === REQUESTS) {
    if (action !== 'update' || !canPublish(access)) forbid('Yêu cầu đăng bài do hệ thống tạo; chỉ người duyệt của cổng nhận mới quyết định.');
  } else if (!SCOPED.includes(uid)) forbid('Chỉ quản trị cấp tỉnh được thay đổi loại nội dung này.');
  if ((action === 'publish' || action === 'unpublish') && !canPublish(access)) {
    forbid('Biên tập viên không được xuất bản hay gỡ xuất bản: gửi bài để người duyệt của cổng xuất bản (trường "reviewState": "submitted").');
  }
  if (!documentId) {
    if (action !== 'create') forbid('Thiếu mã tài liệu.');
    return;
  }
  const owners = await withoutScope(strapi, () => storedOwners(strapi, uid as Uid, documentId));
  if (owners.length === 0 || owners.some((p) => p === null || !access.portals.has(p))) {
    forbid('Nội dung này thuộc cổng thông tin không được phân công cho bạn.');
  }
}

/**
 * The portal a write names, read the way Strapi reads it, is checked before
 * the write as well, for a clear answer: Strapi itself fails with an
 * internal error when a create or clone leaves a row its caller cannot read.
 */
async function precheckPortal(strapi: Core.Strapi, access: Access, value: unknown): Promise<void> {
  const input = normaliseRelation(value);
  if (input.kind === 'absent') return;
  if (input.kind === 'invalid') forbid('Không đọc được cổng thông tin đã chọn (trường "portal").');
  const named = input.kind === 'set' ? input.refs : input.connect;
  if (named.length === 0 && (input.kind === 'set' || input.disconnect.length > 0)) forbid('Chọn một cổng thông tin được phân công cho bạn (trường "portal").');
  for (const documentId of await portalDocumentIds(strapi, named)) {
    if (!documentId || !access.portals.has(documentId)) forbid('Không được đưa nội dung vào cổng thông tin không được phân công cho bạn (trường "portal").');
  }
}

/** The portal of every stored row of a document (a request's target portal). */
async function storedOwners(strapi: Core.Strapi, uid: Uid, documentId: string): Promise<Array<string | null>> {
  const rows = (await strapi.db.query(uid).findMany({ where: { documentId }, populate: { portal: { select: ['documentId'] } } })) as Array<{
    portal?: { documentId: string } | null;
  }>;
  return rows.map((r) => r.portal?.documentId ?? null);
}

/** Actions that copy links between a document's own versions: each link was judged when the draft got it. */
const COPYING = new Set(['publish', 'unpublish', 'discardDraft']);

async function judge(strapi: Core.Strapi, access: Access, uid: string, action: string, before: DocumentState | null, after: DocumentState): Promise<FieldProblem[]> {
  if (uid === TAG) return [];
  if (uid === REQUESTS) return requestProblems(before, after);
  const problems = ownerProblems(access, after);
  if (!COPYING.has(action)) problems.push(...(await linkProblems(strapi, access, uid, linkChanges(before, after))));
  return problems;
}

interface Holder {
  field: string;
  documentId: string;
  portal: string;
  label: string;
}

/** Documents of `uid` holding a one-to-one link to one of these portals (an agency is its portal's only one). */
async function portalHolders(strapi: Core.Strapi, uid: string, portals: ReadonlySet<string>): Promise<Holder[]> {
  const holders: Holder[] = [];
  for (const [field, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.type !== 'relation' || attribute.relation !== 'oneToOne' || attribute.target !== PORTAL || portals.size === 0) continue;
    const rows = (await strapi.db.query(uid as Uid).findMany({
      where: { [field]: { documentId: { $in: [...portals] } } },
      populate: { [field]: { select: ['documentId'] } },
    })) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const portal = (row[field] as { documentId?: string } | null)?.documentId;
      if (portal) holders.push({ field, documentId: String(row.documentId), portal, label: String(row.name ?? row.title ?? row.documentId) });
    }
  }
  return holders;
}

/**
 * A one-to-one link taken by this write from another document (another
 * agency of the same portal) would silently unlink that document, published
 * version included: refused, with what to do instead.
 */
async function lostPortalLinks(strapi: Core.Strapi, uid: string, portals: ReadonlySet<string>, before: Holder[], written: Set<string>): Promise<FieldProblem[]> {
  if (before.length === 0) return [];
  const after = new Set((await portalHolders(strapi, uid, portals)).map((h) => `${h.field} ${h.documentId} ${h.portal}`));
  return before
    .filter((h) => !written.has(h.documentId) && !after.has(`${h.field} ${h.documentId} ${h.portal}`))
    .map((h) => ({
      field: h.field,
      message: `Cổng thông tin này đã gắn với "${h.label}"; mỗi cổng chỉ có một bản ghi loại này: sửa bản ghi đó, hoặc bỏ liên kết của nó trước (trường "${h.field}").`,
    }));
}

/** Every stored row (draft and published) belongs to one of the user's portals. */
function ownerProblems(access: Access, after: DocumentState): FieldProblem[] {
  const portals = after.rows.map((row) => (row.portal as { documentId?: string } | null | undefined)?.documentId ?? null);
  if (portals.some((p) => p === null)) return [{ field: 'portal', message: 'Chọn một cổng thông tin được phân công cho bạn (trường "portal").' }];
  if (portals.some((p) => !access.portals.has(p!))) {
    return [{ field: 'portal', message: 'Không được đưa nội dung vào cổng thông tin không được phân công cho bạn (trường "portal").' }];
  }
  return [];
}

/** An approver decides a request; the article, the portal and who asked stay as the platform recorded them. */
function requestProblems(before: DocumentState | null, after: DocumentState): FieldProblem[] {
  const was = draftRow(before) ?? {};
  const now = draftRow(after) ?? {};
  const changed = Object.keys({ ...was, ...now }).filter(
    (k) => !REQUEST_DECISION.has(k) && typeof now[k] !== 'object' && JSON.stringify(was[k]) !== JSON.stringify(now[k]),
  );
  const links = linkChanges(before, after);
  if (changed.length === 0 && links.added.length === 0 && links.removed.length === 0) return [];
  return [{ field: 'state', message: 'Chỉ được chấp nhận hoặc từ chối yêu cầu (trường "state"); các trường khác do hệ thống ghi.' }];
}

type Created = Array<{ uid: string; documentId: string }>;
/** The rows created by the guarded write running in this call chain. */
const createdRows = new AsyncLocalStorage<Created>();

/** Runs a write, noting every row it creates (the database tells, whatever the caller may read back). */
async function collectingCreated<T>(work: () => Promise<T>): Promise<{ result: T; created: Created }> {
  const created: Created = [];
  return { result: await createdRows.run(created, work), created };
}

/** Feeds collectingCreated: every row inserted while a guarded write runs. */
export function registerCreatedRows(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    // Strapi reads a new row back through the read scope (the caller may not see it) and fills documentId in
    // after this hook: the id is given here, with the generator Strapi itself would use.
    beforeCreate(event: { model: { uid: string }; params: { data?: Record<string, unknown> } }) {
      const bag = createdRows.getStore();
      const data = event.params.data;
      if (!bag || !data) return;
      if (data.documentId === undefined) {
        const generate = (strapi.db.metadata.get(event.model.uid as never) as { attributes?: { documentId?: { default?: unknown } } } | undefined)?.attributes?.documentId?.default;
        if (typeof generate === 'function') data.documentId = (generate as () => string)();
      }
      if (typeof data.documentId === 'string') bag.push({ uid: event.model.uid, documentId: data.documentId });
    },
  });
}
