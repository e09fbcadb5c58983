import { readFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';

/** Resident memory of one process now and at its highest (Linux's VmRSS and VmHWM), MB; null once it has exited. */
export async function rssOf(pid: number): Promise<{ rssMb: number; peakMb: number } | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  if (!status) return null;
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** Watches the peak resident memory of named processes, sampling every `everyMs` (the kernel's high-water mark is read too). */
export function peakWatcher(everyMs = 500) {
  const peaks = new Map<string, number>();
  const watched = new Map<string, number>();
  const sample = async () => {
    for (const [name, pid] of watched) {
      const rss = await rssOf(pid);
      if (rss) peaks.set(name, Math.max(peaks.get(name) ?? 0, rss.peakMb));
    }
  };
  const timer = setInterval(() => void sample(), everyMs);
  timer.unref();
  return {
    watch(name: string, pid: number | undefined) {
      if (pid !== undefined) watched.set(name, pid);
    },
    async stop(): Promise<Record<string, number>> {
      clearInterval(timer);
      await sample();
      return Object.fromEntries(peaks);
    },
  };
}

/** Runs a Node script to completion, timing it and watching its peak memory; its output goes to `log`. */
export async function runTimed(script: string, args: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<{ ms: number; peakRssMb: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  const timer = setInterval(() => void rssOf(child.pid!).then((r) => (peak = Math.max(peak, r?.peakMb ?? 0))), 250);
  let tail = '';
  const collect = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${script} exited with code ${code}:\n${tail}`);
  return { ms: Date.now() - started, peakRssMb: peak };
}
