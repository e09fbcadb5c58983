/**
 * The road to production, end to end: the nightly workflow's own steps
 * (read from rebuild-all.yml) fill a web root that Debian's nginx serves;
 * then the dispatcher turns a publish into a repository_dispatch, and
 * publish.yml's own steps build and deploy what it asked for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisherApi } from '@qn/cms-client';
import { OUTBOX_LEASE } from '@qn/content';
import { REPO_ROOT } from '@qn/config';
import { paragraph } from '../helpers/admin-api.ts';
import { freePort } from '@qn/devstack';
import { NGINX, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { requestWithHost } from '../helpers/site-get.ts';
import { MEILI_KEY, stackEnv, startStack, type TestStack } from '../helpers/stack.ts';
import { readWorkflow, runStep, runSteps, stepEnv, type Contexts, type Workflow } from '../helpers/workflow.ts';

let stack: TestStack;
let nginx: RunningNginx;
let port: number;
let webRoot: string;
let runnerTemp: string;
let contexts: Contexts;
let receiver: Server;
const dispatches: Array<{ status: number; body: { event_type: string; client_payload: { portals: string[]; upTo: number } } }> = [];
let dispatcher: ChildProcess | null = null;
let dispatcherOut = '';

const api = () => createPublisherApi({ url: stack.cmsUrl, token: stack.token });
const page = (code: string, path: string) => requestWithHost(port, `${code}.localhost`, path);

/** Runs a job's steps as our runner would, in order, stopping at the first failure. */
async function runJob(workflow: Workflow, job: string, extra: Partial<Contexts> = {}): Promise<string> {
  let log = '';
  for (const step of runSteps(workflow, job)) {
    const env = { ...stepEnv(workflow, job, step, { ...contexts, ...extra }), GITHUB_RUN_ID: '4242', RUNNER_TEMP: runnerTemp, DATA_DIR: join(runnerTemp, 'workspace-data') };
    const { code, out } = await runStep(step, env);
    log += out;
    if (code !== 0) throw new Error(`step "${step.name ?? step.run}" of ${job} exited ${code}:\n${out.slice(-3000)}`);
  }
  return log;
}

beforeAll(async () => {
  stack = await startStack({ meili: true, articles: 30 });
  port = await freePort();
  webRoot = await mkdtemp(join(tmpdir(), 'qn-wf-root-'));
  runnerTemp = await mkdtemp(join(tmpdir(), 'qn-wf-runner-'));
  // nginx runs before anything is deployed, answering 404 to every host, as on a new server.
  nginx = await startNginx(`server { listen ${port} default_server; return 404; }\n`, port);
  contexts = {
    vars: {
      CMS_URL: stack.cmsUrl,
      MEILI_HOST: stack.meili!.url,
      MEILI_PUBLIC_URL: stack.meili!.url,
      MEILI_INDEX: `wf_${process.pid}`,
      SITE_URL_TEMPLATE: `http://{code}.localhost:${port}`,
      MEDIA_URL: `http://media.localhost:${port}/_media`,
      WEB_ROOT: webRoot,
      NGINX_CONF: join(nginx.dir, 'portals.conf'),
      NGINX_TEST: `${NGINX} -t -q -p ${nginx.dir} -c ${join(nginx.dir, 'nginx.conf')}`,
      NGINX_RELOAD: `${NGINX} -p ${nginx.dir} -c ${join(nginx.dir, 'nginx.conf')} -s reload`,
    },
    secrets: { CMS_API_TOKEN: stack.token, MEILI_ADMIN_KEY: MEILI_KEY },
    // A dispatched run has no inputs; a manual one may name portals.
    inputs: {},
  };
  // The CI service's dispatch endpoint: the first request fails, as a busy API does now and then.
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const status = dispatches.length === 0 ? 502 : 204;
      dispatches.push({ status, body: JSON.parse(body) as (typeof dispatches)[number]['body'] });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
}, 300_000);

afterAll(async () => {
  dispatcher?.kill('SIGKILL');
  await new Promise((resolve) => receiver?.close(resolve));
  await nginx?.stop();
  await stack?.stop();
  await rm(webRoot, { recursive: true, force: true });
  await rm(runnerTemp, { recursive: true, force: true });
});

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}\n${dispatcherOut.slice(-2000)}`);
}

describe('rebuild-all.yml, run by its own steps', () => {
  it('builds every share into the web root, reconciles search, and nginx serves all 193 portals', async () => {
    const workflow = readWorkflow('rebuild-all.yml');
    const shards = workflow.jobs.build!.strategy!.matrix!.shard as number[];
    for (const shard of shards) await runJob(workflow, 'build', { matrix: { shard }, strategy: { 'job-total': shards.length } });
    const finish = await runJob(workflow, 'finish');
    expect(finish).toContain('Search index');

    const { records: portals } = await stack.cms.portals();
    expect(portals).toHaveLength(193);
    // `nginx -s reload` returns once the signal is sent; the master then loads the configuration.
    await until('nginx to load the generated configuration', async () => (await page('quangninh', '/')).status === 200, 10_000);
    const failures: string[] = [];
    for (const portal of portals) {
      const home = await page(portal.code, '/');
      if (home.status !== 200 || !home.bytes.toString('utf8').includes(`data-portal="${portal.code}"`)) failures.push(`${portal.code}: ${home.status}`);
    }
    expect(failures, `${finish}\n${await nginx.errorLog()}`).toEqual([]);
    const builds = await api().builds();
    expect(builds.filter((b) => b.lastBy === 'nightly 4242' && b.lastError === null)).toHaveLength(193);
    // The index holds every published article.
    const { records: articles } = await stack.cms.articles();
    const stats = await stack.search!.client.index(`wf_${process.pid}`).getStats();
    expect(stats.numberOfDocuments).toBeGreaterThanOrEqual(articles.length);
  }, 600_000);
});

describe('the dispatcher and publish.yml', () => {
  it('turns a publish into a dispatch (retried once), and the workflow steps make the page live', async () => {
    // As after the nightly run: the outbox so far is covered.
    const setup = await api().lease(OUTBOX_LEASE, 'setup:0', 10_000);
    const last = await stack.cms.lastEventId();
    await api().saveCursor(OUTBOX_LEASE, 'setup:0', setup.fence, { lastEventId: last, highest: last, gaps: [] });
    await api().release(OUTBOX_LEASE, 'setup:0');

    const env = stackEnv(stack, {
      MEILI_INDEX: `wf_${process.pid}`,
      CI_DISPATCH_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/repos/quangninh/portals/dispatches`,
      CI_DISPATCH_TOKEN: 'ghp_test_token_for_the_receiver',
      DISPATCH_WINDOW_MS: '500',
    });
    dispatcher = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'publisher.ts'), '--dispatch'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    dispatcher.stdout!.on('data', (chunk: Buffer) => (dispatcherOut += chunk.toString()));
    dispatcher.stderr!.on('data', (chunk: Buffer) => (dispatcherOut += chunk.toString()));
    await until('the dispatcher to take the lease', () => dispatcherOut.includes('holds the "outbox" lease'));

    const publishedAt = Date.now();
    const thanhLan = await stack.admin.portalId('coto-thanhlan');
    const article = await stack.admin.createArticle({ title: 'Thanh Lân đón đoàn khách du lịch đầu tiên năm mới', body: paragraph('Đoàn gồm 40 khách.'), portal: { connect: [{ documentId: thanhLan }] } });
    expect((await stack.admin.publish(article.documentId)).status).toBe(200);

    await until('a successful dispatch', () => dispatches.some((d) => d.status === 204));
    const dispatchedMs = Date.now() - publishedAt;
    // The publish may write more than one outbox row, read in one batch or two: wait until the dispatcher has read them all.
    const newest = await stack.cms.lastEventId();
    await until('the dispatcher to reach the newest outbox row', async () => (await api().state(OUTBOX_LEASE)).cursor?.lastEventId === newest);
    expect(dispatches[0]!.status).toBe(502);
    const sent = dispatches.filter((d) => d.status === 204).map((d) => d.body);
    expect(sent.map((body) => body.event_type)).toEqual(sent.map(() => 'content-published'));
    expect(sent.every((body) => body.client_payload.portals.includes('coto-thanhlan'))).toBe(true);
    const requested = (await api().builds()).find((b) => b.portal === 'coto-thanhlan')!;
    expect(requested.requested).toBe(Math.max(...sent.map((body) => body.client_payload.upTo)));
    expect(requested.done).toBeLessThan(requested.requested);
    // The dispatcher builds nothing itself: the page is not live yet.
    expect((await page('coto-thanhlan', `/bai-viet/${article.slug}/`)).status).toBe(404);

    const runStarted = Date.now();
    await runJob(readWorkflow('publish.yml'), 'publish');
    const liveMs = Date.now() - publishedAt;
    const live = await page('coto-thanhlan', `/bai-viet/${article.slug}/`);
    expect(live.status).toBe(200);
    expect(live.bytes.toString('utf8')).toContain('Thanh Lân đón đoàn khách du lịch đầu tiên năm mới');
    expect((await api().builds()).find((b) => b.portal === 'coto-thanhlan')).toMatchObject({ done: requested.requested, lastBy: 'ci 4242', lastError: null });
    console.log(`dispatcher path: dispatched ${dispatchedMs} ms after publishing (one failed attempt retried), workflow steps ${Date.now() - runStarted} ms, live ${liveMs} ms after publishing`);
  }, 300_000);

  it('loses nothing when CI drops a queued run: the next run builds every portal still waiting', async () => {
    const before = dispatches.length;
    const made: Array<{ code: string; slug: string }> = [];
    for (const code of ['campha', 'uongbi']) {
      const portal = await stack.admin.portalId(code);
      const article = await stack.admin.createArticle({ title: `Tin mới của ${code} về chuyển đổi số`, body: paragraph('Nội dung.'), portal: { connect: [{ documentId: portal }] } });
      expect((await stack.admin.publish(article.documentId)).status).toBe(200);
      made.push({ code, slug: article.slug });
      // Far enough apart to be two dispatches: GitHub would keep only the newer one pending.
      await until(`the dispatch for ${code}`, () => dispatches.slice(before).some((d) => d.body.client_payload.portals.includes(code)));
    }
    const newest = await stack.cms.lastEventId();
    await until('the dispatcher to reach the newest outbox row', async () => (await api().state(OUTBOX_LEASE)).cursor?.lastEventId === newest);
    await runJob(readWorkflow('publish.yml'), 'publish');
    for (const { code, slug } of made) expect((await page(code, `/bai-viet/${slug}/`)).status, code).toBe(200);
    const pending = (await api().builds()).filter((b) => b.requested > b.done);
    expect(pending).toEqual([]);
    // A run with nothing waiting does nothing, and says so.
    const idle = await runJob(readWorkflow('publish.yml'), 'publish');
    expect(idle).toContain('Nothing to rebuild');
  }, 300_000);
});
