import { describe, expect, it } from 'vitest';
import type { Article, PortalRecords, Snapshot } from '@qn/content';
import { AstroBuildError, narrowSnapshot } from '@qn/site-builder';
import { renderIsolated, type Group, type IsolationStep } from '../../packages/site-builder/src/isolate.ts';

/**
 * The isolation logic with a renderer that fails the way Astro does (the
 * real Astro is exercised in tests/int/build-sites.int.test.ts): it throws
 * AstroBuildError naming the page it was rendering, or none.
 */
const stamp = { publishedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const RECORDS: PortalRecords = { agencies: [], legalDocuments: [], plans: [], disclosures: [], recruitments: [], consultations: [], questions: [], pages: [], notices: [], linkedSites: [] };
const CODES = ['bache', 'campha', 'coto', 'halong', 'quangninh', 'uongbi'];

function article(documentId: string, portal: string): Article {
  return { documentId, title: 'Tin', slug: `tin-${documentId}`, summary: null, body: null, portal, category: null, ...stamp, author: null, source: null, featured: false, tags: [], alsoOn: [], translationOf: null };
}

const content: Snapshot = {
  fetchedAt: stamp.publishedAt, portals: [], categories: [], redirects: [], records: RECORDS, onlyPortals: null,
  articles: CODES.flatMap((code) => [article(`${code}-1`, code), article(`${code}-2`, code)]),
};

const failure = (page: string | null, rendering = true) =>
  new AstroBuildError('astro build exited with code 1', { rendering, page, output: ['12:00:00 [ERROR] RangeError: Invalid time value'] });

/** Renders groups like Astro would, failing on what `breaks` says, and records each run. */
function renderer(breaks: (group: Group) => AstroBuildError | null) {
  const runs: string[][] = [];
  return {
    runs,
    render: async (group: Group) => {
      runs.push(group.codes);
      const error = breaks(group);
      if (error) throw error;
      return { codes: group.codes, articles: group.snapshot.articles.map((a) => a.documentId) };
    },
  };
}

const groups = (...parts: string[][]): Group[] => parts.map((codes) => ({ codes, snapshot: narrowSnapshot(content, codes) }));

describe('rendering failures stay with what caused them', () => {
  it('leaves out a record whose own page fails, and builds the rest of its portal', async () => {
    const { render, runs } = renderer((g) => (g.snapshot.articles.some((a) => a.documentId === 'coto-2') ? failure('/coto/bai-viet/tin-coto-2/') : null));
    const result = await renderIsolated(groups(['bache', 'coto', 'halong'], ['campha', 'quangninh', 'uongbi']), { render, concurrency: 2, retries: 4 });
    expect(result.failed).toEqual([]);
    expect(result.leftOut).toMatchObject([{ model: 'article', documentId: 'coto-2' }]);
    expect(result.leftOut[0]!.message).toContain('/coto/bai-viet/tin-coto-2/');
    expect(result.results.flatMap((r) => r.codes).toSorted()).toEqual(CODES);
    expect(result.results.flatMap((r) => r.articles)).toContain('coto-1');
    expect(runs).toHaveLength(3);
  });

  it('fails the portal whose listing or home page fails, and publishes the others', async () => {
    const { render } = renderer((g) => (g.codes.includes('halong') ? failure('/halong/tin-moi/2/') : null));
    const steps: IsolationStep[] = [];
    const result = await renderIsolated(groups(['bache', 'coto', 'halong']), { render, concurrency: 2, retries: 4, onStep: (s) => steps.push(s) });
    expect(result.failed).toEqual([{ code: 'halong', message: 'RangeError: Invalid time value' }]);
    expect(result.results.flatMap((r) => r.codes)).toEqual(['bache', 'coto']);
    expect(steps.map((s) => s.action)).toEqual(['leave-out-portal']);
  });

  it('finds a portal by halving the group when Astro names no page', async () => {
    const { render, runs } = renderer((g) => (g.codes.includes('quangninh') ? failure(null) : null));
    const result = await renderIsolated(groups(CODES), { render, concurrency: 2, retries: 16 });
    expect(result.failed.map((f) => f.code)).toEqual(['quangninh']);
    expect(result.results.flatMap((r) => r.codes).toSorted()).toEqual(CODES.filter((c) => c !== 'quangninh'));
    // 6 → 3 + 3 → 1 + 2 of the failing half → 1 + 1: a handful of runs, not one per portal.
    expect(runs.length).toBeLessThanOrEqual(7);
  });

  it('stops isolating when the retry budget is spent, reporting what was not built', async () => {
    const { render, runs } = renderer(() => failure(null));
    const result = await renderIsolated(groups(CODES), { render, concurrency: 2, retries: 2 });
    expect(result.failed.map((f) => f.code).toSorted()).toEqual(CODES);
    expect(runs).toHaveLength(3);
  });

  it('throws a failure that happened before any page was rendered: it is the same for every portal', async () => {
    const { render, runs } = renderer(() => failure(null, false));
    await expect(renderIsolated(groups(['bache', 'coto'], ['halong']), { render, concurrency: 2, retries: 16 })).rejects.toThrow('astro build exited with code 1');
    expect(runs.length).toBeLessThanOrEqual(2);
  });
});
