/**
 * The asker is told by e-mail when their question is answered (issue 13):
 * once the answer is the agency's, that is when an approver publishes the
 * question answered or saves it answered (an answer the agency sends without
 * publishing the question). An editor's save is a draft for review, and an
 * approver sending a draft back tells the asker nothing. Plain text in Vietnamese,
 * through Strapi's e-mail plugin (nodemailer, config/plugins.ts). Sent once
 * the write is committed and never in its way: a failed send is logged and
 * tried again at the next publish; `notifiedAt` records that it went.
 */
import type { Core } from '@strapi/strapi';
import { loadEnv } from '@qn/config';
import { blocksToText, kindPath, type BlockNode } from '@qn/content';
import { portalOrigin } from '@qn/portal-model';
import { canPublish, currentAccess } from '../access/users';
import { withoutScope } from '../access/unscoped';

const QUESTION = 'api::question.question';
type Row = Record<string, unknown>;

interface EmailService {
  send(options: { to: string; subject: string; text: string; from?: string; replyTo?: string }): Promise<unknown>;
}

/** Does this write make the answer the agency's? Decided before the write (notify() checks that it is answered). */
async function answersNow(strapi: Core.Strapi, action: string, data: Row): Promise<boolean> {
  if (action === 'publish') return true;
  if (!canPublish(await currentAccess(strapi))) return false;
  // The admin's publish button saves the draft first: the e-mail waits for the publish, which gives the answer's address.
  const path = (strapi.requestContext.get() as { request?: { path?: string } } | undefined)?.request?.path ?? '';
  // Sending a draft back is the opposite of approving its answer.
  return !path.endsWith('/actions/publish') && data.reviewState !== 'changes_requested';
}

export function registerAnswerNotice(strapi: Core.Strapi): void {
  const template = loadEnv().sites.urlTemplate;
  strapi.documents.use(async (context, next) => {
    if (context.uid !== QUESTION || (context.action !== 'publish' && context.action !== 'update')) return next();
    const { documentId, data } = context.params as { documentId?: string; data?: Row };
    const wanted = documentId !== undefined && (await answersNow(strapi, context.action, data ?? {}));
    const result = await next();
    if (!wanted) return result;
    // After the commit of the transaction this write may be part of (the admin's publish and bulk publish run in
    // one): a batch rolled back e-mails no one.
    await strapi.db.transaction(async ({ onCommit }) => {
      onCommit(() => {
        void notify(strapi, template, documentId).catch((error: unknown) => strapi.log.warn(`Could not e-mail the answer to question ${documentId}: ${String(error)}`));
      });
    });
    return result;
  });
}

async function notify(strapi: Core.Strapi, template: string, documentId: string): Promise<void> {
  const rows = (await withoutScope(strapi, () =>
    strapi.db.query(QUESTION).findMany({ where: { documentId }, populate: { portal: { select: ['code', 'domain', 'name'] } } }),
  )) as Row[];
  const draft = rows.find((r) => r.publishedAt === null);
  const published = rows.find((r) => r.publishedAt !== null);
  if (!draft || draft.progress !== 'answered' || !draft.askerEmail || draft.notifiedAt) return;
  const answer = blocksToText((draft.body ?? null) as BlockNode[] | null).trim();
  if (!answer) return;
  const portal = draft.portal as { code: string; domain: string; name: string } | null;
  if (!portal) return;
  const origin = portalOrigin(template, portal);
  const code = String(draft.trackingCode ?? '');
  const lines = [
    `Kính gửi ${String(draft.askerName ?? 'bạn')},`,
    '',
    `${String(draft.answeredBy ?? portal.name)} trả lời câu hỏi bạn gửi tới ${portal.name}:`,
    '',
    `Câu hỏi: ${String(draft.title)}`,
    String(draft.question),
    '',
    'Trả lời:',
    answer,
    '',
    ...(published?.slug ? [`Câu hỏi và trả lời được công bố tại: ${origin}${kindPath('questions')}${String(published.slug)}/`] : []),
    ...(code ? [`Mã tra cứu: ${code} (${origin}${kindPath('questions')}tra-cuu/?ma=${code})`] : []),
    '',
    'Thư này được gửi tự động; vui lòng không trả lời thư này.',
  ];
  // Claimed before it is sent, so two saves in quick succession send one e-mail; given back if the send fails.
  const claimed = (await strapi.db.query(QUESTION).updateMany({ where: { documentId, notifiedAt: null }, data: { notifiedAt: new Date().toISOString() } })) as { count: number };
  if (claimed.count === 0) return;
  try {
    await (strapi.plugin('email').service('email') as unknown as EmailService).send({
      to: String(draft.askerEmail),
      subject: `Trả lời câu hỏi của bạn – ${portal.name}`,
      text: lines.join('\n'),
    });
  } catch (error) {
    await strapi.db.query(QUESTION).updateMany({ where: { documentId }, data: { notifiedAt: null } });
    throw error;
  }
}
