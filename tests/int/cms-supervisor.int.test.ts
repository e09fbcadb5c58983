import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, superviseCms, waitFor, type SupervisedCms } from '@qn/devstack';

/**
 * `npm start` keeps the CMS running: a real `strapi start` child that dies
 * (here: killed) is started again after a short wait, and answers again.
 */
let dataDir: string;
let cms: SupervisedCms;
let url: string;
const exits: Array<{ signal: string | null; restartInMs: number }> = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qn-supervisor-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATA_DIR: dataDir, CMS_PORT: String(port), CMS_URL: url, CMS_SERVE_ADMIN: 'false', CMS_LOG_LEVEL: 'error', DATABASE_CLIENT: 'sqlite' };
  delete env.DATABASE_URL;
  delete env.DATABASE_FILENAME;
  cms = await superviseCms({ dataDir, url, env, backoffMs: 200, onExit: (e) => exits.push({ signal: e.signal, restartInMs: e.restartInMs }) });
});
afterAll(async () => {
  await cms?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const healthy = async () => (await fetch(`${url}/_health`).catch(() => null))?.status === 204;

describe('the CMS under supervision', () => {
  it('is started again after it dies, and answers again', async () => {
    expect(await healthy()).toBe(true);
    const first = cms.child.pid;
    cms.child.kill('SIGKILL');
    await waitFor('the CMS to stop', async () => !(await healthy()), 10_000);
    await waitFor('the CMS to come back', async () => cms.restarts === 1 && (await healthy()), 120_000, 200);
    expect(cms.child.pid).not.toBe(first);
    expect(exits).toEqual([{ signal: 'SIGKILL', restartInMs: 200 }]);
  });

  it('stays stopped when it is asked to stop', async () => {
    await cms.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await healthy()).toBe(false);
    expect(cms.restarts).toBe(1);
  });
});
