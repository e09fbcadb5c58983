import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMeilisearch, type RunningMeili } from '@qn/devstack';
import { runScript, type CliResult } from '../helpers/cli.ts';
import { stackEnv, startStack, type TestStack } from '../helpers/stack.ts';

/** `npm run build:sites` as an operator or CI runs it, against a real Strapi and Meilisearch. */
const MEILI_KEY = 'build-cli-master-key-0123456789';
const PORTALS = ['campha', 'coto-coto', 'coto-thanhlan', 'english', 'halong', 'uongbi'];
let stack: TestStack;
let meili: RunningMeili;
let outDir: string;

function buildSites(args: string[]): Promise<CliResult> {
  return runScript('build-sites.ts', args, stackEnv(stack, { MEILI_HOST: meili.url, MEILI_MASTER_KEY: MEILI_KEY }));
}

const built = async () => (await readdir(outDir, { withFileTypes: true })).filter((d) => (d.isDirectory() || d.isSymbolicLink()) && !d.name.startsWith('_') && !d.name.startsWith('.')).map((d) => d.name).toSorted();

beforeAll(async () => {
  stack = await startStack({ articles: 193 * 2 });
  meili = await startMeilisearch({ dataDir: join(stack.dataDir, 'cli-meili'), port: await freePort(), masterKey: MEILI_KEY });
  outDir = await mkdtemp(join(tmpdir(), 'qn-cli-sites-'));
});
afterAll(async () => {
  await meili?.stop();
  await stack?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('npm run build:sites', () => {
  it('--shard 1/2 and 2/2 together build every portal asked for, each once', async () => {
    const first = await buildSites(['--portals', PORTALS.join(','), '--shard', '1/2', '--out', outDir]);
    expect(first.code, first.stderr).toBe(0);
    const firstShare = await built();
    const second = await buildSites(['--portals', PORTALS.join(','), '--shard', '2/2', '--out', outDir]);
    expect(second.code, second.stderr).toBe(0);
    const all = await built();
    expect(all).toEqual(PORTALS);
    expect(firstShare.length).toBeGreaterThan(0);
    expect(firstShare.length).toBeLessThan(PORTALS.length);
    expect(first.stdout).toContain(`shard 1/2: ${firstShare.length} of ${PORTALS.length} portal(s)`);
    expect(second.stdout).toContain(`shard 2/2: ${PORTALS.length - firstShare.length} of ${PORTALS.length} portal(s)`);
    // The summary names the output folder and the memory the Astro processes needed.
    expect(second.stdout).toMatch(/Built \d+ portal\(s\), [\d,]+ pages, in [\d.]+ s → .*peak memory \d+ MB per process/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('refuses a malformed shard and unknown portals, with a non-zero exit and a message saying what to fix', async () => {
    const shard = await buildSites(['--shard', '3/2', '--out', outDir]);
    expect(shard.code).toBe(1);
    expect(shard.stderr).toContain('--shard takes "i/n" with 1 ≤ i ≤ n');
    const unknown = await buildSites(['--portals', 'halong,khong-co-cong-nay', '--out', outDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No portal has the code "khong-co-cong-nay"');
  });
});
