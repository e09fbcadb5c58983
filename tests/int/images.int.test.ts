import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpMediaFetcher } from '@qn/images';
import { buildSites, MEDIA_DIR, type BuildReport } from '@qn/site-builder';
import { paragraph } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

/**
 * Uploads go through Strapi's own upload API (what the media library does),
 * are attached to an article and a legal document with the content-manager
 * API, published, then fetched and processed by a real build.
 */
const PORTAL = 'coto-thanhlan';
const DOCUMENTS = '/content-manager/collection-types/api::legal-document.legal-document';
let stack: TestStack;
let outDir: string;
let report: BuildReport;
const ids: Record<string, string> = {};

interface Uploaded {
  id: number;
  url: string;
}

async function upload(name: string, bytes: Uint8Array, type: string): Promise<Uploaded> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${stack.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${stack.admin.token}` }, body: form });
  const json = (await response.json()) as Uploaded[];
  if (response.status !== 201 && response.status !== 200) throw new Error(`upload of ${name} answered ${response.status}: ${JSON.stringify(json)}`);
  return json[0]!;
}

async function damaged(file: Uploaded, bytes: string): Promise<Uploaded> {
  await writeFile(join(stack.dataDir, 'cms-public', file.url), bytes);
  return file;
}

const build = () =>
  buildSites({
    cms: stack.cms,
    outDir,
    portals: [PORTAL],
    settings: { urlTemplate: 'http://{code}.localhost:4321', search: { host: 'http://127.0.0.1:7700', key: 'search-key', index: 'articles' }, mediaUrl: 'http://localhost:4321/_media' },
    media: { fetch: httpMediaFetcher({ baseUrl: stack.cmsUrl }) },
  });

beforeAll(async () => {
  stack = await startStack();
  outDir = await mkdtemp(join(tmpdir(), 'qn-media-sites-'));
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#1d5c96', noise: { type: 'gaussian', mean: 110, sigma: 12 } } }).jpeg().toBuffer();
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const cover = await upload('le-khanh-thanh.jpg', photo, 'image/jpeg');
  // The CMS refuses bytes that do not match their name, so damage is done on disk after the upload, as a failing disk or a bad copy would.
  const broken = await damaged(await upload('anh-hong.jpg', photo, 'image/jpeg'), 'these bytes were never a photograph');
  const decision = await upload('Quyết định 15-QĐ-UBND.pdf', pdf, 'application/pdf');
  const report3 = await damaged(await upload('bao-cao-quy-3.pdf', pdf, 'application/pdf'), 'a report that lost its header');

  const portal = await stack.admin.portalId(PORTAL);
  const emblemPng = await sharp({ create: { width: 256, height: 256, channels: 4, background: { r: 200, g: 16, b: 46, alpha: 0.9 } } }).png().toBuffer();
  const emblem = await upload('bieu-trung-thanh-lan.png', emblemPng, 'image/png');
  expect((await stack.admin.request('PUT', `/content-manager/collection-types/api::portal.portal/${portal}`, { emblem: emblem.id })).status).toBe(200);
  const withCover = await stack.admin.createArticle({ title: 'Xã Thanh Lân khánh thành bến tàu mới', body: paragraph('Bến tàu phục vụ người dân và du khách.'), portal: { connect: [{ documentId: portal }] }, cover: cover.id });
  const withBroken = await stack.admin.createArticle({ title: 'Thanh Lân ra quân dọn vệ sinh môi trường biển', portal: { connect: [{ documentId: portal }] }, cover: broken.id });
  for (const article of [withCover, withBroken]) expect((await stack.admin.publish(article.documentId)).status).toBe(200);
  const created = await stack.admin.request('POST', DOCUMENTS, {
    number: '15/QĐ-UBND', form: 'quyet_dinh', summary: 'Về việc ban hành kế hoạch phòng, chống thiên tai năm 2026', issuerName: 'UBND xã Thanh Lân',
    issuedOn: '2026-03-02', validity: 'in_force', field: 'khac', files: [decision.id, report3.id], portal: { connect: [{ documentId: portal }] },
  });
  expect(created.status).toBe(201);
  const documentId = (created.json.data as { documentId: string }).documentId;
  expect((await stack.admin.request('POST', `${DOCUMENTS}/${documentId}/actions/publish`, {})).status).toBe(200);
  Object.assign(ids, { withCover: withCover.documentId, withCoverSlug: withCover.slug, withBroken: withBroken.documentId, document: documentId });

  report = await build();
});
afterAll(async () => {
  await stack?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('media from the Strapi media library', () => {
  it('processes the cover into AVIF, WebP and JPEG at each width, and the page uses them', async () => {
    const files = await readdir(join(outDir, MEDIA_DIR));
    const variants = files.filter((f) => /^[0-9a-f]{24}-\d+w\.(avif|webp|jpg)$/.test(f) && !f.includes('-256w.')).toSorted();
    expect(variants.map((f) => f.slice(25))).toEqual(['1440w.avif', '1440w.jpg', '1440w.webp', '480w.avif', '480w.jpg', '480w.webp', '960w.avif', '960w.jpg', '960w.webp']);
    const html = await readFile(join(outDir, PORTAL, 'bai-viet', ids.withCoverSlug!, 'index.html'), 'utf8');
    expect(html).toContain(variants.find((f) => f.endsWith('960w.avif')));
  });

  it("shows the portal's uploaded emblem beside its name instead of the drawn one", async () => {
    const html = await readFile(join(outDir, PORTAL, 'index.html'), 'utf8');
    const emblem = /<picture class="emblem">.*?<\/picture>/s.exec(html)?.[0];
    expect(emblem).toMatch(/<source type="image\/avif" srcset="http:\/\/localhost:4321\/_media\/[0-9a-f]{24}-256w\.avif 256w"/);
    // Decorative: an empty alt (Astro writes it as a bare attribute), the name is beside it.
    expect(emblem).toMatch(/<img [^>]*\balt(="")? /);
    expect(html).not.toContain('class="emblem-disc"');
  });

  it('copies the document under its content hash and original name', async () => {
    const folders = (await readdir(join(outDir, MEDIA_DIR), { withFileTypes: true })).filter((d) => d.isDirectory());
    expect(folders).toHaveLength(1);
    expect(existsSync(join(outDir, MEDIA_DIR, folders[0]!.name, 'Quyết định 15-QĐ-UBND.pdf'))).toBe(true);
  });

  it('reports the corrupt image and the damaged file with their records, and still builds the portal', () => {
    expect(report.failed).toEqual([]);
    expect(report.portals).toEqual([PORTAL]);
    const problems = report.media.problems.map(({ model, documentId, portal, field, name, reason }) => ({ model, documentId, portal, field, name, reason }));
    expect(problems.toSorted((a, b) => a.model.localeCompare(b.model))).toEqual([
      { model: 'article', documentId: ids.withBroken, portal: PORTAL, field: 'cover', name: 'anh-hong.jpg', reason: 'corrupt' },
      { model: 'legalDocuments', documentId: ids.document, portal: PORTAL, field: 'files', name: 'bao-cao-quy-3.pdf', reason: 'corrupt' },
    ]);
  });

  it('a second build reuses every processed upload without fetching or encoding it again', async () => {
    const again = await build();
    expect(again.media.stats).toMatchObject({ sources: 5, processed: 0, reused: 3, refused: 2 });
  });
});
