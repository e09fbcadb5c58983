/** `npm run bench:build`: Astro against a plain renderer at real sizes (see USAGE). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@qn/config';
import type { Snapshot } from '@qn/content';
import { narrowSnapshot } from '@qn/site-builder';
import { syntheticSnapshot } from './lib/synthetic.ts';
import { benchMedia, type MediaBench } from './lib/media.ts';
import { loadMonitor, measureAstro, measurePlain, median, SETTINGS, type Measurement } from './lib/measure.ts';
import { compare, markdown, type Scenario } from './lib/report.ts';
import { fail, parseCli } from '../scripts/lib/cli.ts';

const USAGE = `
Usage: npm run bench:build [-- --sizes 10000,50000] [--repeat 1] [--note TEXT]

Full builds of all 193 portals at each size, and partial builds of one and
three portals, by the real site builder (Astro) and by a plain template
renderer in the same run on the same synthetic snapshot. Writes
bench/results/build.json and bench/results/build.md.

Options:
  --sizes    article counts, comma-separated, each up to 200000
  --repeat   runs per measurement, the median is reported (default 1)
  --note     a line saved with the results
  -h, --help show this help
`;
const { values } = parseCli({ sizes: { type: 'string', default: '10000,50000' }, repeat: { type: 'string', default: '1' }, note: { type: 'string', default: '' } }, USAGE);
const sizes = values.sizes.split(',').map(Number);
const repeat = Number(values.repeat);
if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 200_000)) fail(`--sizes must be whole numbers from 1 to 200000, got "${values.sizes}".`);
if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20) fail(`--repeat must be a whole number from 1 to 20, got "${values.repeat}".`);
const PARTIALS: Array<{ name: string; codes: string[] }> = [
  { name: 'one portal (halong)', codes: ['halong'] },
  // A ward's article shared to the province: the ward, its city and the provincial portal.
  { name: 'three portals (quangninh, halong, halong-baichay)', codes: ['quangninh', 'halong', 'halong-baichay'] },
];

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'qn-bench-'));
}

async function timed(run: (outDir: string) => Promise<Measurement>): Promise<Measurement> {
  const runs: Measurement[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const outDir = await scratch();
    try {
      runs.push(await run(outDir));
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  }
  return median(runs);
}

async function scenario(name: string, articles: number, snapshot: Snapshot, codes: string[] | null): Promise<Scenario> {
  const content = codes ? narrowSnapshot(snapshot, codes) : snapshot;
  const inputDir = await scratch();
  const inputFile = join(inputDir, 'input.json');
  await writeFile(inputFile, JSON.stringify({ snapshot: content, settings: SETTINGS, assets: {} }));
  const load = loadMonitor();
  try {
    process.stdout.write(`  ${name}: Astro… `);
    const astro = await timed((out) => measureAstro(content, codes, out));
    process.stdout.write(`${(astro.ms / 1000).toFixed(1)} s; plain… `);
    const plain = await timed((out) => measurePlain(inputFile, out));
    const result: Scenario = { name, articles, portals: codes?.length ?? snapshot.portals.length, astro, plain, ...compare(astro, plain), load: load.stop() };
    console.log(`${(plain.ms / 1000).toFixed(1)} s; ${result.ratioPerPage}× per page (CPU ${result.ratioCpuPerPage}×), Astro peak ${astro.peakRssMb} MB / ${astro.peakTotalRssMb} MB at once`);
    return result;
  } finally {
    await rm(inputDir, { recursive: true, force: true });
  }
}

const scenarios: Scenario[] = [];
let media: MediaBench | null = null;
for (const size of sizes) {
  const started = Date.now();
  const snapshot = syntheticSnapshot({ articles: size });
  console.log(`${size.toLocaleString('en-US')} articles (snapshot made in ${((Date.now() - started) / 1000).toFixed(1)} s):`);
  scenarios.push(await scenario(`full, ${size / 1000}k articles`, size, snapshot, null));
  for (const partial of PARTIALS) scenarios.push(await scenario(`${partial.name}, ${size / 1000}k`, size, snapshot, partial.codes));
  if (!media) {
    process.stdout.write('  media: 24 new photos… ');
    media = await benchMedia(snapshot, 24);
    console.log(`${(media.coldMs / 1000).toFixed(1)} s (${media.msPerImage} ms each, two at a time); unchanged re-run ${media.warmMs} ms`);
  }
}

const meta = { date: new Date().toISOString(), node: process.versions.node, cpus: availableParallelism(), memGb: Math.round(totalmem() / 2 ** 30), note: values.note };
await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
await writeFile(join(REPO_ROOT, 'bench/results/build.json'), `${JSON.stringify({ ...meta, repeat, scenarios, media }, null, 2)}\n`);
await writeFile(join(REPO_ROOT, 'bench/results/build.md'), markdown(scenarios, media, meta));
console.log('\nWrote bench/results/build.json and bench/results/build.md');
