/**
 * The floor the Astro build is measured against: the same pages written
 * with template strings and fs, no framework. Reads the build input the
 * site builder writes for Astro and prints one JSON line with what it did.
 *   node bench/plain/render.ts <input.json> <outDir>
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '@qn/config';
import type { Article, Snapshot } from '@qn/content';
import { plainModel } from './model.ts';
import { articleList, articlePage, homePage, layout, pagination, words, type PageContext } from './templates.ts';

const PAGE_SIZE = 20;
const [inputFile, outArg] = process.argv.slice(2);
if (!inputFile || !outArg) throw new Error('usage: node bench/plain/render.ts <input.json> <outDir>');
const outDir: string = outArg;

const started = Date.now();
const input = JSON.parse(await readFile(inputFile, 'utf8')) as { snapshot: Snapshot; settings: { urlTemplate: string } };
const css = await readFile(join(REPO_ROOT, 'sites/src/styles/site.css'), 'utf8');
const model = plainModel(input.snapshot, input.settings.urlTemplate);
const year = new Date(input.snapshot.fetchedAt).getUTCFullYear();
let pages = 0;

/** `path` is a folder (written as its index.html, like Astro's directory format) or a file name ending in .html. */
async function write(code: string, path: string, html: string): Promise<void> {
  const file = path.endsWith('.html') ? join(outDir, code, path) : join(outDir, code, path, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
  pages += 1;
}

async function listing(ctx: PageContext, base: string, title: string, articles: readonly Article[]): Promise<void> {
  const last = Math.max(1, Math.ceil(articles.length / PAGE_SIZE));
  for (let n = 1; n <= last; n += 1) {
    const heading = n > 1 ? `${title} - ${words(ctx.site).page} ${n}` : title;
    const main = `<h1>${heading}</h1>${articleList(ctx, articles.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE), 'h2')}${pagination(ctx.site, base, n, last)}`;
    await write(ctx.site.portal.code, n === 1 ? base : `${base}${n}/`, layout(ctx, heading, n === 1 ? base : `${base}${n}/`, main));
  }
}

for (const portal of model.selected) {
  const site = model.site(portal.code);
  const ctx: PageContext = { model, site, css, year };
  const w = words(site);
  await write(portal.code, '', homePage(ctx));
  for (const article of site.articles) await write(portal.code, `bai-viet/${article.slug}`, articlePage(ctx, article));
  await listing(ctx, '/tin-moi/', w.all, site.listed);
  for (const category of site.categories) await listing(ctx, `/chuyen-muc/${category.slug}/`, category.name, site.byCategory.get(category.slug) ?? []);
  await write(portal.code, 'tim-kiem', layout(ctx, w.search, '/tim-kiem/', `<h1>${w.search}</h1><div id="search-results"></div>`));
  await write(portal.code, '404.html', layout(ctx, w.notFound, '/404.html', `<h1>${w.notFound}</h1><p><a href="/">${w.home}</a></p>`));
}

const usage = process.resourceUsage();
console.log(JSON.stringify({ pages, ms: Date.now() - started, peakRssKb: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) }));
