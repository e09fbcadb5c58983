import type { Article, PortalRecords, Snapshot } from '@qn/content';
import { PAGE_SIZE, showsCategory } from '@qn/site-model';

/** Listing page size of the sites (sites/src/lib/site.ts). */
/** Pages every portal has whatever its content: home, 404, search, about, feeds, sitemap, registers and the like. */
const FIXED_PAGES = 16;

/**
 * Roughly how many pages each portal's site has, from its content and the
 * page kinds of the sites in late 2026: enough to balance runs and to draw
 * a progress bar, not a promise.
 */
export function estimatePages(snapshot: Snapshot, codes: readonly string[]): Map<string, number> {
  const wanted = new Set(codes);
  const pages = new Map(codes.map((code) => [code, FIXED_PAGES]));
  const add = (code: string | null, n: number) => {
    if (code && wanted.has(code)) pages.set(code, (pages.get(code) ?? 0) + n);
  };
  const listed = new Map<string, number>();
  for (const article of snapshot.articles) {
    add(article.portal, 1);
    for (const code of [article.portal, ...article.alsoOn]) listed.set(code, (listed.get(code) ?? 0) + 1);
  }
  // Every article shows in "tin-moi" and in its category; each category also has a first page and a feed.
  for (const [code, n] of listed) add(code, 2 * Math.ceil(n / PAGE_SIZE));
  for (const portal of snapshot.portals) {
    const categories = snapshot.categories.filter((c) => showsCategory(portal, c));
    add(portal.code, 2 * categories.length);
  }
  const { agencies: _agencies, notices: _notices, linkedSites: _linked, legalDocuments, ...owned } = snapshot.records;
  for (const records of Object.values(owned)) for (const record of records) add(record.portal, 1);
  // A document has its page, and the register a page per filter value (form, issuer, year, field, validity).
  const facets = new Map<string, Set<string>>();
  for (const doc of legalDocuments) {
    add(doc.portal, 1);
    const values = facets.get(doc.portal) ?? new Set<string>();
    for (const value of [`f:${doc.form}`, `i:${doc.issuerName}`, `y:${doc.issuedOn.slice(0, 4)}`, `l:${doc.field}`, `v:${doc.validity}`]) values.add(value);
    facets.set(doc.portal, values);
  }
  for (const [code, values] of facets) add(code, values.size);
  return pages;
}

/**
 * Splits portals into `parts` groups of about the same number of pages
 * (largest first, each into the lightest group), so two builds running side
 * by side finish together. Deterministic for the same content.
 */
export function balance(weights: ReadonlyMap<string, number>, parts: number): string[][] {
  const groups = Array.from({ length: Math.max(1, parts) }, () => ({ codes: [] as string[], weight: 0 }));
  const heaviestFirst = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [code, weight] of heaviestFirst) {
    const lightest = groups.reduce((min, g) => (g.weight < min.weight ? g : min));
    lightest.codes.push(code);
    lightest.weight += weight;
  }
  return groups.filter((g) => g.codes.length > 0).map((g) => g.codes.sort());
}

/** FNV-1a: a stable hash that does not depend on Node's or V8's version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export interface Shard {
  /** 1-based, as written on the command line: 1/4 … 4/4. */
  index: number;
  count: number;
}

/**
 * Whether a portal belongs to shard i of n. It depends on the portal's code
 * alone, not on the rest of the tree or on the content, so CI runners that
 * fetched at slightly different moments still split the portals without
 * gaps or overlaps; the price is shares that differ by a few portals.
 */
export function inShard(code: string, shard: Shard): boolean {
  return fnv1a(code) % shard.count === shard.index - 1;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard takes "i/n" with 1 ≤ i ≤ n (for example 2/4), not "${text}".`);
  }
  return { index, count };
}

/**
 * The articles `wanted` portals own or are shared to, the translations of
 * those, and the other translations of the originals those translate: what
 * `cms.articles(codes)` reads, so a page links every language version
 * (hreflang) whichever run of a split build renders it.
 */
function narrowArticles(articles: readonly Article[], wanted: ReadonlySet<string>): Article[] {
  const own = new Set(articles.filter((a) => wanted.has(a.portal) || a.alsoOn.some((code) => wanted.has(code))).map((a) => a.documentId));
  const originals = new Set(articles.flatMap((a) => (own.has(a.documentId) && a.translationOf ? [a.translationOf.documentId] : [])));
  return articles.filter((a) => own.has(a.documentId) || (a.translationOf !== null && (own.has(a.translationOf.documentId) || originals.has(a.translationOf.documentId))));
}

/**
 * The part of the snapshot a build of `codes` needs, as `cms.snapshot(codes)`
 * would fetch it: every portal, category and redirect; the articles these
 * portals own or are shared to and their translations; their own records; province-wide and their
 * own notices. Each of two Astro processes then parses half the content.
 */
export function narrowSnapshot(snapshot: Snapshot, codes: readonly string[]): Snapshot {
  const wanted = new Set(codes);
  // A portal's own records; those of no portal (province-wide notices, linked sites) go to every portal.
  const keep = (record: { portal?: string | null }) => record.portal === null || record.portal === undefined || wanted.has(record.portal);
  const records = Object.fromEntries(Object.entries(snapshot.records).map(([key, list]) => [key, (list as Array<{ portal?: string | null }>).filter(keep)])) as unknown as PortalRecords;
  return {
    ...snapshot,
    articles: narrowArticles(snapshot.articles, wanted),
    records,
    onlyPortals: [...codes],
  };
}
