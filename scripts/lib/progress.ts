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

/** Prints build progress as a bar on a terminal, or a line every 10 % otherwise. */
export function buildProgressPrinter(): (event: BuildProgress) => void {
  let lastDecile = -1;
  let portalStarted = Date.now();
  return (event) => {
    if (event.type === 'fetched') {
      console.log(`  content: ${event.portals} portal(s), ${event.articles} article(s) fetched in ${event.ms} ms`);
      portalStarted = Date.now();
    } else if (event.type === 'portal') {
      const elapsed = Date.now() - portalStarted;
      portalStarted = Date.now();
      const share = event.done / event.total;
      if (interactive) {
        const width = 30;
        const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
        process.stdout.write(`\r\x1b[2K  ${bar} ${event.done}/${event.total} ${event.code} (${elapsed} ms)`);
        if (event.done === event.total) process.stdout.write('\n');
      } else if (Math.floor(share * 10) > lastDecile) {
        lastDecile = Math.floor(share * 10);
        console.log(`  ${event.done}/${event.total} portals rendered (last: ${event.code}, ${elapsed} ms)`);
      }
    } else {
      console.log(`  ${event.portals} site folder(s) swapped into place in ${event.ms} ms`);
    }
  };
}
