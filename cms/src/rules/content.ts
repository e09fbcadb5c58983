import type { Core } from '@strapi/strapi';
import { checkRecord, normaliseStrings, PORTAL_OWNED, SLUG_SOURCES, type FieldProblem } from '@qn/content';
import { slugify } from '@qn/portal-model';
import { refuse } from './errors';

type Data = Record<string, unknown>;
type Uid = Parameters<Core.Strapi['documents']>[0];

const ARTICLE = 'api::article.article';
const SLUG_MAX = 120;

/** Relations the publish checks read, per content type. */
const CHECKED_RELATIONS: Record<string, Record<string, { fields: string[]; populate?: Record<string, { fields: string[] }> }>> = {
  'api::legal-document.legal-document': { replacedBy: { fields: ['number'] } },
  [ARTICLE]: { translationOf: { fields: ['title'], populate: { portal: { fields: ['code', 'language'] } } } },
};

/**
 * Rules for every write to the platform's content, whatever the route
 * (admin, REST, GraphQL, scripts): strings are stored as NFC; a slug is
 * generated from the Vietnamese title when a record is created without one
 * or an editor clears it (never because a partial update left it out: a
 * published address must not move); and a record is published only when it
 * has a portal, a slug no other published record of its type uses on that
 * portal, and valid fields.
 */
export function registerContentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith('api::')) return next();
    const params = context.params as { data?: Data; documentId?: string };
    if ((context.action === 'create' || context.action === 'update') && params.data) {
      params.data = normaliseStrings(params.data);
      const source = SLUG_SOURCES[context.uid];
      if (source) await fillSlug(strapi, context.uid, context.action, params.data, params.documentId, source);
    }
    if (context.action === 'publish' && params.documentId) {
      const problems = await publishProblems(strapi, context.uid, params.documentId);
      if (problems.length > 0) refuse(problems);
    }
    return next();
  });
}

async function fillSlug(strapi: Core.Strapi, uid: Uid, action: string, data: Data, documentId: string | undefined, source: (r: Data) => string | null) {
  const cleared = data.slug === null || data.slug === '';
  const missing = action === 'create' && data.slug === undefined;
  if (!cleared && !missing) return;
  let text = source(data);
  if (!text && documentId) {
    const stored = await strapi.documents(uid).findOne({ documentId, status: 'draft' });
    text = stored ? source({ ...(stored as Data), ...data }) : null;
  }
  if (text) data.slug = slugify(text).slice(0, SLUG_MAX).replace(/-+$/, '');
}

async function publishProblems(strapi: Core.Strapi, uid: Uid, documentId: string): Promise<FieldProblem[]> {
  const draft = (await strapi.documents(uid).findOne({
    documentId,
    status: 'draft',
    populate: { ...(PORTAL_OWNED.has(uid) ? { portal: { fields: ['code', 'language'] } } : {}), ...(CHECKED_RELATIONS[uid] ?? {}) },
  })) as Data | null;
  if (!draft) return [];
  const problems: FieldProblem[] = [];
  const portal = draft.portal as { documentId: string; code: string; language: string } | null | undefined;
  if (PORTAL_OWNED.has(uid) && !portal) {
    problems.push({ field: 'portal', message: 'Chưa chọn cổng thông tin (trường "portal"): chọn cổng trước khi xuất bản.' });
  }
  if (SLUG_SOURCES[uid]) {
    const slug = draft.slug as string | null;
    if (!slug) problems.push({ field: 'slug', message: 'Chưa có đường dẫn (trường "slug"): nhập tiêu đề hoặc đường dẫn trước khi xuất bản.' });
    else if (portal) problems.push(...(await slugClash(strapi, uid, documentId, slug, portal)));
  }
  if (uid === ARTICLE) problems.push(...translationProblems(draft, portal));
  problems.push(...checkRecord(uid, draft));
  return problems;
}

async function slugClash(strapi: Core.Strapi, uid: Uid, documentId: string, slug: string, portal: { documentId: string; code: string }) {
  const clash = (await strapi.documents(uid).findFirst({
    status: 'published',
    filters: { slug, portal: { documentId: portal.documentId }, documentId: { $ne: documentId } },
  })) as Data | null;
  if (!clash) return [];
  const label = String(clash.title ?? clash.number ?? clash.documentId);
  return [{ field: 'slug', message: `Đường dẫn "${slug}" đã được "${label}" của cổng ${portal.code} sử dụng (trường "slug"): đổi đường dẫn rồi xuất bản lại.` }];
}

/** English and Chinese portals hold their own documents, each linked to its Vietnamese original. */
function translationProblems(draft: Data, portal: { language: string } | null | undefined): FieldProblem[] {
  const original = draft.translationOf as { portal?: { language?: string } | null } | null | undefined;
  if (!original) return [];
  if (portal && portal.language === 'vi') {
    return [{ field: 'translationOf', message: 'Chỉ bài của cổng tiếng Anh hoặc tiếng Trung mới là bản dịch (trường "translationOf").' }];
  }
  if (original.portal?.language !== 'vi') {
    return [{ field: 'translationOf', message: 'Bản gốc của bản dịch phải là bài của một cổng tiếng Việt (trường "translationOf").' }];
  }
  return [];
}
