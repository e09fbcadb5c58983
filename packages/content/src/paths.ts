/**
 * Where each kind of record lives on its portal's site. Shared by the sites,
 * the search index and the redirects a reorganisation writes, so an address
 * is defined once.
 */
export const CONTENT_PATHS = {
  'api::article.article': '/bai-viet/',
  'api::legal-document.legal-document': '/van-ban/',
  'api::plan.plan': '/ke-hoach/',
  'api::disclosure.disclosure': '/cong-khai/',
  'api::recruitment.recruitment': '/tuyen-dung/',
  'api::consultation.consultation': '/lay-y-kien/',
  'api::page.page': '/trang/',
} as const;

export function contentPath(model: string, slug: string): string | null {
  const prefix = (CONTENT_PATHS as Record<string, string | undefined>)[model];
  return prefix ? `${prefix}${slug}/` : null;
}
