import { contentPath } from '@qn/content';
import type { SnapshotPortal } from '@qn/content';
import { adminApi, paragraph } from '../../tests/helpers/admin-api.ts';
import { getWithHost } from '../../tests/helpers/site-get.ts';

/** What a reader must be able to get after a publish, and when it first could (ms after the publish answered). */
export interface PublishTiming {
  portal: string;
  level: number;
  /** The article was shared to the parent portal, whose home then lists it. */
  sharedToParent: string | null;
  page: number;
  home: number;
  parentListing: number | null;
  search: number;
  /** When every one of them was served. */
  live: number;
  /** The publisher's batch that rebuilt the article's portal, when it was seen. */
  batch: PublishBatch | null;
}

/** One publisher batch: ms spent planning, fetching and rendering the sites (together: `sites`), and indexing beside them. */
export interface PublishBatch {
  endedAt: number;
  rebuilt: string[];
  plan: number;
  fetch: number;
  render: number;
  sites: number;
  index: number;
}

interface Target {
  sitesPort: number;
  cmsUrl: string;
  admin: { email: string; password: string };
  meili: { host: string; key: string; index: string };
}

/** GET from the site server as a browser on `<code>.localhost` would. */
function sitePage(port: number, code: string, path: string): Promise<{ status: number; body: string }> {
  return getWithHost(port, `${code}.localhost:${port}`, path);
}

async function searchHits(meili: Target['meili'], word: string): Promise<string[]> {
  const response = await fetch(`${meili.host}/indexes/${meili.index}/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${meili.key}` },
    body: JSON.stringify({ q: word, attributesToRetrieve: ['id'], limit: 5 }),
  });
  if (!response.ok) return [];
  return ((await response.json()) as { hits: Array<{ id: string }> }).hits.map((h) => h.id);
}

/**
 * Portals to publish on, spread over the three levels in turn (Vietnamese
 * portals: a level-1 English or Chinese portal has no Vietnamese shared
 * categories to list under); every third one below level 1 shares the
 * article to its parent.
 */
export function publishPlan(portals: readonly SnapshotPortal[], count: number): Array<{ code: string; level: number; parent: string | null }> {
  const byLevel = [1, 2, 3].map((level) => portals.filter((p) => p.level === level && p.language === 'vi' && p.state === 'active').sort((a, b) => a.code.localeCompare(b.code)));
  return Array.from({ length: count }, (_, i) => {
    const level = (i % 3) + 1;
    const pool = byLevel[level - 1]!;
    const portal = pool[Math.floor(i / 3) % pool.length]!;
    const share = level > 1 && Math.floor(i / 3) % 3 === 0 ? portal.parentCode : null;
    return { code: portal.code, level, parent: share };
  });
}

/**
 * Publishes one new article per planned portal through the admin API, as an
 * editor's browser does, and polls (every 100 ms) until its page, its
 * portal's home, the parent's home when shared there, and a search for it
 * all answer it. Publishes are one after another, as editors' are.
 */
export async function measurePublishToLive(
  target: Target,
  plan: ReturnType<typeof publishPlan>,
  portalIds: Map<string, string>,
  log: (m: string) => void,
  batchFor: (since: number, portal: string) => PublishBatch | null,
): Promise<PublishTiming[]> {
  const admin = await adminApi(target.cmsUrl, target.admin);
  const timings: PublishTiming[] = [];
  for (const [i, step] of plan.entries()) {
    const word = `kiemthu${Date.now().toString(36)}${i}`;
    const title = `Bản tin đo thời gian xuất bản số ${i + 1} ${word}`;
    const article = await admin.createArticle({
      title,
      body: paragraph(`Bài viết do phép đo tạo ra (${word}).`),
      portal: { connect: [{ documentId: portalIds.get(step.code)! }] },
      ...(step.parent ? { syndicatedTo: { connect: [{ documentId: portalIds.get(step.parent)! }] } } : {}),
    });
    const published = await admin.publish(article.documentId);
    if (published.status !== 200) throw new Error(`publish on ${step.code} answered ${published.status}: ${JSON.stringify(published.json)}`);
    const start = Date.now();
    const path = contentPath('api::article.article', article.slug)!;
    const seen: Partial<Record<'page' | 'home' | 'parentListing' | 'search', number>> = {};
    const checks: Array<[keyof typeof seen, () => Promise<boolean>]> = [
      ['page', async () => (await sitePage(target.sitesPort, step.code, path)).status === 200],
      ['home', async () => (await sitePage(target.sitesPort, step.code, '/')).body.includes(path)],
      ['search', async () => (await searchHits(target.meili, word)).includes(article.documentId)],
    ];
    if (step.parent) checks.push(['parentListing', async () => (await sitePage(target.sitesPort, step.parent!, '/')).body.includes(path)]);
    while (checks.some(([name]) => seen[name] === undefined)) {
      if (Date.now() - start > 120_000) throw new Error(`article ${article.documentId} on ${step.code} was not live after 120 s (seen: ${JSON.stringify(seen)})`);
      await Promise.all(
        checks.map(async ([name, check]) => {
          if (seen[name] === undefined && (await check().catch(() => false))) seen[name] = Date.now() - start;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const timing: PublishTiming = {
      portal: step.code,
      level: step.level,
      sharedToParent: step.parent,
      page: seen.page!,
      home: seen.home!,
      parentListing: seen.parentListing ?? null,
      search: seen.search!,
      live: Math.max(...Object.values(seen)),
      batch: batchFor(start, step.code),
    };
    log(`publish ${i + 1}/${plan.length} on ${step.code} (level ${step.level}${step.parent ? `, shared to ${step.parent}` : ''}): live after ${(timing.live / 1000).toFixed(1)} s`);
    timings.push(timing);
  }
  return timings;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
