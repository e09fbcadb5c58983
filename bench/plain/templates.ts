import { blocksToHtml, escapeHtml as e, type Article } from '@qn/content';
import type { PlainModel, PlainSite } from './model.ts';

/** The interface words the pages use, in each portal language. */
const WORDS = {
  vi: { skip: 'Bỏ qua để đến nội dung chính', home: 'Trang chủ', latest: 'Tin mới nhất', all: 'Tất cả tin bài', search: 'Tìm kiếm', parent: 'Cơ quan cấp trên', children: 'Cổng thông tin trực thuộc', published: 'Ngày đăng', page: 'Trang', prev: 'Trang trước', next: 'Trang sau', none: 'Chưa có tin bài.', notFound: 'Không tìm thấy trang', crumbs: 'Đường dẫn' },
  en: { skip: 'Skip to main content', home: 'Home', latest: 'Latest news', all: 'All news', search: 'Search', parent: 'Parent body', children: 'Subordinate portals', published: 'Published', page: 'Page', prev: 'Previous', next: 'Next', none: 'No articles yet.', notFound: 'Page not found', crumbs: 'Breadcrumb' },
  zh: { skip: '跳到主要内容', home: '首页', latest: '最新消息', all: '全部新闻', search: '搜索', parent: '上级机关', children: '下属门户', published: '发布日期', page: '第', prev: '上一页', next: '下一页', none: '暂无文章。', notFound: '找不到页面', crumbs: '导航' },
};
type Words = (typeof WORDS)['vi'];
const LOCALES = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' } as const;
const formats = new Map<string, Intl.DateTimeFormat>();

function date(iso: string, language: keyof typeof LOCALES): string {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' })));
  return format.format(new Date(iso));
}

export interface PageContext {
  model: PlainModel;
  site: PlainSite;
  css: string;
  year: number;
}

export const words = (site: PlainSite): Words => WORDS[site.portal.language];

export function layout(ctx: PageContext, title: string, path: string, main: string, canonicalPortal?: string): string {
  const { model, site, css } = ctx;
  const { portal } = site;
  const w = words(site);
  const canonical = `${model.origin(canonicalPortal ?? portal.code)}${path}`;
  const nav = site.categories.map((c) => `<li><a href="/chuyen-muc/${c.slug}/">${e(c.name)}</a></li>`).join('');
  const children = site.children.length
    ? `<div class="wrap"><details class="child-portals"><summary>${w.children} (${site.children.length})</summary><ul>${site.children.map((c) => `<li><a href="${model.origin(c.code)}/">${e(c.name)}</a></li>`).join('')}</ul></details></div>`
    : '';
  return `<!doctype html><html lang="${portal.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(path === '/' ? portal.name : `${title} - ${portal.name}`)}</title><link rel="canonical" href="${e(canonical)}">
<meta property="og:site_name" content="${e(portal.name)}"><meta property="og:title" content="${e(title)}"><meta property="og:url" content="${e(canonical)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><style>${css}</style></head>
<body data-portal="${portal.code}" data-kind="${portal.kind}"><a class="skip-link" href="#main">${w.skip}</a>
<header class="masthead"><div class="wrap masthead-inner">${site.parent ? `<p class="parent-link">${w.parent}: <a href="${model.origin(site.parent.code)}/">${e(site.parent.name)}</a></p>` : ''}
<a class="brand" href="/"><span class="brand-name">${e(portal.name)}</span></a>
<form class="search-form" role="search" action="/tim-kiem/" method="get"><label class="visually-hidden" for="site-search">${w.search}</label><input id="site-search" name="q" type="search"><button type="submit">${w.search}</button></form></div>
<nav class="main-nav"><ul class="wrap"><li><a href="/">${w.home}</a></li>${nav}<li><a href="/tin-moi/">${w.all}</a></li></ul></nav>${children}</header>
<main id="main" class="wrap" tabindex="-1">${main}</main>
<footer class="site-footer"><div class="wrap"><p><strong>${e(portal.name)}</strong></p><p>© ${ctx.year} ${e(portal.name)}</p><p><a href="${model.origin(portal.code)}/">${portal.domain}</a></p></div></footer></body></html>`;
}

export function articleList(ctx: PageContext, articles: readonly Article[], heading = 'h3'): string {
  const { model, site } = ctx;
  if (articles.length === 0) return `<p class="empty">${words(site).none}</p>`;
  const items = articles.map(
    (a) =>
      `<li class="article-item"><${heading} class="article-title"><a href="${model.href(a, site.portal.code)}">${e(a.title)}</a></${heading}><p class="meta"><time datetime="${a.publishedAt}">${date(a.publishedAt, site.portal.language)}</time></p>${a.summary ? `<p class="summary">${e(a.summary)}</p>` : ''}</li>`,
  );
  return `<ul class="article-list">${items.join('')}</ul>`;
}

export function pagination(site: PlainSite, base: string, current: number, last: number): string {
  if (last <= 1) return '';
  const w = words(site);
  const url = (n: number) => (n === 1 ? base : `${base}${n}/`);
  const prev = current > 1 ? `<a href="${url(current - 1)}" rel="prev">← ${w.prev}</a>` : '<span></span>';
  const next = current < last ? `<a href="${url(current + 1)}" rel="next">${w.next} →</a>` : '<span></span>';
  return `<nav class="pagination">${prev}<span>${w.page} ${current}/${last}</span>${next}</nav>`;
}

export function articlePage(ctx: PageContext, article: Article): string {
  const { model, site } = ctx;
  const w = words(site);
  const category = article.category ? model.categoriesBySlug.get(article.category) : undefined;
  const related = (category ? (site.byCategory.get(category.slug) ?? []) : site.listed).filter((a) => a.documentId !== article.documentId).slice(0, 5);
  const crumbs = `<nav class="breadcrumb" aria-label="${w.crumbs}"><ol><li><a href="/">${w.home}</a></li>${category ? `<li><a href="/chuyen-muc/${category.slug}/">${e(category.name)}</a></li>` : ''}<li aria-current="page">${e(article.title)}</li></ol></nav>`;
  const body = `<article class="article-body"><h1>${e(article.title)}</h1><p class="meta">${w.published}: <time datetime="${article.publishedAt}">${date(article.publishedAt, site.portal.language)}</time></p>${article.summary ? `<p class="summary">${e(article.summary)}</p>` : ''}${blocksToHtml(article.body)}</article>`;
  const more = related.length ? `<section><h2 class="section-title">${e(category?.name ?? w.latest)}</h2><ul>${related.map((a) => `<li><a href="${model.href(a, site.portal.code)}">${e(a.title)}</a></li>`).join('')}</ul></section>` : '';
  return layout(ctx, article.title, `/bai-viet/${article.slug}/`, crumbs + body + more, article.portal);
}

export function homePage(ctx: PageContext): string {
  const { site } = ctx;
  const w = words(site);
  const blocks = site.categories
    .map((c) => ({ c, items: (site.byCategory.get(c.slug) ?? []).slice(0, 4) }))
    .filter((b) => b.items.length > 0)
    .map((b) => `<section><h2 class="section-title"><a href="/chuyen-muc/${b.c.slug}/">${e(b.c.name)}</a></h2>${articleList(ctx, b.items)}</section>`)
    .join('');
  const main = `<h1 class="visually-hidden">${e(site.portal.name)}</h1><div class="home-grid"><section><h2 class="section-title">${w.latest}</h2>${articleList(ctx, site.listed.slice(0, 11))}<p><a class="more" href="/tin-moi/">${w.all} →</a></p></section><div>${blocks}</div></div>`;
  return layout(ctx, site.portal.name, '/', main);
}
