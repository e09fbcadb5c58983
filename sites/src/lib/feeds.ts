/**
 * XML and text files each portal serves: sitemap, RSS, robots.txt. Every
 * address in them is absolute, from the portal's own origin, because one
 * build serves 193 domains and Astro's single `site` cannot describe them.
 */
import { escapeHtml } from '@qn/content';

/** The sitemap protocol's limit per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  loc: string;
  /** ISO timestamp or date; omitted when the page has no meaningful date. */
  lastmod?: string | null;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const escape = escapeHtml;

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${escape(e.loc)}</loc>${e.lastmod ? `<lastmod>${escape(e.lastmod)}</lastmod>` : ''}</url>`);
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(sitemaps: readonly SitemapEntry[]): string {
  const items = sitemaps.map((s) => `<sitemap><loc>${escape(s.loc)}</loc>${s.lastmod ? `<lastmod>${escape(s.lastmod)}</lastmod>` : ''}</sitemap>`);
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** Splits a portal's entries into files of at most SITEMAP_LIMIT; more than one file needs an index. */
export function sitemapChunks<T>(entries: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks.length > 0 ? chunks : [[]];
}

/** The newest of some timestamps, for a listing's lastmod. */
export function newest(dates: Iterable<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const date of dates) if (date && (!best || date > best)) best = date;
  return best;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string | null;
  publishedAt: string;
  category?: string | null;
}

export interface Feed {
  title: string;
  /** The page the feed mirrors. */
  link: string;
  /** The feed's own address (atom:link rel=self). */
  self: string;
  description: string;
  language: string;
  items: readonly FeedItem[];
}

export function rssXml(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      '<item>',
      `<title>${escape(item.title)}</title>`,
      `<link>${escape(item.link)}</link>`,
      `<guid isPermaLink="true">${escape(item.link)}</guid>`,
      `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`,
      item.category ? `<category>${escape(item.category)}</category>` : '',
      item.description ? `<description>${escape(item.description)}</description>` : '',
      '</item>',
    ].join(''),
  );
  const built = newest(feed.items.map((i) => i.publishedAt));
  return `${XML_HEAD}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escape(feed.title)}</title>
<link>${escape(feed.link)}</link>
<atom:link href="${escape(feed.self)}" rel="self" type="application/rss+xml"/>
<description>${escape(feed.description)}</description>
<language>${escape(feed.language)}</language>
${built ? `<lastBuildDate>${new Date(built).toUTCString()}</lastBuildDate>\n` : ''}${items.join('\n')}
</channel>
</rss>
`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /tim-kiem/\n\nSitemap: ${sitemapUrl}\n`;
}
