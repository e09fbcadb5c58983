export { seedPortals, seedTree } from './tree.ts';
export { generateArticles, type ArticleSeed } from './articles.ts';
export { CATEGORIES, type CategorySeed } from './categories.ts';
export { seed, type SeedOptions, type SeedReport, type SeedTarget } from './strapi-writer.ts';
