import { textToBlocks } from '@qn/content';
import type { Portal } from '@qn/portal-model';
import { generateArticles } from './articles.ts';
import { CATEGORIES } from './categories.ts';
import { seedPortals } from './tree.ts';

/**
 * The slice of Strapi's document service and query engine the seed uses,
 * typed structurally so this package does not depend on Strapi.
 */
interface DocumentApi {
  findFirst(params: object): Promise<{ documentId: string } | null>;
  findMany(params: object): Promise<Array<Record<string, unknown>>>;
  create(params: object): Promise<{ documentId: string }>;
}
export interface SeedTarget {
  documents(uid: string): DocumentApi;
  db: { query(uid: string): { updateMany(params: object): Promise<unknown> } };
}

export interface SeedOptions {
  articles: number;
  now?: Date;
  log?: (message: string) => void;
}

export interface SeedReport {
  portals: { created: number; existing: number };
  categories: { created: number; existing: number };
  articles: { created: number; existing: number };
}

const PORTAL = 'api::portal.portal';
const CATEGORY = 'api::category.category';
const ARTICLE = 'api::article.article';

/**
 * Writes the portal tree, the categories and `articles` sample articles.
 * Idempotent: portals are matched by code, categories by slug and owner,
 * articles by portal and slug; what exists is left as editors made it.
 */
export async function seed(strapi: SeedTarget, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  const portals = seedPortals();
  const portalIds = await seedPortalTree(strapi, portals);
  log(`portals: ${portalIds.created} created, ${portals.length - portalIds.created} already there`);
  const categories = await seedCategories(strapi, portalIds.byCode);
  log(`categories: ${categories.created} created, ${categories.existing} already there`);
  const articles = await seedArticles(strapi, portals, portalIds.byCode, categories.bySlug, options);
  log(`articles: ${articles.created} created, ${articles.existing} already there`);
  return {
    portals: { created: portalIds.created, existing: portals.length - portalIds.created },
    categories: { created: categories.created, existing: categories.existing },
    articles,
  };
}

async function seedPortalTree(strapi: SeedTarget, portals: Portal[]) {
  const byCode = new Map<string, string>();
  const existing = await strapi.documents(PORTAL).findMany({ fields: ['code'], limit: 10_000 });
  for (const row of existing) byCode.set(String(row.code), String(row.documentId));
  let created = 0;
  // seedPortals() lists parents before their children.
  for (const portal of portals) {
    if (byCode.has(portal.code)) continue;
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
  }
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
  portalIds: Map<string, string>,
  categoryIds: Map<string, string>,
  options: SeedOptions,
) {
  const now = options.now ?? new Date();
  const wanted = generateArticles(portals, options.articles, now);
  const existing = new Set<string>();
  const rows = await strapi.documents(ARTICLE).findMany({
    status: 'draft',
    fields: ['slug'],
    populate: { portal: { fields: ['code'] } },
    limit: 1_000_000,
  });
  for (const row of rows) existing.add(`${(row.portal as { code?: string } | null)?.code ?? ''}/${String(row.slug)}`);

  let created = 0;
  for (const article of wanted) {
    if (existing.has(`${article.portal}/${article.slug}`)) continue;
    const portal = portalIds.get(article.portal);
    const category = categoryIds.get(article.category);
    const doc = await strapi.documents(ARTICLE).create({
      data: {
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        body: textToBlocks(article.body),
        ...(portal ? { portal: { connect: [{ documentId: portal }] } } : {}),
        ...(category ? { category: { connect: [{ documentId: category }] } } : {}),
      },
      status: 'published',
    });
    // Sample news is spread over past days, as a real portal's would be.
    await strapi.db.query(ARTICLE).updateMany({
      where: { documentId: doc.documentId, publishedAt: { $notNull: true } },
      data: { publishedAt: article.publishedAt, updatedAt: article.publishedAt },
    });
    created += 1;
    if (created % 100 === 0) options.log?.(`articles: ${created}/${wanted.length - existing.size}`);
  }
  return { created, existing: wanted.length - created };
}
