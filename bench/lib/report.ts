import type { MediaBench } from './media.ts';
import type { Measurement } from './measure.ts';

export interface Scenario {
  name: string;
  articles: number;
  portals: number;
  astro: Measurement;
  plain: Measurement;
  /** Astro's time per page over the plain renderer's: below 2 meets the target. */
  ratioPerPage: number;
  /** Astro's wall time over the plain renderer's, though Astro writes more kinds of pages. */
  ratioWall: number;
  /** Astro's CPU time per page over the plain renderer's: the ratio least disturbed by other work on the machine. */
  ratioCpuPerPage: number;
  load: { start: number; max: number; end: number };
}

export function compare(astro: Measurement, plain: Measurement): Pick<Scenario, 'ratioPerPage' | 'ratioWall' | 'ratioCpuPerPage'> {
  const perPage = (m: Measurement, ms: number) => ms / Math.max(1, m.pages);
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  return {
    ratioPerPage: ratio(perPage(astro, astro.ms), perPage(plain, plain.ms)),
    ratioWall: ratio(astro.ms, plain.ms),
    ratioCpuPerPage: ratio(perPage(astro, astro.cpuMs), perPage(plain, plain.cpuMs)),
  };
}

const n = (value: number) => value.toLocaleString('en-US');
const s = (ms: number) => (ms / 1000).toFixed(1);

export function markdown(scenarios: readonly Scenario[], media: MediaBench | null, meta: { date: string; node: string; cpus: number; memGb: number; note: string }): string {
  const rows = scenarios.map(
    (x) =>
      `| ${x.name} | ${n(x.articles)} | ${x.portals} | ${n(x.astro.pages)} | ${s(x.astro.ms)} | ${n(x.astro.pagesPerSecond)} | ${x.astro.processes} | ${n(x.astro.peakRssMb)} / ${n(x.astro.peakTotalRssMb)} | ${n(x.plain.pages)} | ${s(x.plain.ms)} | ${n(x.plain.pagesPerSecond)} | ${n(x.plain.peakRssMb)} | **${x.ratioPerPage}×** | ${x.ratioCpuPerPage}× | ${x.ratioWall}× | ${x.load.start} → ${x.load.max} |`,
  );
  return `# Build benchmark

\`npm run bench:build\` — ${meta.date}, Node ${meta.node}, ${meta.cpus} cores, ${meta.memGb} GiB.
Synthetic content from the seed generators (193 portals, their records, N articles); no Strapi, no media.
Astro: \`buildSites\` as in production (input files, Astro runs, folders swapped into place).
Plain: template strings + fs, the same article-driven pages (home, articles, category and "tin-moi" listings, search, 404), one process.

| scenario | articles | portals | Astro pages | Astro s | Astro pages/s | Astro processes | Astro peak RSS MB (one / all at once) | plain pages | plain s | plain pages/s | plain peak RSS MB | ratio per page (wall) | ratio per page (CPU) | ratio wall | load (start → max) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${rows.join('\n')}

${scenarios.filter((x) => x.portals > 3 && x.astro.kinds).map(kindTable).join('\n')}
${media ? `### Media

${media.images} new ${media.source} photos, ${media.variants} variants (AVIF effort 2, WebP, JPEG at 480/960/1440 px), two at a time: ${s(media.coldMs)} s (${n(media.msPerImage)} ms per photo). The same content again (every source in the manifest, nothing fetched or encoded): **${n(media.warmMs)} ms**.
` : ''}
Ratio per page = Astro's seconds per page over the plain renderer's, in wall time and in CPU time of the renderer processes (Astro also renders page kinds the plain renderer does not: legal document registers and filters, records, RSS, sitemaps, about pages). Load is the 1-minute load average of this 2-core machine, which other work shared.
Target: ratio ≤ 2× and Astro peak RSS ≤ 3 GB at 50k articles.

${meta.note}
`;
}

/** Where Astro's rendering time goes, by kind of page, as Astro logged each page's time. */
function kindTable(x: Scenario): string {
  const kinds = Object.entries(x.astro.kinds ?? {}).toSorted((a, b) => b[1].ms - a[1].ms);
  const total = kinds.reduce((sum, [, k]) => sum + k.ms, 0);
  const rows = kinds.map(([kind, k]) => `| ${kind} | ${n(k.pages)} | ${s(k.ms)} | ${(k.ms / k.pages).toFixed(2)} | ${Math.round((100 * k.ms) / Math.max(1, total))}% |`);
  return `### Astro rendering time by page kind — ${x.name}

| page kind | pages | rendering s | ms / page | share |
|---|---:|---:|---:|---:|
${rows.join('\n')}
`;
}
