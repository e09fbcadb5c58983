import type { BuildProgress } from '@qn/site-builder';

const interactive = process.stdout.isTTY === true;

/** A step with a label, its elapsed time, and a spinner when the terminal allows it. */
export async function step<T>(label: string, work: () => Promise<T>, describe?: (value: T) => string): Promise<T> {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  let timer: NodeJS.Timeout | undefined;
  if (interactive) {
    const frames = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
    let i = 0;
    timer = setInterval(() => process.stdout.write(`\r${frames[i++ % frames.length]} ${label} … ${seconds()} s`), 100);
  } else {
    console.log(`… ${label}`);
  }
  try {
    const value = await work();
    if (timer) clearInterval(timer);
    const detail = describe ? ` (${describe(value)})` : '';
    process.stdout.write(`${interactive ? '\r\x1b[2K' : ''}✔ ${label}${detail} — ${seconds()} s\n`);
    return value;
  } catch (error) {
    if (timer) clearInterval(timer);
    process.stdout.write(`${interactive ? '\r\x1b[2K' : ''}✖ ${label} — failed after ${seconds()} s\n`);
    throw error;
  }
}

/** Prints build progress: a running page count, then the slowest portals. */
export function buildProgressPrinter(): (event: BuildProgress) => void {
  return (event) => {
    if (event.type === 'fetched') {
      console.log(`  content: ${event.portals} portal(s), ${event.articles} article(s) fetched in ${event.ms} ms`);
    } else if (event.type === 'rendering') {
      if (interactive) process.stdout.write(`\r\x1b[2K  ${event.pages} pages rendered…`);
      else if (event.pages % 1000 === 0) console.log(`  ${event.pages} pages rendered…`);
    } else if (event.type === 'rendered') {
      const slowest = event.slowest.map((p) => `${p.code} ${p.ms} ms`).join(', ');
      process.stdout.write(`${interactive ? '\r\x1b[2K' : ''}  ${event.pages} pages rendered in ${event.ms} ms; slowest portals: ${slowest}\n`);
    } else {
      console.log(`  ${event.portals} site folder(s) swapped into place in ${event.ms} ms`);
    }
  };
}
