import { readFile } from 'node:fs/promises';

/**
 * Samples the resident memory of the Astro processes running at the same
 * time and keeps the highest sum: what the machine had to hold, which
 * neither child can report on its own. Linux only (/proc); elsewhere it
 * reports 0.
 */
export function rssSampler(intervalMs = 250) {
  const pids = new Set<number>();
  let peakKb = 0;
  let sampling = false;
  const sample = async () => {
    if (sampling || pids.size === 0) return;
    sampling = true;
    const sizes = await Promise.all([...pids].map((pid) => residentKb(pid)));
    peakKb = Math.max(peakKb, sizes.reduce((a, b) => a + b, 0));
    sampling = false;
  };
  const timer = setInterval(() => void sample(), intervalMs);
  timer.unref();
  return {
    add(pid: number) {
      pids.add(pid);
    },
    remove(pid: number) {
      pids.delete(pid);
    },
    /** Highest combined resident memory seen, in KB. */
    peakKb: () => peakKb,
    stop() {
      clearInterval(timer);
    },
  };
}

async function residentKb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}
