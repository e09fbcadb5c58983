import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Media, PortalRecords, Snapshot } from '@qn/content';
import { MediaError, processMedia, type FetchMedia } from '@qn/images';

/** A photo-like JPEG: noise compresses like a real photo, a flat colour would not. */
function photo(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: format === 'png' ? 4 : 3, background: '#2b6ca3', noise: { type: 'gaussian', mean: 120, sigma: 12 } } });
  return (format === 'png' ? image.png() : image.jpeg({ quality: 90 })).toBuffer();
}

const media = (url: string, bytes: Uint8Array, mime = 'image/jpeg', name = url.split('/').pop()!): Media => ({
  url, name, mime, size: bytes.byteLength / 1024, alternativeText: 'Ảnh', width: null, height: null, hash: url,
});

const RECORDS: PortalRecords = { agencies: [], legalDocuments: [], plans: [], disclosures: [], recruitments: [], consultations: [], questions: [], pages: [], notices: [], linkedSites: [] };
const stamp = { publishedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };

function article(documentId: string, portal: string, cover: Media | null): Article {
  return { documentId, title: 'Tin', slug: documentId, summary: null, body: null, portal, category: null, ...stamp, author: null, source: null, featured: false, tags: [], alsoOn: [], translationOf: null, cover };
}

function snapshot(articles: Article[], records: Partial<PortalRecords> = {}): Snapshot {
  return { fetchedAt: stamp.publishedAt, portals: [], categories: [], articles, redirects: [], records: { ...RECORDS, ...records }, onlyPortals: null };
}

/** Serves bytes by URL as Strapi would, counting requests; an unknown URL is a 404. */
function library(files: Record<string, Uint8Array>) {
  const requests: string[] = [];
  const fetch: FetchMedia = async (url, { maxBytes }) => {
    requests.push(url);
    const bytes = files[url];
    if (!bytes) throw new MediaError('unreachable', `${url} answered 404`);
    if (bytes.byteLength > maxBytes) throw new MediaError('too-large', `${url} is too large`);
    return bytes;
  };
  return { fetch, requests };
}

// Encoding AVIF on a busy two-core machine is slow; these tests check results, never speed.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let big: Buffer;
let small: Buffer;
let transparent: Buffer;
let mediaDir: string;

beforeAll(async () => {
  [big, small, transparent] = await Promise.all([photo(1500, 1000), photo(700, 400), photo(600, 600, 'png')]);
});
beforeEach(async () => {
  mediaDir = await mkdtemp(join(tmpdir(), 'qn-media-'));
});
afterEach(async () => {
  await rm(mediaDir, { recursive: true, force: true });
});

describe('images: processed once into AVIF, WebP and JPEG at responsive widths', () => {
  it('makes every width up to the source in three formats, named by content hash, never enlarged', async () => {
    const { fetch } = library({ '/uploads/big.jpg': big, '/uploads/small.jpg': small });
    const report = await processMedia(snapshot([article('a1', 'halong', media('/uploads/big.jpg', big)), article('a2', 'campha', media('/uploads/small.jpg', small))]), { mediaDir, fetch });
    expect(report.problems).toEqual([]);
    const large = report.assets['/uploads/big.jpg'];
    expect(large).toMatchObject({ kind: 'image', width: 1440, height: 960 });
    if (large?.kind !== 'image') throw new Error('expected an image');
    expect(large.variants.map((v) => `${v.format}@${v.width}`)).toEqual(['avif@480', 'webp@480', 'jpeg@480', 'avif@960', 'webp@960', 'jpeg@960', 'avif@1440', 'webp@1440', 'jpeg@1440']);
    expect(new Set(large.variants.map((v) => v.path.split('-')[0])).size).toBe(1);
    const avif = await sharp(join(mediaDir, large.variants[6]!.path)).metadata();
    expect(avif).toMatchObject({ format: 'heif', compression: 'av1', width: 1440 });
    const narrow = report.assets['/uploads/small.jpg'];
    if (narrow?.kind !== 'image') throw new Error('expected an image');
    expect([...new Set(narrow.variants.map((v) => v.width))]).toEqual([480, 700]);
  });

  it('flattens transparency for the JPEG variant only', async () => {
    const { fetch } = library({ '/uploads/logo.png': transparent });
    const report = await processMedia(snapshot([article('a1', 'halong', media('/uploads/logo.png', transparent, 'image/png'))]), { mediaDir, fetch });
    const asset = report.assets['/uploads/logo.png'];
    if (asset?.kind !== 'image') throw new Error('expected an image');
    const jpeg = asset.variants.find((v) => v.format === 'jpeg')!;
    const webp = asset.variants.find((v) => v.format === 'webp')!;
    expect((await sharp(join(mediaDir, jpeg.path)).metadata()).hasAlpha).toBe(false);
    expect((await sharp(join(mediaDir, webp.path)).metadata()).hasAlpha).toBe(true);
  });

  it('skips unchanged sources on the next build: no fetch, no encoding, no write', async () => {
    const files = { '/uploads/big.jpg': big };
    const first = library(files);
    const content = snapshot([article('a1', 'halong', media('/uploads/big.jpg', big))]);
    const before = await processMedia(content, { mediaDir, fetch: first.fetch });
    const written = await readdir(mediaDir);
    const mtime = (await stat(join(mediaDir, written.find((f) => f.endsWith('.avif'))!))).mtimeMs;

    const second = library(files);
    const after = await processMedia(content, { mediaDir, fetch: second.fetch });
    expect(second.requests).toEqual([]);
    expect(after.stats).toMatchObject({ sources: 1, reused: 1, processed: 0, refused: 0 });
    expect(after.assets).toEqual(before.assets);
    expect((await stat(join(mediaDir, written.find((f) => f.endsWith('.avif'))!))).mtimeMs).toBe(mtime);
  });

  it('the same photo uploaded twice is fetched but stored and encoded once', async () => {
    const { fetch } = library({ '/uploads/a.jpg': big, '/uploads/b.jpg': big });
    await processMedia(snapshot([article('a1', 'halong', media('/uploads/a.jpg', big))]), { mediaDir, fetch });
    const report = await processMedia(snapshot([article('a2', 'campha', media('/uploads/b.jpg', big))]), { mediaDir, fetch });
    expect(report.stats).toMatchObject({ processed: 0, reused: 1 });
    expect((await readdir(mediaDir)).filter((f) => f.endsWith('.jpg'))).toHaveLength(3);
  });
});

describe('images: a bad source is reported with its record and skipped', () => {
  it('reports corrupt, oversized, unreachable and disallowed media, and processes the rest', async () => {
    const corrupt = Buffer.from('this is not a JPEG, whatever its name says');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const { fetch } = library({ '/uploads/ok.jpg': small, '/uploads/bad.jpg': corrupt, '/uploads/huge.jpg': big, '/uploads/logo.svg': svg });
    const content = snapshot([
      article('ok', 'halong', media('/uploads/ok.jpg', small)),
      article('corrupt', 'halong', media('/uploads/bad.jpg', corrupt)),
      article('huge', 'campha', media('/uploads/huge.jpg', big)),
      article('gone', 'campha', media('/uploads/missing.jpg', small)),
      article('drawing', 'uongbi', media('/uploads/logo.svg', svg, 'image/svg+xml')),
    ]);
    const report = await processMedia(content, { mediaDir, fetch, limits: { maxImagePixels: 1_000_000 } });
    expect(Object.keys(report.assets)).toEqual(['/uploads/ok.jpg']);
    const byRecord = Object.fromEntries(report.problems.map((p) => [p.documentId, p]));
    expect(byRecord.corrupt).toMatchObject({ model: 'article', portal: 'halong', field: 'cover', reason: 'corrupt', url: '/uploads/bad.jpg' });
    expect(byRecord.huge).toMatchObject({ portal: 'campha', reason: 'too-large' });
    expect(byRecord.huge?.message).toContain('1500×1000');
    expect(byRecord.gone).toMatchObject({ reason: 'unreachable' });
    expect(byRecord.drawing).toMatchObject({ portal: 'uongbi', reason: 'type' });
    expect(report.stats).toMatchObject({ sources: 5, processed: 1, refused: 4 });
  });

  it('refuses a source above the byte limit before decoding it', async () => {
    const { fetch, requests } = library({ '/uploads/big.jpg': big });
    const report = await processMedia(snapshot([article('a1', 'halong', media('/uploads/big.jpg', big))]), { mediaDir, fetch, limits: { maxImageBytes: 10_000 } });
    expect(report.problems).toMatchObject([{ documentId: 'a1', reason: 'too-large' }]);
    // Strapi's recorded size is enough to refuse it: nothing was downloaded.
    expect(requests).toEqual([]);
  });

  it('reports every record that uses a bad upload', async () => {
    const corrupt = Buffer.from('garbage');
    const { fetch } = library({ '/uploads/bad.jpg': corrupt });
    const shared = media('/uploads/bad.jpg', corrupt);
    const report = await processMedia(snapshot([article('a1', 'halong', shared), article('a2', 'campha', shared)]), { mediaDir, fetch });
    expect(report.problems.map((p) => `${p.documentId}@${p.portal}`)).toEqual(['a1@halong', 'a2@campha']);
  });
});

describe('files: copied as uploaded, checked against their extension', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const documentWith = (documentId: string, files: Media[]) => ({
    documentId, ...stamp, portal: 'halong', number: '12/QĐ-UBND', slug: documentId, form: 'quyet_dinh', summary: 'Quyết định', issuerName: 'UBND',
    signer: null, issuedOn: '2026-11-01', effectiveOn: null, expiresOn: null, validity: 'in_force' as const, replacedBy: null, field: 'khac', files, body: null,
  });

  it('stores a document as <hash>/<original name>, with a URL-safe path', async () => {
    const file = media('/uploads/qd_12.pdf', pdf, 'application/pdf', 'Quyết định 12/QĐ-UBND.pdf');
    const { fetch } = library({ '/uploads/qd_12.pdf': pdf });
    const report = await processMedia(snapshot([], { legalDocuments: [documentWith('d1', [file])] }), { mediaDir, fetch });
    const asset = report.assets['/uploads/qd_12.pdf'];
    if (asset?.kind !== 'file') throw new Error('expected a file');
    expect(asset).toMatchObject({ name: 'Quyết định 12/QĐ-UBND.pdf', mime: 'application/pdf', size: pdf.byteLength });
    const [hash, name] = asset.path.split('/');
    expect(decodeURIComponent(name!)).toBe('Quyết định 12-QĐ-UBND.pdf');
    expect(await readFile(join(mediaDir, hash!, decodeURIComponent(name!)))).toEqual(pdf);
  });

  it('refuses a disallowed type without fetching it, and a file whose bytes are not what its name says', async () => {
    const fake = Buffer.from('MZ\x90\x00 an executable renamed to .pdf');
    const { fetch, requests } = library({ '/uploads/setup.exe': fake, '/uploads/fake.pdf': fake });
    const files = [media('/uploads/setup.exe', fake, 'application/x-msdownload'), media('/uploads/fake.pdf', fake, 'application/pdf')];
    const report = await processMedia(snapshot([], { legalDocuments: [documentWith('d1', files)] }), { mediaDir, fetch });
    expect(report.assets).toEqual({});
    expect(report.problems.map((p) => [p.name, p.reason, p.model, p.field])).toEqual([
      ['setup.exe', 'type', 'legalDocuments', 'files'],
      ['fake.pdf', 'corrupt', 'legalDocuments', 'files'],
    ]);
    expect(requests).toEqual(['/uploads/fake.pdf']);
  });
});
