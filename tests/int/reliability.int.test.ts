/**
 * Nothing lost: a stream of publish, update and unpublish actions while the
 * publisher process is SIGKILLed again and again at random moments (in a
 * build, a swap, an index update, between batches), and a reader polls the
 * sites through nginx the whole time. At the end every published article is
 * live and found by search, every unpublished one is gone from both, and the
 * reader never saw a portal missing or half written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisherApi } from '@qn/cms-client';
import { OUTBOX_LEASE } from '@qn/content';
import { REPO_ROOT } from '@qn/config';
import { buildSites } from '@qn/site-builder';
import { nginxConfig, readWebRoot } from '@qn/web-root';
import { paragraph } from '../helpers/admin-api.ts';
import { freePort } from '@qn/devstack';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { requestWithHost } from '../helpers/site-get.ts';
import { stackEnv, startStack, type TestStack } from '../helpers/stack.ts';

/** Small portals, so a batch is a few seconds and kills land in every phase of it. */
const PORTALS = ['coto-thanhlan', 'coto-dongtien', 'bache-dapthanh', 'binhlieu-hoanhmo'];
const ACTIONS = 200;
const KILLS = 20;

let stack: TestStack;
let nginx: RunningNginx;
let port: number;
let webRoot: string;
let publisher: ChildProcess | null = null;
let log = '';
const index = `reliability_${process.pid}`;

const site = (code: string, path: string) => requestWithHost(port, `${code}.localhost`, path);
const random = (n: number) => Math.floor(Math.random() * n);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startPublisher(): ChildProcess {
  const env = stackEnv(stack, {
    MEILI_INDEX: index,
    SITES_OUT_DIR: webRoot,
    SITES_PRECOMPRESS: 'true',
    SITE_URL_TEMPLATE: `http://{code}.localhost:${port}`,
    MEDIA_URL: `http://media.localhost:${port}/_media`,
    PUBLISHER_POLL_MS: '200',
    PUBLISHER_LEASE_MS: '2000',
  });
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'publisher.ts')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return child;
}

async function kill(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

beforeAll(async () => {
  stack = await startStack({ meili: true });
  port = await freePort();
  webRoot = await mkdtemp(join(tmpdir(), 'qn-reliable-root-'));
  const settings = { urlTemplate: `http://{code}.localhost:${port}`, search: { host: stack.meili!.url, key: await stack.search!.ensureSearchKey(), index }, mediaUrl: `http://media.localhost:${port}/_media` };
  // As after a deploy: these portals are built and served; the outbox so far is covered.
  const report = await buildSites({ cms: stack.cms, outDir: webRoot, portals: PORTALS, settings, precompress: true });
  expect(report.failed).toEqual([]);
  const served = await readWebRoot(webRoot);
  nginx = await startNginx(nginxConfig({ root: webRoot, portals: served.portals, urlTemplate: settings.urlTemplate, mediaUrl: settings.mediaUrl, searchUrl: stack.meili!.url }).text, port);
  const api = createPublisherApi({ url: stack.cmsUrl, token: stack.token });
  const lease = await api.lease(OUTBOX_LEASE, 'setup:0', 10_000);
  const last = await stack.cms.lastEventId();
  await api.saveCursor(OUTBOX_LEASE, 'setup:0', lease.fence, { lastEventId: last, highest: last, gaps: [] });
  await api.release(OUTBOX_LEASE, 'setup:0');
}, 300_000);

afterAll(async () => {
  await kill(publisher);
  await nginx?.stop();
  await stack?.stop();
  await rm(webRoot, { recursive: true, force: true });
});

interface Tracked {
  documentId: string;
  slug: string;
  portal: string;
  title: string;
  published: boolean;
}

describe('publishing while the publisher is killed', () => {
  it('loses nothing, and no reader ever sees a missing or half-written portal', async () => {
    const portalIds = Object.fromEntries(await Promise.all(PORTALS.map(async (code) => [code, await stack.admin.portalId(code)] as const)));
    const articles: Tracked[] = [];
    const counts = { create: 0, update: 0, unpublish: 0, republish: 0, kills: 0, killsWithWorkInFlight: 0, reads: 0 };
    const api = createPublisherApi({ url: stack.cmsUrl, token: stack.token });
    /** Rows written but not yet handled: a kill now lands in a batch (planning, building, swapping, indexing) or just before one. */
    const workInFlight = async () => ((await api.state(OUTBOX_LEASE)).cursor?.lastEventId ?? 0) < (await stack.cms.lastEventId());
    const readerProblems: string[] = [];

    // The reader: every portal's home page and search page, and the search script they load, over and over.
    let reading = true;
    const reader = (async () => {
      while (reading) {
        for (const code of PORTALS) {
          const home = await site(code, '/');
          const body = home.bytes.toString('utf8');
          counts.reads += 1;
          if (home.status !== 200 || !body.includes(`data-portal="${code}"`) || !body.trimEnd().endsWith('</html>')) readerProblems.push(`${code} home: ${home.status}, ${body.length} bytes`);
          const search = (await site(code, '/tim-kiem/')).bytes.toString('utf8');
          const script = /<script type="module" src="([^"]+)"/.exec(search)?.[1];
          const asset = script ? await site(code, script) : null;
          if (asset?.status !== 200) readerProblems.push(`${code} search script ${script ?? '(none in the page)'}: ${asset?.status}`);
        }
      }
    })();

    // The killer: a fresh publisher, killed after a random 0.3–3 s, again and again.
    let killing = true;
    const killer = (async () => {
      publisher = startPublisher();
      while (killing) {
        await sleep(300 + random(2700));
        if (!killing) break;
        if (await workInFlight()) counts.killsWithWorkInFlight += 1;
        await kill(publisher);
        counts.kills += 1;
        publisher = startPublisher();
      }
    })();

    // The editors: new articles, edits and withdrawals, published at once.
    const performed = () => counts.create + counts.update + counts.unpublish + counts.republish;
    for (let n = 0; performed() < ACTIONS || counts.kills < KILLS; n++) {
      const published = articles.filter((a) => a.published);
      const withdrawn = articles.filter((a) => !a.published);
      const roll = random(10);
      if (articles.length < 8 || roll < 4) {
        const portal = PORTALS[random(PORTALS.length)]!;
        const title = `Tin số ${n} của ${portal}: xã tổ chức hội nghị chuyển đổi số`;
        const created = await stack.admin.createArticle({ title, body: paragraph(`Nội dung tin số ${n}.`), portal: { connect: [{ documentId: portalIds[portal]! }] } });
        expect((await stack.admin.publish(created.documentId)).status).toBe(200);
        articles.push({ documentId: created.documentId, slug: created.slug, portal, title, published: true });
        counts.create += 1;
      } else if (roll < 7 && published.length > 0) {
        const article = published[random(published.length)]!;
        article.title = `${article.title.split(' (sửa')[0]} (sửa lần ${n})`;
        expect((await stack.admin.update(article.documentId, { title: article.title })).status).toBe(200);
        expect((await stack.admin.publish(article.documentId)).status).toBe(200);
        counts.update += 1;
      } else if (roll < 9 && published.length > 0) {
        const article = published[random(published.length)]!;
        // A withdrawal says why (the retention rule).
        expect((await stack.admin.update(article.documentId, { withdrawalReason: 'Tin đăng trùng, gỡ để đăng lại' })).status).toBe(200);
        const withdrawn = await stack.admin.unpublish(article.documentId);
        expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
        article.published = false;
        counts.unpublish += 1;
      } else if (withdrawn.length > 0) {
        const article = withdrawn[random(withdrawn.length)]!;
        expect((await stack.admin.publish(article.documentId)).status).toBe(200);
        article.published = true;
        counts.republish += 1;
      }
      await sleep(random(150));
    }
    killing = false;
    await killer;

    // The last publisher runs to the end of the outbox.
    const last = await stack.cms.lastEventId();
    const started = Date.now();
    while ((await api.state(OUTBOX_LEASE)).cursor?.lastEventId !== last) {
      if (Date.now() - started > 180_000) throw new Error(`the publisher did not catch up with the outbox:\n${log.slice(-3000)}`);
      await sleep(250);
    }
    reading = false;
    await reader;

    const lost: string[] = [];
    const searchIndex = stack.search!.client.index(index);
    for (const article of articles) {
      const page = await site(article.portal, `/bai-viet/${article.slug}/`);
      const indexed = await searchIndex.getDocument(article.documentId).then(
        (doc) => doc as { title?: string },
        () => null,
      );
      if (article.published) {
        if (page.status !== 200 || !page.bytes.toString('utf8').includes(article.title)) lost.push(`${article.documentId} (${article.title}): page ${page.status}`);
        if (indexed?.title !== article.title) lost.push(`${article.documentId}: search has ${JSON.stringify(indexed?.title ?? null)}`);
      } else {
        if (page.status !== 404) lost.push(`${article.documentId} was withdrawn but its page answers ${page.status}`);
        if (indexed) lost.push(`${article.documentId} was withdrawn but search still has it`);
      }
    }
    const live = articles.filter((a) => a.published).length;
    console.log(
      `reliability: ${counts.create} created, ${counts.update} updated, ${counts.unpublish} withdrawn, ${counts.republish} republished ` +
        `(${performed()} actions); publisher SIGKILLed ${counts.kills} times (${counts.killsWithWorkInFlight} with changes in flight); ` +
        `${live} live and ${articles.length - live} withdrawn at the end; ${counts.reads} reader visits, ${readerProblems.length} problems; ${lost.length} lost`,
    );
    expect(lost).toEqual([]);
    expect(readerProblems).toEqual([]);
    expect(counts.kills).toBeGreaterThanOrEqual(KILLS);
    expect(counts.killsWithWorkInFlight).toBeGreaterThanOrEqual(KILLS / 2);
    expect(performed()).toBeGreaterThanOrEqual(ACTIONS);
  }, 900_000);
});
