import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { nfc, slugify } from '@qn/portal-model';

const ARTICLE_UID = 'api::article.article';

interface ArticleData {
  title?: unknown;
  slug?: unknown;
  summary?: unknown;
}

/**
 * Rules every article write obeys, whatever the route (admin, REST, GraphQL,
 * scripts): text is stored as NFC, the slug is generated from the Vietnamese
 * title when empty, and an article is published only with a portal and a
 * slug that no other article of that portal uses.
 */
export function registerArticleRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE_UID) return next();
    const params = context.params as { data?: ArticleData; documentId?: string };
    if ((context.action === 'create' || context.action === 'update') && params.data) {
      normaliseText(params.data, context.action);
    }
    if (context.action === 'publish' && params.documentId) {
      await checkPublishable(strapi, params.documentId);
    }
    return next();
  });
}

/**
 * A published address must not change behind an editor's back: the slug is
 * generated when an article is created without one, or when an editor
 * clears it, never because a partial update left it out.
 */
function normaliseText(data: ArticleData, action: 'create' | 'update'): void {
  if (typeof data.title === 'string') data.title = nfc(data.title.trim());
  if (typeof data.summary === 'string') data.summary = nfc(data.summary);
  const cleared = data.slug === null || data.slug === '';
  const missing = action === 'create' && data.slug === undefined;
  if ((cleared || missing) && typeof data.title === 'string') {
    data.slug = slugify(data.title).slice(0, 200).replace(/-+$/, '');
  }
}

async function checkPublishable(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = await strapi.documents(ARTICLE_UID).findOne({
    documentId,
    status: 'draft',
    fields: ['slug', 'title'],
    populate: { portal: { fields: ['code'] } },
  });
  if (!draft) return;
  const portal = (draft as { portal?: { documentId: string; code: string } | null }).portal;
  if (!portal) {
    throw new errors.ValidationError('Bài viết chưa chọn cổng thông tin (trường "portal"): chọn cổng trước khi xuất bản.');
  }
  const slug = (draft as { slug?: string | null }).slug;
  if (!slug) {
    throw new errors.ValidationError('Bài viết chưa có đường dẫn (trường "slug"): nhập tiêu đề hoặc đường dẫn trước khi xuất bản.');
  }
  const clash = await strapi.documents(ARTICLE_UID).findFirst({
    status: 'published',
    filters: { slug, portal: { documentId: portal.documentId }, documentId: { $ne: documentId } },
    fields: ['title'],
  });
  if (clash) {
    throw new errors.ValidationError(
      `Đường dẫn "${slug}" đã được bài "${String((clash as Record<string, unknown>).title)}" của cổng ${portal.code} sử dụng (trường "slug"): đổi đường dẫn rồi xuất bản lại.`,
    );
  }
}
