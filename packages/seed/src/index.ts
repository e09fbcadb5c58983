export { seedPortals, seedTree } from './tree.ts';
export { generateArticles, type ArticleSeed } from './articles.ts';
export { CATEGORIES, type CategorySeed } from './categories.ts';
export { generateContent, type SampleContent } from './content.ts';
export { LINKED_SITES, type LinkedSiteSeed } from './linked-sites.ts';
export { TAGS, type TagSeed } from './tags.ts';
export { seed, type SeedOptions, type SeedReport, type SeedTarget } from './strapi-writer.ts';
