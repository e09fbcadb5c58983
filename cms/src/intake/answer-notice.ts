/**
 * The asker is told by e-mail when their question is answered (issue 13):
 * once the answer is approved, that is when an approver publishes the
 * question or saves it as answered (editors' answers go through review
 * first). Plain text in Vietnamese, through Strapi's e-mail plugin
 * (nodemailer, config/plugins.ts). Sent after the write is stored and
 * never in its way: a failed send is logged and tried again at the next
 * approved save; `notifiedAt` records that it went.
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

export function registerAnswerNotice(strapi: Core.Strapi): void {
  const template = loadEnv().sites.urlTemplate;
  strapi.documents.use(async (context, next) => {
    if (context.uid !== QUESTION || (context.action !== 'publish' && context.action !== 'update')) return next();
    const result = await next();
    const documentId = (context.params as { documentId?: string }).documentId;
    if (!documentId) return result;
    const access = await currentAccess(strapi);
    // An update by an editor is a draft answer for review; an approver's, or a publish, is the agency's answer.
    if (context.action === 'update' && !canPublish(access)) return result;
    // The admin's publish button saves the draft first: the e-mail waits for the publish, which gives the answer's address.
    const path = (strapi.requestContext.get() as { request?: { path?: string } } | undefined)?.request?.path ?? '';
    if (context.action === 'update' && path.endsWith('/actions/publish')) return result;
    void notify(strapi, template, documentId).catch((error: unknown) => strapi.log.warn(`Could not e-mail the answer to question ${documentId}: ${(error as Error).message}`));
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
