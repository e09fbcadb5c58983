/**
 * One outbox consumer at a time: the lease and fenced cursor kept in the
 * CMS (`/api/publisher/*`), attacked with inputs it was not designed for,
 * then real `npm run publisher` processes started together, one killed,
 * one stopped while another waits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisherApi, LeaseLostError } from '@qn/cms-client';
import { freePort } from '@qn/devstack';
import type { Health } from '@qn/publisher';
import { OUTBOX_LEASE } from '@qn/content';
import { REPO_ROOT } from '@qn/config';
import { paragraph } from '../helpers/admin-api.ts';
import { stackEnv, startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let outDir: string;
const children: ChildProcess[] = [];

const api = () => createPublisherApi({ url: stack.cmsUrl, token: stack.token });
const post = (path: string, body: unknown, token: string | null = stack.token) =>
  fetch(`${stack.cmsUrl}/api/publisher/${path}`, {
    method: path === 'cursor' ? 'PUT' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  stack = await startStack({ meili: true });
  outDir = await mkdtemp(join(tmpdir(), 'qn-lease-sites-'));
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await stack?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('the lease and cursor routes', () => {
  it('gives the lease to one holder at a time and fences out one that lost it', async () => {
    const a = await api().lease(OUTBOX_LEASE, 'host-a:1', 60_000);
    expect(a).toMatchObject({ held: true, holder: 'host-a:1' });
    const b = await api().lease(OUTBOX_LEASE, 'host-b:2', 60_000);
    expect(b).toMatchObject({ held: false, holder: 'host-a:1', fence: a.fence });
    // Renewing keeps the fence; the cursor is saved under it.
    expect((await api().lease(OUTBOX_LEASE, 'host-a:1', 60_000)).fence).toBe(a.fence);
    await api().saveCursor(OUTBOX_LEASE, 'host-a:1', a.fence, { lastEventId: 5, highest: 5, gaps: [] });
    // B cannot write while A holds it, with A's fence or any other.
    await expect(api().saveCursor(OUTBOX_LEASE, 'host-b:2', a.fence, { lastEventId: 9, highest: 9, gaps: [] })).rejects.toThrow(LeaseLostError);
    await api().release(OUTBOX_LEASE, 'host-a:1');
    const taken = await api().lease(OUTBOX_LEASE, 'host-b:2', 60_000);
    expect(taken).toMatchObject({ held: true, holder: 'host-b:2', fence: a.fence + 1 });
    // A, back from a long pause, still believes it holds fence a.fence: refused, and the stored cursor is as A left it.
    await expect(api().saveCursor(OUTBOX_LEASE, 'host-a:1', a.fence, { lastEventId: 7, highest: 7, gaps: [] })).rejects.toThrow(LeaseLostError);
    expect((await api().state(OUTBOX_LEASE)).cursor).toEqual({ lastEventId: 5, highest: 5, gaps: [] });
    await api().release(OUTBOX_LEASE, 'host-b:2');
  });

  it('refuses bodies it was not designed for with 400, and callers without the permission, and stores nothing', async () => {
    const before = await api().state(OUTBOX_LEASE);
    const hostile: Array<[string, unknown]> = [
      ['lease', { name: OUTBOX_LEASE, holder: 'x', ttlMs: 10 ** 12 }],
      ['lease', { name: 'another', holder: 'x', ttlMs: 5_000 }],
      ['lease', { name: OUTBOX_LEASE, holder: 'x y; drop table', ttlMs: 5_000 }],
      ['lease', { name: OUTBOX_LEASE, holder: 'x', ttlMs: 5_000, fence: 99 }],
      ['lease', { name: { $ne: null }, holder: 'x', ttlMs: 5_000 }],
      ['lease', '{"name":'],
      ['lease', [1, 2, 3]],
      ['cursor', { name: OUTBOX_LEASE, holder: 'x', fence: 0, cursor: { lastEventId: 9, highest: 3, gaps: [] } }],
      ['cursor', { name: OUTBOX_LEASE, holder: 'x', fence: -1, cursor: { lastEventId: 1, highest: 1, gaps: [] } }],
      ['cursor', { name: OUTBOX_LEASE, holder: 'x', fence: 0, cursor: { lastEventId: 1, highest: 1, gaps: [{ from: 5, to: 2, since: 'now' }] } }],
      ['wanted', { name: OUTBOX_LEASE, holder: 'x', fence: 0, portals: ['../etc'], upTo: 1 }],
      ['builds', { results: [{ portal: 'halong', ok: true, by: 'x\ny' }] }],
      ['builds', { results: [] }],
      // A portal that does not exist, and a request from the future: either would mark portals built that were not.
      ['builds', { results: [{ portal: 'khong-co', ok: true }] }],
      ['builds', { results: [{ portal: 'halong', ok: true, seq: Number.MAX_SAFE_INTEGER }] }],
      ['cursor', { name: OUTBOX_LEASE, holder: 'x', fence: 2 ** 31, cursor: { lastEventId: 1, highest: 1, gaps: [] } }],
      ['cursor', { name: OUTBOX_LEASE, holder: 'x', fence: 0, cursor: { lastEventId: 10 ** 12, highest: 10 ** 12, gaps: [] } }],
    ];
    for (const [path, body] of hostile) {
      const response = await post(path, body);
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400);
    }
    expect((await fetch(`${stack.cmsUrl}/api/publisher/state?name[$ne]=x`, { headers: { authorization: `Bearer ${stack.token}` } })).status).toBe(400);
    const tokens = stack.strapi.service('admin::api-token-content-api') as { create(a: object): Promise<{ accessKey: string }> };
    const readOnly = await tokens.create({ name: 'Read-only for lease', type: 'read-only', lifespan: null });
    const builder = await tokens.create({ name: 'Builder only', type: 'custom', lifespan: null, permissions: ['api::builder.builder.find', 'api::content-event.content-event.find'] });
    for (const token of [readOnly.accessKey, builder.accessKey, null]) {
      expect([401, 403]).toContain((await post('lease', { name: OUTBOX_LEASE, holder: 'intruder', ttlMs: 60_000 }, token)).status);
      expect([401, 403]).toContain((await post('builds', { results: [{ portal: 'halong', ok: false, error: 'x' }] }, token)).status);
    }
    expect(await api().state(OUTBOX_LEASE)).toEqual(before);
    expect((await api().builds()).filter((b) => b.lastError === 'x')).toEqual([]);
  });

  it('takes only the dispatcher holding the lease as a source of rebuild requests', async () => {
    const lease = await api().lease(OUTBOX_LEASE, 'dispatcher:1', 60_000);
    await api().want(OUTBOX_LEASE, 'dispatcher:1', lease.fence, ['halong', 'campha'], 40);
    await expect(api().want(OUTBOX_LEASE, 'dispatcher:2', lease.fence, ['uongbi'], 41)).rejects.toThrow(LeaseLostError);
    await api().recordBuilds([{ portal: 'halong', ok: true, seq: 40, ms: 1200, by: 'ci 17' }, { portal: 'campha', ok: false, error: 'Astro: trang chủ lỗi', by: 'ci 17' }]);
    const builds = new Map((await api().builds()).map((b) => [b.portal, b]));
    expect(builds.get('halong')).toMatchObject({ requested: 40, done: 40, lastError: null, lastMs: 1200, lastBy: 'ci 17' });
    expect(builds.get('campha')).toMatchObject({ requested: 40, done: 0, lastError: 'Astro: trang chủ lỗi' });
    expect(builds.has('uongbi')).toBe(false);
    await api().release(OUTBOX_LEASE, 'dispatcher:1');
  });
});

interface Running {
  child: ChildProcess;
  out: () => string;
  health: () => Promise<{ status: number; body: Health }>;
}

async function startPublisher(): Promise<Running> {
  const port = await freePort();
  const env = stackEnv(stack, {
    MEILI_INDEX: `lease_${process.pid}`,
    SITES_OUT_DIR: outDir,
    PUBLISHER_POLL_MS: '300',
    PUBLISHER_LEASE_MS: '3000',
    PUBLISHER_HEALTH_PORT: String(port),
  });
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'publisher.ts')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const health = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: response.status, body: (await response.json()) as Health };
  };
  return { child, out: () => out, health };
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const holds = (p: Running) => p.out().includes('holds the "outbox" lease');
const batchLines = (p: Running) => p.out().split('\n').filter((line) => line.includes('change(s): rebuilt'));
const batches = (p: Running) => batchLines(p).length;

async function publishArticle(title: string): Promise<string> {
  const portal = await stack.admin.portalId('coto-thanhlan');
  const article = await stack.admin.createArticle({ title, body: paragraph(`${title}.`), portal: { connect: [{ documentId: portal }] } });
  expect((await stack.admin.publish(article.documentId)).status).toBe(200);
  return join(outDir, 'coto-thanhlan', 'bai-viet', article.slug, 'index.html');
}

describe('publishers started side by side', () => {
  it('lets one consume the outbox, hands over when it is killed or stopped, and keeps the cursor whole', async () => {
    // As `npm start` leaves it after its full build: the seed's rows are covered.
    const setup = await api().lease(OUTBOX_LEASE, 'setup:0', 10_000);
    await api().saveCursor(OUTBOX_LEASE, 'setup:0', setup.fence, { lastEventId: await stack.cms.lastEventId(), highest: await stack.cms.lastEventId(), gaps: [] });
    await api().release(OUTBOX_LEASE, 'setup:0');

    const first = await startPublisher();
    const second = await startPublisher();
    await until('one publisher to take the lease', () => holds(first) || holds(second));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [holder, waiter] = holds(first) ? [first, second] : [second, first];
    expect(holds(waiter)).toBe(false);
    expect(waiter.out()).toContain('consumes the outbox until');

    const pageA = await publishArticle('Thanh Lân mở lớp học bơi cho học sinh');
    await until('the holder to publish the first article', () => existsSync(pageA));
    // The page is live before the batch ends (the index is updated beside it): wait for the batch's report.
    // The draft's creation may have made a batch of its own that rebuilt nothing, so wait for this one.
    await until('the holder to report its batch', () => batchLines(holder).some((line) => line.includes('coto-thanhlan')));
    // Operators see which one works and which one waits, and how far behind the outbox the worker is.
    const working = await holder.health();
    expect(working.status).toBe(200);
    expect(working.body).toMatchObject({ status: 'ok', role: 'publisher', lease: { held: true }, failures: { consecutive: 0 } });
    expect(working.body.lastBatch?.rebuilt).toContain('coto-thanhlan');
    expect(working.body.portals?.lastSuccess['coto-thanhlan']).toEqual(expect.any(String));
    const standing = await waiter.health();
    expect(standing.body).toMatchObject({ status: 'standby', lease: { held: false, heldBy: { holder: working.body.lease.holder } } });
    await until('the outbox to be handled', async () => (await holder.health()).body.outbox?.behind === 0);
    expect(batches(waiter), waiter.out()).toBe(0);

    // Killed mid-life: no release, the lease runs out (3 s) and the waiting one takes over.
    holder.child.kill('SIGKILL');
    const killedAt = Date.now();
    const pageB = await publishArticle('Thanh Lân tổ chức ngày hội đọc sách');
    await until('the waiting publisher to take over and publish', () => existsSync(pageB));
    const takeoverMs = Date.now() - killedAt;
    expect(holds(waiter)).toBe(true);
    console.log(`takeover after SIGKILL: ${takeoverMs} ms (lease 3,000 ms)`);

    // A restart overlap: a third one waits while the second runs, and takes over at once when it stops cleanly.
    const third = await startPublisher();
    await until('the third publisher to see the lease is held', () => third.out().includes('consumes the outbox until'));
    const stoppedAt = Date.now();
    waiter.child.kill('SIGTERM');
    await until('the third publisher to take the released lease', () => holds(third));
    console.log(`takeover after a clean stop: ${Date.now() - stoppedAt} ms`);
    const pageC = await publishArticle('Thanh Lân ra quân làm sạch bờ biển');
    await until('the third publisher to publish', () => existsSync(pageC));

    // Nothing was skipped and the cursor kept every row: it reaches the newest outbox row.
    const last = await stack.cms.lastEventId();
    await until('the stored cursor to reach the newest row', async () => (await api().state(OUTBOX_LEASE)).cursor?.lastEventId === last);
    const builds = new Map((await api().builds()).map((b) => [b.portal, b]));
    expect(builds.get('coto-thanhlan')).toMatchObject({ lastError: null, lastBy: 'publisher' });
    third.child.kill('SIGTERM');
  }, 240_000);
});
