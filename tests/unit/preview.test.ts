import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Target {
  uid: string;
  documentId: string;
  status: 'draft' | 'published';
  user: number;
}
// Imported by address: these are modules of the CMS's CommonJS package, which the root type check does not compile.
const load = async <T>(path: string) => (await import(pathToFileURL(join(import.meta.dirname, '../../cms/src/preview', path)).href)) as T;
const { pointIntoPreview, previewPage } = await load<{ pointIntoPreview(html: string, prefix: string): string; previewPage(html: string, prefix: string, note: string): string }>('page.ts');
const { issueTicket, readTicket, TICKET_HOURS } = await load<{
  issueTicket(secret: string, target: Target, now?: number): string;
  readTicket(secret: string, text: string, now?: number): unknown;
  TICKET_HOURS: number;
}>('ticket.ts');

const SECRET = 'a-test-secret-of-enough-length';
const TARGET = { uid: 'api::article.article', documentId: 'abc123def456', status: 'draft' as const, user: 7 };

describe('preview tickets', () => {
  it('carry what they were issued for, until they expire', () => {
    const now = Date.UTC(2026, 11, 3, 8);
    const ticket = issueTicket(SECRET, TARGET, now);
    expect(readTicket(SECRET, ticket, now)).toEqual({ ticket: { ...TARGET, exp: now / 1000 + TICKET_HOURS * 3600 } });
    expect(readTicket(SECRET, ticket, now + TICKET_HOURS * 3600_000 + 1000)).toEqual({ refused: expect.stringContaining('hết hạn') });
  });

  it('are refused when changed, signed with another key, or malformed', () => {
    const ticket = issueTicket(SECRET, TARGET);
    const [body, signature] = ticket.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ ...TARGET, documentId: 'zzz999', exp: 9_999_999_999 })).toString('base64url');
    for (const text of [`${other}.${signature}`, issueTicket('another-secret-of-enough-length', TARGET), body, `${body}.${signature}.x`, `${body}.`, '', 'x'.repeat(2000)]) {
      expect(readTicket(SECRET, text), text.slice(0, 40)).toEqual({ refused: expect.stringContaining('không hợp lệ') });
    }
  });
});

describe('the request log', () => {
  it('leaves preview keys out of the addresses it writes', async () => {
    const { loggedUrl } = (await import(pathToFileURL(join(import.meta.dirname, '../../cms/src/middlewares/request-log.ts')).href)) as { loggedUrl(url: string): string };
    expect(loggedUrl('/qn-preview/eyJ1.c2ln/_astro/a.css?x=1')).toBe('/qn-preview/…/_astro/a.css?x=1');
    expect(loggedUrl('/admin/qn-preview/x')).toBe('/admin/qn-preview/x');
  });
});

describe('preview pages', () => {
  const PREFIX = '/qn-preview/t.s';

  it('point root-relative addresses into the preview, and leave other origins alone', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><a href="/bai-viet/x/">x</a><a href="https://halong.example/">y</a><a href="//cdn.example/z">z</a>' +
      '<img src="/_media/p-320.webp" srcset="/_media/p-320.webp 320w, /_media/p-640.webp 640w, https://e.example/q.webp 2x"><a href="#main">m</a>';
    expect(pointIntoPreview(html, PREFIX)).toBe(
      `<link rel="stylesheet" href="${PREFIX}/_astro/a.css"><a href="${PREFIX}/bai-viet/x/">x</a><a href="https://halong.example/">y</a><a href="//cdn.example/z">z</a>` +
        `<img src="${PREFIX}/_media/p-320.webp" srcset="${PREFIX}/_media/p-320.webp 320w, ${PREFIX}/_media/p-640.webp 640w, https://e.example/q.webp 2x"><a href="#main">m</a>`,
    );
  });

  it('say at the top of the body that the page is not published, escaped', () => {
    const page = previewPage('<html><body class="x"><h1>T</h1></body></html>', PREFIX, 'Bản xem trước <chưa> xuất bản');
    expect(page).toMatch(/^<html><body class="x"><style>[^<]+<\/style><p class="qn-preview-banner" role="note">Bản xem trước &#60;chưa&#62; xuất bản<\/p><h1>T<\/h1>/);
  });
});
