/**
 * Writes sample articles through Strapi's query engine in large
 * transactions: the rows a published create makes (a draft and its
 * published version, sharing one document id, each linked to its portal,
 * category and tags) and the outbox row the document service would have
 * recorded for it. The document service runs a dozen middlewares per write
 * (audit, guards, review, history, outbox), which made 50,000 articles take
 * 15 minutes; none of them has anything to judge in a seed run by the
 * system, and the only trace they leave for a published create is that
 * outbox row (no version is kept: history starts at an editor's publish).
 */
import { textToBlocks } from '@qn/content';
import type { ArticleSeed } from './articles.ts';
import type { SeedTarget } from './target.ts';

const ARTICLE = 'api::article.article';
const OUTBOX = 'api::content-event.content-event';
/** Articles per transaction: one commit per chunk is what SQLite spends its time on. */
const CHUNK = 1000;

/** Row ids of what the articles link to; portals, categories and tags have no drafts, so one row each. */
export interface ArticleLinks {
  portals: ReadonlyMap<string, number>;
  categories: ReadonlyMap<string, number>;
  /** The tag row ids of one article. */
  tags(article: ArticleSeed): number[];
  /** The uploaded file id of its cover, if it has one. */
  cover(article: ArticleSeed): number | undefined;
}

/** Strapi's own document id generator (the default of every type's documentId attribute). */
function documentIdGenerator(strapi: SeedTarget): () => string {
  const generate = strapi.db.metadata.get(ARTICLE).attributes.documentId?.default;
  if (typeof generate !== 'function') throw new Error(`${ARTICLE} has no documentId generator: is this Strapi 5?`);
  return generate as () => string;
}

/**
 * Creates every article of `articles` published, `onProgress` after each
 * transaction. A failure rolls back the current chunk only; running the
 * seed again skips what was stored.
 */
export async function writeArticles(
  strapi: SeedTarget,
  articles: readonly ArticleSeed[],
  links: ArticleLinks,
  onProgress: (written: number) => void = () => {},
): Promise<number> {
  const newId = documentIdGenerator(strapi);
  const rows = strapi.db.query(ARTICLE);
  let written = 0;
  for (let start = 0; start < articles.length; start += CHUNK) {
    const chunk = articles.slice(start, start + CHUNK);
    await strapi.db.transaction(async () => {
      const events: Array<Record<string, unknown>> = [];
      const now = new Date().toISOString();
      for (const article of chunk) {
        const documentId = newId();
        const portal = links.portals.get(article.portal);
        const category = links.categories.get(article.category);
        const tags = links.tags(article);
        const cover = links.cover(article);
        const data = {
          documentId,
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          body: textToBlocks(article.body),
          createdAt: now,
          ...(portal === undefined ? {} : { portal }),
          ...(category === undefined ? {} : { category }),
          ...(tags.length ? { tags } : {}),
          ...(cover === undefined ? {} : { cover }),
        };
        await rows.create({ data: { ...data, updatedAt: now, publishedAt: null } });
        // Sample news is spread over past days, as a real portal's would be.
        await rows.create({ data: { ...data, updatedAt: article.publishedAt, publishedAt: article.publishedAt } });
        events.push({ model: ARTICLE, ref: documentId, action: 'create', reason: null, portals: [article.portal] });
      }
      await strapi.db.query(OUTBOX).createMany({ data: events });
    });
    written += chunk.length;
    onProgress(written);
  }
  return written;
}
