/**
 * "Trạng thái xuất bản" and "Trên cổng thông tin" in the admin: the
 * province administrator's status and rebuild button, an editor's view of
 * where a published record lives and whether it is live yet, and what an
 * editor may not do with them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisherApi } from '@qn/cms-client';
import { provisionEditor, type EditorsTarget } from '@qn/editors';
import { createPublisher, fileCursor } from '@qn/publisher';
import { buildSites } from '@qn/site-builder';
import { adminApi, paragraph, type AdminApi } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let editor: AdminApi;
let outDir: string;
const EDITOR = { email: 'bientap.halong@quangninh.example', password: 'Portal-Test-2026' };

interface Status {
  outbox: { newest: number; handled: number; behind: number };
  portals: Array<{ code: string; url: string; pending: boolean; lastSuccessAt: string | null; lastError: string | null }>;
}

const outboxRows = async () => (await stack.strapi.db.query('api::content-event.content-event').findMany({ where: { model: 'rebuild' } })) as Array<{ ref: string; portals: string[] }>;

beforeAll(async () => {
  stack = await startStack({ meili: true });
  await provisionEditor(stack.strapi as unknown as EditorsTarget, { ...EDITOR, role: 'editor', portals: ['halong'] });
  editor = await adminApi(stack.cmsUrl, EDITOR);
  outDir = await mkdtemp(join(tmpdir(), 'qn-status-sites-'));
});
afterAll(async () => {
  await stack?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('Trạng thái xuất bản', () => {
  it('shows the province administrator the queue and every portal, with its address', async () => {
    const { status, json } = await stack.admin.request('GET', '/qn-admin/publishing');
    expect(status).toBe(200);
    const body = json as unknown as Status;
    expect(body.portals).toHaveLength(193);
    expect(body.portals.find((p) => p.code === 'halong')).toMatchObject({ url: 'http://halong.localhost:4321/', pending: false, lastError: null });
    expect(body.outbox.newest).toBeGreaterThan(0);
    expect(body.outbox.behind).toBe(body.outbox.newest - body.outbox.handled);
  });

  it('refuses editors the status and the rebuild button, and records nothing for them', async () => {
    expect((await editor.request('GET', '/qn-admin/publishing')).status).toBe(403);
    expect((await editor.request('POST', '/qn-admin/publishing/rebuild', { portal: 'halong' })).status).toBe(403);
    expect(await outboxRows()).toEqual([]);
  });

  it('refuses a portal code it does not know, in any shape', async () => {
    for (const portal of ['khong-co', '../halong', { $ne: null }, ['halong'], '', null]) {
      expect((await stack.admin.request('POST', '/qn-admin/publishing/rebuild', { portal })).status, JSON.stringify(portal)).toBe(400);
    }
    expect(await outboxRows()).toEqual([]);
  });

  it('has one portal built again by the publisher when asked, and nothing else', async () => {
    const cursor = fileCursor(join(stack.dataDir, 'cursor.json'));
    await cursor.write(await stack.cms.lastEventId());
    expect((await stack.admin.request('POST', '/qn-admin/publishing/rebuild', { portal: 'campha' })).status).toBe(200);
    expect(await outboxRows()).toEqual([expect.objectContaining({ ref: 'campha', portals: ['campha'] })]);
    const settings = { urlTemplate: 'http://{code}.localhost:4321', search: { host: stack.meili!.url, key: 'k', index: `status_${process.pid}` }, mediaUrl: 'http://localhost:4321/_media' };
    const publisher = createPublisher({ cms: stack.cms, search: stack.search!, cursor, log: () => {}, build: (portals) => buildSites({ cms: stack.cms, outDir, portals, settings }) });
    const result = await publisher.runOnce();
    expect(result.rebuilt).toEqual(['campha']);
    expect(await readFile(join(outDir, 'campha', 'index.html'), 'utf8')).toContain('data-portal="campha"');
    const audit = (await stack.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { action: 'rebuild' } })) as Array<{ ref: string; actorEmail: string }>;
    expect(audit).toEqual([expect.objectContaining({ ref: 'campha', actorEmail: 'admin@quangninh.example' })]);
  });
});

describe('Trên cổng thông tin', () => {
  it("tells an editor where a published article lives, and when its portal's site shows it", async () => {
    const halong = await editor.portalId('halong');
    const article = await editor.createArticle({ title: 'Hạ Long khai trương tuyến xe buýt điện', body: paragraph('Tuyến mới nối Bãi Cháy và Hòn Gai.'), portal: { connect: [{ documentId: halong }] } });
    const path = `/qn-admin/live/api::article.article/${article.documentId}`;
    // A draft has no public page yet.
    expect((await editor.request('GET', path)).json).toMatchObject({ published: false, live: false });
    expect((await stack.admin.publish(article.documentId)).status).toBe(200);
    const pending = (await editor.request('GET', path)).json;
    // The address is the one the site gives it: the slug made from the Vietnamese title.
    expect(pending).toEqual({ url: 'http://halong.localhost:4321/bai-viet/ha-long-khai-truong-tuyen-xe-buyt-dien/', published: true, live: false });
    // As the publisher records it once halong's site is rebuilt from the outbox up to here.
    await createPublisherApi({ url: stack.cmsUrl, token: stack.token }).recordBuilds([{ portal: 'halong', ok: true, seq: await stack.cms.lastEventId(), by: 'publisher' }]);
    expect((await editor.request('GET', path)).json).toMatchObject({ published: true, live: true });
    // Saving a new draft changes nothing readers see: still live.
    await editor.update(article.documentId, { summary: 'Bản nháp tóm tắt mới' });
    expect((await editor.request('GET', path)).json).toMatchObject({ live: true });
  });

  it("answers nothing about another portal's record, or a type it does not know", async () => {
    const uongbi = await stack.admin.portalId('uongbi');
    const theirs = await stack.admin.createArticle({ title: 'Bản nháp của Uông Bí', body: paragraph('Chưa công bố.'), portal: { connect: [{ documentId: uongbi }] } });
    expect((await editor.request('GET', `/qn-admin/live/api::article.article/${theirs.documentId}`)).status).toBe(404);
    expect((await editor.request('GET', `/qn-admin/live/api::khong-co.khong-co/${theirs.documentId}`)).status).toBe(404);
    expect((await editor.request('GET', `/qn-admin/live/admin::user/1`)).status).toBe(404);
  });
});
