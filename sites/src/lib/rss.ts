/** The RSS feeds of a portal: all its news, each category, and its answered questions. */
import { kindPath, type Article } from '@qn/content';
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

/** The questions a portal has answered publicly, newest answer first. */
export const QUESTIONS_RSS = `${kindPath('questions')}rss.xml`;

export function questionsFeed(model: SiteModel, code: string): string {
  const site = model.site(code);
  const origin = model.origin(code);
  const words = t(site.portal.language);
  return rssXml({
    title: `${words.questions} - ${site.portal.name}`,
    link: `${origin}${kindPath('questions')}`,
    self: `${origin}${QUESTIONS_RSS}`,
    description: `${words.questions} - ${site.portal.name}`,
    language: LOCALES[site.portal.language],
    items: site.records.questions.slice(0, FEED_SIZE).map((question) => ({
      title: question.title,
      link: `${origin}${kindPath('questions')}${question.slug}/`,
      description: question.question,
      publishedAt: question.answeredAt ?? question.publishedAt,
    })),
  });
}
