/** The RSS feeds of a portal: all its news, and each category. */
import type { Article } from '@qn/content';
import { LOCALES } from './i18n.ts';
import { t } from './i18n.ts';
import { rssXml } from './feeds.ts';
import { categoryPath, categoryRssPath, PATHS } from './paths.ts';
import type { SiteModel } from './site.ts';

/** Readers' feed apps show the newest; older items stay in the listings. */
export const FEED_SIZE = 50;

export function portalFeed(model: SiteModel, code: string, category: string | null): string {
  const site = model.site(code);
  const origin = model.origin(code);
  const words = t(site.portal.language);
  const found = category ? model.categoriesBySlug.get(category) : undefined;
  const articles: Article[] = (category ? site.byCategory.get(category) : site.listed) ?? [];
  return rssXml({
    title: found ? `${found.name} - ${site.portal.name}` : site.portal.name,
    link: `${origin}${found ? categoryPath(found.slug) : PATHS.home}`,
    self: `${origin}${found ? categoryRssPath(found.slug) : PATHS.rss}`,
    description: found?.description ?? `${words.latest} - ${site.portal.name}`,
    language: LOCALES[site.portal.language],
    items: articles.slice(0, FEED_SIZE).map((article) => ({
      title: article.title,
      link: model.canonical(article),
      description: article.summary,
      publishedAt: article.publishedAt,
      category: article.category ? (model.categoriesBySlug.get(article.category)?.name ?? null) : null,
    })),
  });
}
