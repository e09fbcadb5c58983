import { randomUUID } from 'node:crypto';
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { currentSite, swapIntoPlace } from './releases.ts';
import { isSafeCode } from './web-root.ts';

export interface DeployReport {
  portals: string[];
  media: { added: number; present: number };
}

export class DeployError extends Error {
  override name = 'DeployError';
}

/**
 * Copies built portals from a build folder (`npm run build:sites -- --out`)
 * into a web root, each swapped in atomically as a new release. Media go
 * first and are only ever added (their names are content hashes), so a page
 * never points at a file that is not there yet, and runners deploying
 * different portals (CI shards) never overwrite each other. Portals not
 * named are left as they are.
 */
export async function deploySites(options: { from: string; to: string; portals?: readonly string[] | null }): Promise<DeployReport> {
  const listed = await readPortalList(options.from);
  const codes = options.portals ? [...new Set(options.portals)] : listed;
  const unknown = codes.filter((code) => !listed.includes(code));
  if (unknown.length > 0) throw new DeployError(`${options.from} holds no site for ${unknown.join(', ')}.`);
  const sources = await Promise.all(codes.map(async (code) => [code, await currentSite(options.from, code)] as const));
  const missing = sources.filter(([, source]) => !source).map(([code]) => code);
  if (missing.length > 0) throw new DeployError(`${options.from} has no built folder for ${missing.join(', ')}: build them first.`);

  await mkdir(options.to, { recursive: true });
  const media = await addMedia(join(options.from, '_media'), join(options.to, '_media'));
  const stamp = `deploy-${Date.now()}-${randomUUID().slice(0, 8)}`;
  const incoming = join(options.to, '.incoming', stamp);
  try {
    for (const [code, source] of sources) {
      await cp(source!, join(incoming, code), { recursive: true });
      await swapIntoPlace(join(incoming, code), options.to, code, stamp);
    }
  } finally {
    await rm(incoming, { recursive: true, force: true });
  }
  await copyAtomically(join(options.from, '_portals.json'), join(options.to, '_portals.json'));
  return { portals: codes, media };
}

async function readPortalList(from: string): Promise<string[]> {
  let list: unknown;
  try {
    list = JSON.parse(await readFile(join(from, '_portals.json'), 'utf8'));
  } catch (error) {
    throw new DeployError(`${join(from, '_portals.json')} is missing or not JSON: is ${from} a build folder? (${(error as Error).message})`);
  }
  const codes = Array.isArray(list) ? list.map((p: { code?: unknown }) => p?.code) : [];
  if (codes.length === 0 || !codes.every((code): code is string => typeof code === 'string' && isSafeCode(code))) {
    throw new DeployError(`${join(from, '_portals.json')} is not a list of portals with valid codes.`);
  }
  return codes;
}

/** Adds the media files the web root does not have yet; dot files (the builder's manifest) stay with the build. */
async function addMedia(from: string, to: string): Promise<DeployReport['media']> {
  const report = { added: 0, present: 0 };
  const names = await readdir(from, { recursive: true }).catch(() => [] as string[]);
  for (const name of names) {
    if (name.split('/').some((part) => part.startsWith('.'))) continue;
    const source = join(from, name);
    if (!(await stat(source)).isFile()) continue;
    const target = join(to, name);
    if (await stat(target).then(() => true, () => false)) {
      report.present += 1;
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await copyAtomically(source, target);
    report.added += 1;
  }
  return report;
}

async function copyAtomically(from: string, to: string): Promise<void> {
  const temp = `${to}.tmp-${process.pid}-${randomUUID().slice(0, 8)}`;
  await copyFile(from, temp);
  await rename(temp, to);
}

