import type { Portal } from '@qn/portal-model';
import { writeArticles } from './article-writer.ts';
import { uploadSamplePhotos, type SamplePhotoIds } from './photo-writer.ts';
import { generateArticles } from './articles.ts';
import { CATEGORIES } from './categories.ts';
import { inTransactions, settle } from './collection-writer.ts';
import { generateContent } from './content.ts';
import { writeContent, type ContentReport } from './content-writer.ts';
import { tagsForArticle } from './tags.ts';
import type { SeedTarget, Tally } from './target.ts';
import { seedPortals } from './tree.ts';

export type { SeedTarget } from './target.ts';

export interface SeedOptions {
  /** How many sample articles, spread over the portals in turn. */
  articles: number;
  /**
   * The reference time of the sample content (default: now): articles are
   * dated before it, consultations open or closed around it, notices
   * scheduled from it. Natural keys never depend on its day: those of
   * plans, disclosures, recruitment and consultations carry its year or
   * quarter, the others nothing of it.
   */
  now?: Date;
  log?: (message: string) => void;
  /** Also write the agencies, leaders, documents and other records (default true); tests that only need the tree turn it off. */
  content?: boolean;
  /** Upload the sample photos and give most articles a cover and every leader a portrait (default true; needs a running Strapi). */
  photos?: boolean;
}

/** Created and already-stored counts of every type the seed writes (the record kinds only when `content` was on). */
export interface SeedReport extends Partial<ContentReport> {
  portals: Tally;
  photos?: Tally;
  categories: Tally;
  articles: Tally;
}

const PORTAL = 'api::portal.portal';
const CATEGORY = 'api::category.category';
const ARTICLE = 'api::article.article';
const TAG = 'api::tag.tag';
/** Rows per read of the stored articles' keys (a bound parameter each when their portals are populated). */
const KEY_PAGE = 5000;

/**
 * Writes the portal tree, the categories, every portal's agency, leaders,
 * documents, plans, disclosures, recruitment, consultations and pages, the
 * notices, linked sites and tags, and `articles` sample articles.
 * Idempotent: each record is matched by a natural key (portals by code,
 * categories by slug and owner, agencies by portal, leaders by portal and
 * name, legal documents by portal and number, notices by portal and level,
 * linked sites by URL, tags by slug, the rest by portal and slug); what
 * exists is left as editors made it.
 */
export async function seed(strapi: SeedTarget, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const portals = seedPortals();
  const portalIds = await seedPortalTree(strapi, portals);
  log(`portals: ${portalIds.created} created, ${portals.length - portalIds.created} already there`);
  const categories = await seedCategories(strapi, portalIds.byCode);
  log(`categories: ${categories.created} created, ${categories.existing} already there`);
  const photos = options.photos === false ? null : await uploadSamplePhotos(strapi);
  if (photos) log(`photos: ${photos.tally.created} created, ${photos.tally.existing} already there`);
  const content = options.content === false ? {} : await writeContent(strapi, generateContent(portals, now), portalIds.byCode, log, photos);
  const articles = await seedArticles(strapi, portals, categories.bySlug, { ...options, now }, photos);
  log(`articles: ${articles.created} created, ${articles.existing} already there`);
  await settle(strapi);
  return {
    portals: { created: portalIds.created, existing: portals.length - portalIds.created },
    categories: { created: categories.created, existing: categories.existing },
    ...(photos ? { photos: photos.tally } : {}),
    ...content,
    articles,
  };
}

async function seedPortalTree(strapi: SeedTarget, portals: Portal[]) {
  const byCode = new Map<string, string>();
  const existing = await strapi.documents(PORTAL).findMany({ fields: ['code'], limit: 10_000 });
  for (const row of existing) byCode.set(String(row.code), String(row.documentId));
  let created = 0;
  // seedPortals() lists parents before their children.
  await inTransactions(strapi, portals, async (portal) => {
    if (byCode.has(portal.code)) return;
    const parent = portal.parentCode ? byCode.get(portal.parentCode) : undefined;
    const doc = await strapi.documents(PORTAL).create({
      data: {
        code: portal.code,
        name: portal.name,
        level: portal.level,
        kind: portal.kind,
        domain: portal.domain,
        language: portal.language,
        ...(parent ? { parent: { connect: [{ documentId: parent }] } } : {}),
      },
    });
    byCode.set(portal.code, doc.documentId);
    created += 1;
  });
  return { byCode, created };
}

async function seedCategories(strapi: SeedTarget, portalIds: Map<string, string>) {
  const bySlug = new Map<string, string>();
  let created = 0;
  for (const category of CATEGORIES) {
    const owner = category.portal ? portalIds.get(category.portal) : undefined;
    const found = await strapi.documents(CATEGORY).findFirst({
      filters: { slug: category.slug, portal: owner ? { documentId: owner } : { id: { $null: true } } },
    });
    if (found) {
      bySlug.set(category.slug, found.documentId);
      continue;
    }
    const doc = await strapi.documents(CATEGORY).create({
      data: {
        name: category.name,
        slug: category.slug,
        description: category.description,
        ...(owner ? { portal: { connect: [{ documentId: owner }] } } : {}),
      },
    });
    bySlug.set(category.slug, doc.documentId);
    created += 1;
  }
  return { bySlug, created, existing: CATEGORIES.length - created };
}

async function seedArticles(
  strapi: SeedTarget,
  portals: Portal[],
  categoryIds: Map<string, string>,
  options: SeedOptions,
  photos: SamplePhotoIds | null,
) {
  const now = options.now ?? new Date();
  const wanted = generateArticles(portals, options.articles, now);
  const portalLanguage = new Map(portals.map((p) => [p.code, p.language]));
  const existing = await storedArticleKeys(strapi);

  const missing = wanted.filter((article) => !existing.has(`${article.portal}/${article.slug}`));
  const tagIds = await rowIds(strapi, TAG, 'slug');
  const categoryRows = await rowIds(strapi, CATEGORY, 'documentId');
  const created = await writeArticles(
    strapi,
    missing,
    {
      portals: await rowIds(strapi, PORTAL, 'code'),
      categories: new Map([...categoryIds].flatMap(([slug, documentId]) => (categoryRows.has(documentId) ? [[slug, categoryRows.get(documentId)!]] : []))),
      cover: (article) => photos?.cover(article.portal, article.slug),
      tags: (article) =>
        portalLanguage.get(article.portal) === 'vi' ? tagsForArticle(article.portal, article.slug).flatMap((slug) => (tagIds.has(slug) ? [tagIds.get(slug)!] : [])) : [],
    },
    (written) => options.log?.(`articles: ${written}/${missing.length}`),
  );
  return { created, existing: wanted.length - created };
}

/**
 * "portal/slug" of every stored article (its draft row), read in keyset
 * pages: one read of all of them populates the portal of 50,000 rows with
 * one bound parameter each, past SQLite's limit.
 */
async function storedArticleKeys(strapi: SeedTarget): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let after = 0; ; ) {
    const rows = await strapi.db.query(ARTICLE).findMany({
      where: { publishedAt: { $null: true }, id: { $gt: after } },
      select: ['id', 'slug'],
      populate: { portal: { select: ['code'] } },
      orderBy: { id: 'asc' },
      limit: KEY_PAGE,
    });
    for (const row of rows) keys.add(`${(row.portal as { code?: string } | null)?.code ?? ''}/${String(row.slug)}`);
    if (rows.length < KEY_PAGE) return keys;
    after = Number(rows.at(-1)!.id);
  }
}

/** Row ids of a type without drafts, by one of its fields. */
async function rowIds(strapi: SeedTarget, uid: string, key: string): Promise<Map<string, number>> {
  const rows = await strapi.db.query(uid).findMany({ select: ['id', key] });
  return new Map(rows.map((row) => [String(row[key]), Number(row.id)]));
}
