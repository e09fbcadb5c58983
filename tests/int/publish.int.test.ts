import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisher, fileCursor, type Publisher } from '@qn/publisher';
import { INDEX_SETTINGS, settingsDiffer, type SearchIndexer } from '@qn/search';
import { buildSites } from '@qn/site-builder';
import { paragraph } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let search: SearchIndexer;
let outDir: string;
let cursorFile: string;
const log: string[] = [];

const settings = () => ({ urlTemplate: 'http://{code}.localhost:4321', search: { host: stack.meili!.url, key: 'search-key', index: 'articles' }, mediaUrl: 'http://localhost:4321/_media' });

function publisher(): Publisher {
  return createPublisher({
    cms: stack.cms,
    search,
    cursor: fileCursor(cursorFile),
    log: (m) => log.push(m),
    build: (portals, { beforeSwap }) =>
      buildSites({
        cms: stack.cms,
        outDir,
        portals,
        settings: settings(),
        beforeSwap: async () => {
          await beforeSwap?.();
          await atSwap?.();
        },
      }),
  });
}

/** Run when a build swaps its pages into place, after the publisher's own wait: what search answers then is what it answers before the page changes. */
let atSwap: (() => Promise<void>) | null = null;

async function page(code: string, path: string): Promise<string | null> {
  const file = join(outDir, code, path, 'index.html');
  return existsSync(file) ? readFile(file, 'utf8') : null;
}

async function hits(q: string, filter?: string): Promise<string[]> {
  const result = await search.client.index(`articles_${process.pid}`).search(q, { filter, attributesToRetrieve: ['id'] });
  return result.hits.map((h) => String(h.id));
}

beforeAll(async () => {
  stack = await startStack({ meili: true });
  search = stack.search!;
  outDir = await mkdtemp(join(tmpdir(), 'qn-sites-'));
  cursorFile = join(stack.dataDir, 'cursor.json');
  // As `npm start` does: the seed's events are covered by the initial full build.
  await fileCursor(cursorFile).write(await stack.cms.lastEventId());
});
afterAll(async () => {
  await stack?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('publish path: Strapi → outbox → publisher → site and index', () => {
  let thanhLan: string;
  let article: { documentId: string; slug: string };

  it('publishing an article rebuilds its portal alone and makes it searchable without tone marks', async () => {
    thanhLan = await stack.admin.portalId('coto-thanhlan');
    article = await stack.admin.createArticle({
      title: 'Xã Thanh Lân khánh thành nhà văn hóa thôn',
      summary: 'Nhà văn hóa mới phục vụ sinh hoạt cộng đồng trên đảo.',
      body: paragraph('Sáng nay, xã Thanh Lân tổ chức lễ khánh thành nhà văn hóa thôn Nam Hải.'),
      portal: { connect: [{ documentId: thanhLan }] },
    });
    expect((await stack.admin.publish(article.documentId)).status).toBe(200);

    const result = await publisher().runOnce();
    expect(result.rebuilt).toEqual(['coto-thanhlan']);
    expect(await readdir(outDir)).toEqual(expect.arrayContaining(['coto-thanhlan', 'index.html']));
    // No other portal: the rest are the shared files (_astro/, _portals.json) and the releases.
    expect((await readdir(outDir)).filter((f) => !f.startsWith('_') && !f.includes('.') && f !== 'coto-thanhlan')).toEqual([]);
    expect(await page('coto-thanhlan', `bai-viet/${article.slug}`)).toContain('<h1>Xã Thanh Lân khánh thành nhà văn hóa thôn</h1>');
    expect(await page('coto-thanhlan', '')).toContain(`/bai-viet/${article.slug}/`);

    expect(await hits('khanh thanh nha van hoa thanh lan')).toEqual([article.documentId]);
    expect(await hits('khanh thanh nha van hoa', 'scope = "coto"')).toEqual([article.documentId]);
    expect(await hits('khanh thanh nha van hoa', 'scope = "halong"')).toEqual([]);
  });

  it('saving a draft changes nothing the public sees', async () => {
    await stack.admin.update(article.documentId, { title: 'Tiêu đề nháp chưa duyệt' });
    const result = await publisher().runOnce();
    expect(result.events).toBeGreaterThan(0);
    expect(result.rebuilt).toEqual([]);
    expect(await page('coto-thanhlan', `bai-viet/${article.slug}`)).toContain('Xã Thanh Lân khánh thành nhà văn hóa thôn');
  });

  it('republishing updates the page and the search record', async () => {
    await stack.admin.update(article.documentId, { title: 'Xã Thanh Lân đưa nhà văn hóa thôn Nam Hải vào sử dụng' });
    await stack.admin.publish(article.documentId);
    const result = await publisher().runOnce();
    expect(result.rebuilt).toEqual(['coto-thanhlan']);
    expect(await page('coto-thanhlan', `bai-viet/${article.slug}`)).toContain('đưa nhà văn hóa thôn Nam Hải vào sử dụng');
    expect(await hits('dua nha van hoa vao su dung')).toEqual([article.documentId]);
  });

  it('a replayed event is harmless: the page is rebuilt the same, the index is not written again', async () => {
    const cursor = fileCursor(cursorFile);
    await cursor.write((await cursor.read()) - 2);
    const result = await publisher().runOnce();
    expect(result.events).toBe(2);
    expect(result.rebuilt).toEqual(['coto-thanhlan']);
    expect(result.indexed).toBe(0);
    expect(await page('coto-thanhlan', `bai-viet/${article.slug}`)).toContain('đưa nhà văn hóa thôn Nam Hải vào sử dụng');
  });

  it('republishing a change to a field the search record does not hold (the author) updates the page', async () => {
    await stack.admin.update(article.documentId, { author: 'Phóng viên Ngọc Lan' });
    await stack.admin.publish(article.documentId);
    const result = await publisher().runOnce();
    expect(result.rebuilt).toEqual(['coto-thanhlan']);
    expect(await page('coto-thanhlan', `bai-viet/${article.slug}`)).toContain('Phóng viên Ngọc Lan');
  });

  it('moving an article to another portal rebuilds both portals', async () => {
    const thanhLanTown = await stack.admin.portalId('coto-coto');
    await stack.admin.update(article.documentId, { portal: { set: [{ documentId: thanhLanTown }] } });
    await stack.admin.publish(article.documentId);
    const result = await publisher().runOnce();
    expect(result.rebuilt).toEqual(['coto-coto', 'coto-thanhlan']);
    expect(await page('coto-coto', `bai-viet/${article.slug}`)).toContain('đưa nhà văn hóa thôn Nam Hải vào sử dụng');
    // The old address forwards to the new one instead of a dead link.
    const forward = await page('coto-thanhlan', `bai-viet/${article.slug}`);
    expect(forward).toContain(`<meta http-equiv="refresh" content="0; url=http://coto-coto.localhost:4321/bai-viet/${article.slug}/">`);
    expect(await readFile(join(outDir, 'coto-thanhlan', '_redirects'), 'utf8')).toContain(
      `/bai-viet/${article.slug}/ http://coto-coto.localhost:4321/bai-viet/${article.slug}/ 301`,
    );
  });

  it('changing the address of a published page forwards the old one; a draft change forwards nothing', async () => {
    const documents = '/content-manager/collection-types/api::page.page';
    const created = await stack.admin.request('POST', documents, { title: 'Giới thiệu chung', slug: 'gioi-thieu-chung', portal: { connect: [{ documentId: thanhLan }] } });
    const { documentId } = created.json.data as { documentId: string };
    await stack.admin.request('POST', `${documents}/${documentId}/actions/publish`, {});
    await stack.admin.request('PUT', `${documents}/${documentId}`, { slug: 'gioi-thieu' });
    expect((await publisher().runOnce()).rebuilt).toEqual(['coto-thanhlan']);
    expect(await page('coto-thanhlan', 'trang/gioi-thieu')).toBeNull();
    const forwardsFrom = async (path: string) => stack.strapi.db.query('api::redirect.redirect').findMany({ where: { fromCode: 'coto-thanhlan', fromPath: path } });
    expect(await forwardsFrom('/trang/gioi-thieu-chung/')).toEqual([]);

    await stack.admin.request('POST', `${documents}/${documentId}/actions/publish`, {});
    expect((await publisher().runOnce()).rebuilt).toEqual(['coto-thanhlan']);
    expect(await page('coto-thanhlan', 'trang/gioi-thieu')).toContain('Giới thiệu chung');
    expect(await page('coto-thanhlan', 'trang/gioi-thieu-chung')).toContain('url=http://coto-thanhlan.localhost:4321/trang/gioi-thieu/"');
    expect(await forwardsFrom('/trang/gioi-thieu-chung/')).toEqual([expect.objectContaining({ toCode: 'coto-thanhlan', toPath: '/trang/gioi-thieu/' })]);

    // Back to the first address: the page is there again and the newer address forwards to it, in one hop.
    await stack.admin.request('PUT', `${documents}/${documentId}`, { slug: 'gioi-thieu-chung' });
    await stack.admin.request('POST', `${documents}/${documentId}/actions/publish`, {});
    await publisher().runOnce();
    expect(await page('coto-thanhlan', 'trang/gioi-thieu-chung')).toContain('<h1>Giới thiệu chung</h1>');
    expect(await page('coto-thanhlan', 'trang/gioi-thieu')).toContain('url=http://coto-thanhlan.localhost:4321/trang/gioi-thieu-chung/"');
  });

  it('unpublishing removes the page and the search record', async () => {
    await stack.admin.update(article.documentId, { withdrawalReason: 'Thông tin đã cũ, thay bằng bài mới' });
    expect((await stack.admin.unpublish(article.documentId)).status).toBe(200);
    const result = await publisher().runOnce();
    expect(result.rebuilt).toEqual(['coto-coto']);
    expect(await page('coto-coto', `bai-viet/${article.slug}`)).toBeNull();
    expect(await hits('nha van hoa thon nam hai')).toEqual([]);
  });

  it('catches up on changes made while it was stopped', async () => {
    const baiChay = await stack.admin.portalId('halong-baichay');
    const first = await stack.admin.createArticle({ title: 'Bãi Cháy ra quân làm sạch bãi biển', portal: { connect: [{ documentId: baiChay }] } });
    const second = await stack.admin.createArticle({ title: 'Bãi Cháy tổ chức giải chạy vì môi trường', portal: { connect: [{ documentId: baiChay }] } });
    await stack.admin.publish(first.documentId);
    await stack.admin.publish(second.documentId);
    // A fresh publisher knows only the cursor file, as after a restart.
    const result = await publisher().runOnce();
    expect(result.rebuilt).toEqual(['halong-baichay']);
    expect(result.indexed).toBe(2);
    expect(await page('halong-baichay', `bai-viet/${first.slug}`)).not.toBeNull();
    expect(await page('halong-baichay', `bai-viet/${second.slug}`)).not.toBeNull();
  });

  it('leaves the cursor where it was when a build fails, and retries the batch, rebuilding what the failed attempt meant to', async () => {
    const portal = await stack.admin.portalId('halong-tuanchau');
    const next = await stack.admin.createArticle({ title: 'Tuần Châu đón tàu du lịch quốc tế', portal: { connect: [{ documentId: portal }] } });
    await stack.admin.publish(next.documentId);
    const before = await fileCursor(cursorFile).read();
    const real = publisher();
    let attempts = 0;
    const flaky = createPublisher({
      cms: stack.cms,
      search,
      cursor: fileCursor(cursorFile),
      log: () => {},
      build: async (portals) => {
        attempts += 1;
        if (attempts === 1) throw new Error('disk full');
        return buildSites({ cms: stack.cms, outDir, portals, settings: settings() });
      },
    });
    await expect(flaky.runOnce()).rejects.toThrow('disk full');
    expect(await fileCursor(cursorFile).read()).toBe(before);
    expect(await page('halong-tuanchau', `bai-viet/${next.slug}`)).toBeNull();
    // The index was updated beside the failed build: the retry plans no change for the article, and must rebuild anyway.
    expect(await hits('tuan chau don tau du lich')).toEqual([next.documentId]);
    const retried = await flaky.runOnce();
    expect(retried.rebuilt).toEqual(['halong-tuanchau']);
    expect(attempts).toBe(2);
    expect(await page('halong-tuanchau', `bai-viet/${next.slug}`)).not.toBeNull();
    expect(await hits('tuan chau don tau du lich')).toEqual([next.documentId]);
    expect((await real.runOnce()).events).toBe(0);
  });

  it('publishing or withdrawing a legal document rebuilds its portal alone and adds it to or removes it from search; saving its draft rebuilds nothing', async () => {
    const documents = '/content-manager/collection-types/api::legal-document.legal-document';
    const created = await stack.admin.request('POST', documents, {
      number: '88/QĐ-UBND',
      form: 'quyet_dinh',
      summary: 'Về việc công bố danh mục thủ tục hành chính mới của xã Thanh Lân',
      issuerName: 'UBND xã Thanh Lân',
      issuedOn: '2026-11-02',
      validity: 'in_force',
      field: 'noi_vu',
      portal: { connect: [{ documentId: thanhLan }] },
    });
    const { documentId, slug } = created.json.data as { documentId: string; slug: string };
    expect((await publisher().runOnce()).rebuilt).toEqual([]);

    expect((await stack.admin.request('POST', `${documents}/${documentId}/actions/publish`, {})).status).toBe(200);
    expect((await publisher().runOnce()).rebuilt).toEqual(['coto-thanhlan']);
    expect(await page('coto-thanhlan', `van-ban/${slug}`)).toContain('88/QĐ-UBND');
    // Readers find it by its number, as printed, and by words of its summary without tone marks.
    expect(await hits('88/QĐ-UBND')).toEqual([documentId]);
    expect(await hits('cong bo danh muc thu tuc hanh chinh', 'scope = "coto"')).toEqual([documentId]);

    await stack.admin.request('PUT', `${documents}/${documentId}`, { summary: 'Bản nháp sửa trích yếu', withdrawalReason: 'Ban hành nhầm số hiệu' });
    expect((await publisher().runOnce()).rebuilt).toEqual([]);
    expect((await stack.admin.request('POST', `${documents}/${documentId}/actions/unpublish`, {})).status).toBe(200);
    expect((await publisher().runOnce()).rebuilt).toEqual(['coto-thanhlan']);
    expect(await page('coto-thanhlan', `van-ban/${slug}`)).toBeNull();
    expect(await hits('88/QĐ-UBND')).toEqual([]);
  });

  it('indexes every public kind: a recruitment notice and a leader are searchable before their pages change, and gone before their pages go', async () => {
    const recruitments = '/content-manager/collection-types/api::recruitment.recruitment';
    const agencies = '/content-manager/collection-types/api::agency.agency';
    const people = '/content-manager/collection-types/api::person.person';
    const create = async (path: string, data: Record<string, unknown>) => {
      const created = await stack.admin.request('POST', path, { ...data, portal: { connect: [{ documentId: thanhLan }] } });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      const { documentId } = created.json.data as { documentId: string };
      expect((await stack.admin.request('POST', `${path}/${documentId}/actions/publish`, {})).status).toBe(200);
      return created.json.data as { documentId: string; slug?: string };
    };
    const seenAtSwap: string[][] = [];
    atSwap = async () => {
      seenAtSwap.push(await hits('tuyen dung vien chuc van hoa', 'type = "recruitment"'), await hits('Hoàng Thị Lụa', 'type = "person"'));
    };
    try {
      const job = await create(recruitments, { title: 'Tuyển dụng viên chức văn hóa xã Thanh Lân năm 2027', positions: 1 });
      const agency = await create(agencies, { name: 'UBND xã Thanh Lân (thử)' });
      const leader = await create(people, { name: 'Hoàng Thị Lụa', position: 'Chủ tịch UBND xã', phone: '0912 000 111', agency: { connect: [{ documentId: agency.documentId }] } });
      expect((await publisher().runOnce()).rebuilt).toEqual(['coto-thanhlan']);
      // When the pages were swapped in, search already had both.
      expect(seenAtSwap.at(-2)).toEqual([job.documentId]);
      expect(seenAtSwap.at(-1)).toEqual([leader.documentId]);
      expect(await page('coto-thanhlan', `tuyen-dung/${job.slug}`)).toContain('Tuyển dụng viên chức văn hóa');
      const [person] = (await search.client.index(`articles_${process.pid}`).search('Hoang Thi Lua', { attributesToRetrieve: ['type', 'path', 'title', 'text'] })).hits;
      expect(person).toEqual({ type: 'person', path: `/gioi-thieu/#lanh-dao-${leader.documentId.toLowerCase()}`, title: 'Hoàng Thị Lụa – Chủ tịch UBND xã, UBND xã Thanh Lân (thử)', text: '' });
      expect(await page('coto-thanhlan', 'gioi-thieu')).toContain(`id="lanh-dao-${leader.documentId.toLowerCase()}"`);

      // Withdrawn: out of search before the pages lose them.
      for (const [path, documentId] of [[recruitments, job.documentId], [people, leader.documentId]] as const) {
        await stack.admin.request('PUT', `${path}/${documentId}`, { withdrawalReason: 'Đăng nhầm' });
        expect((await stack.admin.request('POST', `${path}/${documentId}/actions/unpublish`, {})).status).toBe(200);
      }
      expect((await publisher().runOnce()).rebuilt).toEqual(['coto-thanhlan']);
      expect(seenAtSwap.slice(-2)).toEqual([[], []]);
      expect(await page('coto-thanhlan', `tuyen-dung/${job.slug}`)).toBeNull();
      expect(await page('coto-thanhlan', 'gioi-thieu')).not.toContain('Hoàng Thị Lụa');
      // The agency itself is still published and found.
      expect(await hits('UBND xa Thanh Lan thu', 'type = "agency"')).toEqual([agency.documentId]);
    } finally {
      atSwap = null;
    }
  });

  it("publishing a translation rebuilds the translation's portal and the original's, whose page then links it", async () => {
    const halong = await stack.admin.portalId('halong');
    const english = await stack.admin.portalId('english');
    const original = await stack.admin.createArticle({ title: 'Hạ Long đón 1 triệu lượt khách quốc tế', portal: { connect: [{ documentId: halong }] } });
    await stack.admin.publish(original.documentId);
    expect((await publisher().runOnce()).rebuilt).toEqual(['halong']);

    const translation = await stack.admin.createArticle({
      title: 'Ha Long welcomes its millionth international visitor',
      portal: { connect: [{ documentId: english }] },
      translationOf: { connect: [{ documentId: original.documentId }] },
    });
    await stack.admin.publish(translation.documentId);
    expect((await publisher().runOnce()).rebuilt).toEqual(['english', 'halong']);
    const originalPage = await page('halong', `bai-viet/${original.slug}`);
    expect(originalPage).toContain(`hreflang="en" href="http://english.localhost:4321/bai-viet/${translation.slug}/"`);
  });

  it('renaming a portal rebuilds it, its parent and its children, and renames it in search', async () => {
    const baiChay = await stack.admin.portalId('halong-baichay');
    const renamed = await stack.admin.request('PUT', `/content-manager/collection-types/api::portal.portal/${baiChay}`, { name: 'Phường Bãi Cháy (mới)' });
    expect(renamed.status).toBe(200);
    const result = await publisher().runOnce();
    expect(result.rebuilt).toEqual(['halong', 'halong-baichay']);
    expect(await page('halong-baichay', '')).toContain('Phường Bãi Cháy (mới)');
    const found = await search.client.index(`articles_${process.pid}`).search('ra quan lam sach bai bien', { attributesToRetrieve: ['portalName'] });
    expect(found.hits.map((h) => h.portalName)).toEqual(['Phường Bãi Cháy (mới)']);
  });

  it('renaming a shared category rebuilds every Vietnamese-language portal, and only those', async () => {
    const { records } = await stack.cms.categories();
    const shared = records.find((c) => c.slug === 'thong-bao');
    const renamed = await stack.admin.request('PUT', `/content-manager/collection-types/api::category.category/${shared?.documentId}`, { name: 'Thông báo - Thông cáo' });
    expect(renamed.status).toBe(200);
    const result = await publisher().runOnce();
    expect(result.rebuilt).toHaveLength(191);
    expect(result.rebuilt).not.toContain('english');
    expect(result.rebuilt).not.toContain('chinese');
    expect(await page('sotttt', '')).toContain('Thông báo - Thông cáo');
  });

  it('handles a row committed after later rows were read, when it arrives', async () => {
    type Row = Record<string, unknown> & { id: number };
    interface Table {
      where(column: string, value: string): { select(): Promise<Row[]> };
      whereIn(column: string, values: number[]): { delete(): Promise<number> };
      insert(rows: Row[]): Promise<unknown>;
    }
    const table = () => (stack.strapi.db as unknown as { connection(name: string): Table }).connection('content_events');
    const justice = await stack.admin.portalId('sotuphap');
    const home = await stack.admin.portalId('sonoivu');
    const early = await stack.admin.createArticle({ title: 'Sở Tư pháp hướng dẫn chứng thực bản sao điện tử', portal: { connect: [{ documentId: justice }] } });
    await stack.admin.publish(early.documentId);
    const later = await stack.admin.createArticle({ title: 'Sở Nội vụ họp bàn sắp xếp đơn vị hành chính', portal: { connect: [{ documentId: home }] } });
    await stack.admin.publish(later.documentId);
    // On PostgreSQL a row's id is taken at insert and seen at commit: hide the early rows, as if their transaction were still open.
    const rows = await table().where('ref', early.documentId).select();
    expect(rows.length).toBeGreaterThan(0);
    await table().whereIn('id', rows.map((r) => r.id)).delete();

    const first = await publisher().runOnce();
    expect(first.rebuilt).toEqual(['sonoivu']);
    expect(await page('sotuphap', `bai-viet/${early.slug}`)).toBeNull();
    expect(await fileCursor(cursorFile).read()).toBe(Math.min(...rows.map((r) => r.id)) - 1);

    // The transaction commits: the rows appear with their lower ids.
    await table().insert(rows.map((r) => ({ ...r, portals: r.portals === null || typeof r.portals === 'string' ? r.portals : JSON.stringify(r.portals) })));
    const second = await publisher().runOnce();
    expect(second.events).toBe(rows.length);
    expect(second.rebuilt).toEqual(['sotuphap']);
    expect(await page('sotuphap', `bai-viet/${early.slug}`)).toContain('hướng dẫn chứng thực bản sao điện tử');
    // (A page of an earlier test, "Giới thiệu chung", matches the first word too.)
    expect(await hits('chung thuc ban sao dien tu', 'type = "article"')).toEqual([early.documentId]);
    expect(await fileCursor(cursorFile).read()).toBe(await stack.cms.lastEventId());
    expect((await publisher().runOnce()).events).toBe(0);
  });

  it('after outbox rows it never read were removed, rebuilds every site and reconciles the index', async () => {
    const ferry = await stack.admin.createArticle({ title: 'Cô Tô mở tuyến tàu cao tốc mới', portal: { connect: [{ documentId: thanhLan }] } });
    await stack.admin.publish(ferry.documentId);
    // A month and a day later, the nightly job removes every row older than 30 days: this publisher never read them.
    const prune = stack.strapi.service('api::schedule.schedule') as { pruneOutbox(now: Date): Promise<number> };
    expect(await prune.pruneOutbox(new Date(Date.now() + 31 * 86_400_000))).toBeGreaterThan(0);
    expect(await stack.cms.prunedThrough()).toBeGreaterThan(await fileCursor(cursorFile).read());

    const result = await publisher().runOnce();
    expect(result.rebuilt).toHaveLength(193);
    expect(log.at(-1)).toContain('rebuilding all 193 sites');
    expect(await page('coto-thanhlan', `bai-viet/${ferry.slug}`)).toContain('Cô Tô mở tuyến tàu cao tốc mới');
    expect(await hits('tuyen tau cao toc moi')).toEqual([ferry.documentId]);
    expect((await publisher().runOnce()).events).toBe(0);
  });

  it("rebuilds an index left with an older release's settings before its first batch, beside the live one, losing nothing", async () => {
    const live = search.client.index(`articles_${process.pid}`);
    const held = (await live.getDocuments({ fields: ['id', 'version'], limit: 10_000 })).results.map((d) => `${d.id}@${d.version}`).sort();
    expect(held.length).toBeGreaterThan(5);
    await live.updateSettings({ ...INDEX_SETTINGS, filterableAttributes: ['scope', 'portal', 'category', 'language', 'type'] }).waitTask();
    const ferry = await stack.admin.createArticle({ title: 'Vân Đồn mở thêm đường bay', portal: { connect: [{ documentId: thanhLan }] } });
    await stack.admin.publish(ferry.documentId);

    const result = await publisher().runOnce();
    expect(log.some((line) => line.includes('search index rebuilt with'))).toBe(true);
    expect(settingsDiffer(await live.getSettings(), INDEX_SETTINGS)).toBe(false);
    // Every document it held, the same versions, and the article published meanwhile, read from the outbox next.
    expect(result.rebuilt).toEqual(['coto-thanhlan']);
    const now = (await live.getDocuments({ fields: ['id', 'version'], limit: 10_000 })).results.map((d) => `${d.id}@${d.version}`);
    expect(now.filter((d) => !d.startsWith(`${ferry.documentId}@`)).sort()).toEqual(held);
    expect(await hits('Van Don mo them duong bay', `year = ${new Date(Date.now() + 7 * 3_600_000).getUTCFullYear()}`)).toContain(ferry.documentId);
    expect((await search.client.getIndexes({ limit: 100 })).results.filter((i) => i.uid.startsWith(`articles_${process.pid}__`))).toEqual([]);
  });
});
