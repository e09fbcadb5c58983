import type { BuildProgress, BuildReport, IsolationStep } from '@qn/site-builder';

const interactive = process.stdout.isTTY === true;

/**
 * A step with a label, its elapsed time, and a spinner when the terminal
 * allows it. The work may report how far it got (`note("12,000 / 50,000")`):
 * shown beside the spinner, or printed now and then without a terminal.
 */
export async function step<T>(label: string, work: (note: (text: string) => void) => Promise<T>, describe?: (value: T) => string): Promise<T> {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  let timer: NodeJS.Timeout | undefined;
  let detail = '';
  let printed = 0;
  const note = (text: string) => {
    detail = text;
    if (!interactive && Date.now() - printed > 5_000) {
      printed = Date.now();
      console.log(`  ${label}: ${text}`);
    }
  };
  if (interactive) {
    const frames = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
    let i = 0;
    timer = setInterval(() => process.stdout.write(`\r\x1b[2K${frames[i++ % frames.length]} ${label} … ${seconds()} s${detail ? ` (${detail})` : ''}`), 100);
  } else {
    console.log(`… ${label}`);
  }
  try {
    const value = await work(note);
    if (timer) clearInterval(timer);
    const summary = describe ? ` (${describe(value)})` : '';
    process.stdout.write(`${interactive ? '\r\x1b[2K' : ''}✔ ${label}${summary} — ${seconds()} s\n`);
    return value;
  } catch (error) {
    if (timer) clearInterval(timer);
    process.stdout.write(`${interactive ? '\r\x1b[2K' : ''}✖ ${label} — failed after ${seconds()} s\n`);
    throw error;
  }
}

const clear = interactive ? '\r\x1b[2K' : '';
const n = (value: number) => value.toLocaleString('en-US');
const inSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** "[██████░░░░░░] 48%": the page count against an estimate, so it stops short of full until the end. */
function bar(done: number, expected: number, width = 24): string {
  const share = expected > 0 ? Math.min(0.99, done / expected) : 0;
  const filled = Math.round(share * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(2)}%`;
}

function describeStep(step: IsolationStep): string {
  const where = `${step.codes.length} portal(s)`;
  if (step.action === 'leave-out-record') return `a page failed: ${step.problem.model} ${step.problem.documentId} is left out, rebuilding ${where}`;
  if (step.action === 'leave-out-portal') return `${step.portal} failed (${step.message}); rebuilding the other ${step.codes.length - 1}`;
  if (step.action === 'split') return `a run over ${where} failed without naming a page (${step.message}); splitting it to find the portal`;
  return `${where} not built: ${step.message}`;
}

/**
 * Prints build progress: media, a progress bar of pages (against an
 * estimate), one line per finished Astro run with its time and peak memory,
 * each isolation step, then the slowest portals.
 */
export function buildProgressPrinter(): (event: BuildProgress) => void {
  const started = Date.now();
  let lastDecile = 0;
  return (event) => {
    if (event.type === 'fetched') {
      console.log(`  content: ${event.portals} portal(s), ${n(event.articles)} article(s) fetched in ${event.ms} ms`);
    } else if (event.type === 'media') {
      if (interactive) process.stdout.write(`${clear}  media: ${event.done}/${event.total} source(s)…`);
    } else if (event.type === 'media-done') {
      const { sources, processed, reused, refused, ms } = event.stats;
      process.stdout.write(`${clear}  media: ${sources} source(s): ${processed} new, ${reused} unchanged, ${refused} refused, in ${inSeconds(ms)}\n`);
    } else if (event.type === 'planned') {
      console.log(`  rendering ${event.portals} portal(s), about ${n(event.expectedPages)} pages, in ${event.runs} Astro run(s)`);
    } else if (event.type === 'rendering') {
      const rate = event.pages / Math.max(1, (Date.now() - started) / 1000);
      const line = `  ${bar(event.pages, event.expectedPages)} ${n(event.pages)} pages · ${n(Math.round(rate))} pages/s`;
      const decile = Math.floor((10 * event.pages) / Math.max(1, event.expectedPages));
      if (interactive) process.stdout.write(`${clear}${line}`);
      else if (decile > lastDecile) console.log(line);
      lastDecile = Math.max(lastDecile, decile);
    } else if (event.type === 'run-done') {
      process.stdout.write(`${clear}  ✔ ${event.portals.length} portal(s), ${n(event.pages)} pages in ${inSeconds(event.ms)}, peak ${n(event.peakRssMb)} MB\n`);
    } else if (event.type === 'isolating') {
      process.stdout.write(`${clear}  ⚠ ${describeStep(event.step)}\n`);
    } else if (event.type === 'rendered') {
      process.stdout.write(`${clear}  ${n(event.pages)} pages rendered in ${inSeconds(event.ms)}; slowest portals (Astro's page times):\n`);
      for (const p of event.slowest) console.log(`    ${p.code.padEnd(24)} ${n(p.ms).padStart(7)} ms`);
    } else {
      console.log(`  ${event.portals} site folder(s) swapped into place in ${event.ms} ms${event.failed ? `; ${event.failed} portal(s) failed` : ''}`);
    }
  };
}

/**
 * What a build left out and which portals failed, the same in every command
 * that builds (npm start, build:sites, ci:publish): records left out, uploads
 * not shown, then the failed portals, which keep their previous site.
 */
export function printBuildProblems(report: Pick<BuildReport, 'problems' | 'media' | 'failed'>): void {
  for (const problem of report.problems) console.warn(`  ⚠ ${problem.model} ${problem.documentId} left out: ${problem.message}`);
  for (const p of report.media.problems) console.warn(`  ⚠ ${p.field} of ${p.model} ${p.documentId} (${p.portal ?? 'all portals'}) not shown, ${p.reason}: ${p.message}`);
  if (report.failed.length === 0) return;
  console.error(`✖ ${report.failed.length} portal(s) failed and keep their previous site:`);
  for (const failure of report.failed) console.error(`  ${failure.code}: ${failure.message}`);
}
