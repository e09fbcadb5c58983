import type { PublishTiming } from './publish-to-live.ts';
import { percentile } from './publish-to-live.ts';

export interface E2eRun {
  articles: number;
  seed: { ms: number; peakRssMb: number };
  fetchMs: number;
  /** The same articles through GraphQL, as before the bulk route; null when not run at this size. */
  graphqlMs: number | null;
  build: { ms: number; pages: number; pagesPerSecond: number; astroPeakRssMb: number; astroPeakTotalRssMb: number };
  indexMs: number;
  indexed: number;
  fullRebuildMs: number;
  publishes: PublishTiming[];
  publishToLive: { p50: number; p95: number; max: number };
  peakRssMb: Record<string, number>;
}

const n = (value: number) => value.toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(1);
const mark = (ok: boolean) => (ok ? '✔' : '✘');

export function e2eMarkdown(runs: E2eRun[], meta: { date: string; node: string; cpus: number; memGb: number; note: string }): string {
  const lines = [
    '# End-to-end benchmark: Strapi in the loop',
    '',
    `\`npm run bench:e2e\` — ${meta.date}, Node ${meta.node}, ${meta.cpus} cores, ${meta.memGb} GiB, SQLite.${meta.note ? ` ${meta.note}` : ''}`,
    'Each size runs on a fresh data folder: seed, then Strapi, Meilisearch, the site server and the publisher as `npm start` runs them.',
    '',
    '| articles | seed s | content fetch s | GraphQL baseline s | full build s | pages | pages/s | full index s | full rebuild s (fetch + build + index) | publish-to-live p50 / p95 / max s |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map(
      (r) =>
        `| ${n(r.articles)} | ${s(r.seed.ms)} | ${s(r.fetchMs)} | ${r.graphqlMs === null ? '—' : s(r.graphqlMs)} | ${s(r.build.ms)} | ${n(r.build.pages)} | ${n(r.build.pagesPerSecond)} | ${s(r.indexMs)} | ${s(r.fullRebuildMs)} | ${s(r.publishToLive.p50)} / **${s(r.publishToLive.p95)}** / ${s(r.publishToLive.max)} |`,
    ),
    '',
    '### Peak resident memory, MB',
    '',
    '| articles | seed | Strapi | Meilisearch | builder and publisher | Astro (one run / all at once) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...runs.map(
      (r) =>
        `| ${n(r.articles)} | ${n(r.seed.peakRssMb)} | ${n(r.peakRssMb.Strapi ?? 0)} | ${n(r.peakRssMb.Meilisearch ?? 0)} | ${n(r.peakRssMb['builder (this process)'] ?? 0)} | ${n(r.build.astroPeakRssMb)} / ${n(r.build.astroPeakTotalRssMb)} |`,
    ),
    '',
    '### Publish-to-live by what the reader gets, p50 / p95 s',
    '',
    '| articles | publishes | article page | portal home | parent home (shared there) | search hit | all of them |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map((r) => {
      const pick = (f: (t: PublishTiming) => number | null) => r.publishes.map(f).filter((v): v is number => v !== null);
      const both = (values: number[]) => (values.length ? `${s(percentile(values, 50))} / ${s(percentile(values, 95))}` : '—');
      return `| ${n(r.articles)} | ${r.publishes.length} | ${both(pick((t) => t.page))} | ${both(pick((t) => t.home))} | ${both(pick((t) => t.parentListing))} | ${both(pick((t) => t.search))} | ${both(pick((t) => t.live))} |`;
    }),
    '',
    '### Where a publish\'s time goes, median ms',
    '',
    'From the publisher\'s batch that rebuilt the article\'s portal: reading the outbox and planning, then the sites (content fetch, Astro runs, then the swap into place); the index is updated just before the swap, which waits for it (before issue 12: beside the sites). The rest of publish-to-live is the wait for the next outbox poll and the reader\'s poll.',
    '',
    '| articles | batches seen | plan | sites: fetch | sites: Astro runs | sites in all | index (before the swap) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map((r) => {
      const seen = r.publishes.flatMap((t) => (t.batch ? [t.batch] : []));
      const med = (f: (b: NonNullable<PublishTiming['batch']>) => number) => (seen.length ? n(percentile(seen.map(f), 50)) : '—');
      return `| ${n(r.articles)} | ${seen.length} | ${med((b) => b.plan)} | ${med((b) => b.fetch)} | ${med((b) => b.render)} | ${med((b) => b.sites)} | ${med((b) => b.index)} |`;
    }),
    '',
    '### Targets at 50,000 articles',
    '',
    ...runs
      .filter((r) => r.articles === 50_000)
      .flatMap((r) => [
        `- ${mark(r.fetchMs <= 30_000)} content fetch ≤ 30 s: ${s(r.fetchMs)} s`,
        `- ${mark(r.fullRebuildMs <= 180_000)} full rebuild (fetch + render + index) ≤ 3 min: ${s(r.fullRebuildMs)} s`,
        `- ${mark(r.publishToLive.p95 <= 5_000)} publish-to-live p95 ≤ 5 s: ${s(r.publishToLive.p95)} s`,
        `- ${mark(Math.max(...Object.values(r.peakRssMb), r.build.astroPeakTotalRssMb) <= 3_072)} peak RSS of any process ≤ 3 GB: ${n(Math.max(...Object.values(r.peakRssMb), r.build.astroPeakTotalRssMb))} MB`,
      ]),
    '',
    'Publish-to-live is timed from the moment the admin\'s publish request answered until the article page, its portal\'s home, the parent portal\'s home (for articles shared there) and a search for a word of its title all serve it, polled every 100 ms. Publishes follow one another and are spread over level-1, -2 and -3 Vietnamese portals in turn; every third one below level 1 is shared to the parent.',
    '',
  ];
  return lines.join('\n');
}
