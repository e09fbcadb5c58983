/**
 * Debian's nginx serving all 193 portals from the configuration
 * `npm run deploy:config` generates, over a web root filled by the deploy
 * step: hosts, status codes, forwarding, caching, compression and security
 * headers as a reader's browser gets them, and a rebuild deployed while a
 * reader keeps polling.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@qn/content';
import { buildSites, type BuildSettings } from '@qn/site-builder';
import { deploySites, nginxConfig, readWebRoot } from '@qn/web-root';
import { syntheticSnapshot } from '../../bench/lib/synthetic.ts';
import { launchChromium } from '../helpers/browser.ts';
import { freePort } from '@qn/devstack';
import { hasBrotliModule, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { requestWithHost } from '../helpers/site-get.ts';

const MOVED = { from: '/bai-viet/tin-cu-da-doi-dia-chi/', portal: 'halong' };
/** Archived into halong: one keeps the path it was asked for, one sends everything to the home page. */
const ARCHIVED_KEEP_PATH = 'halong-bachdang';
const ARCHIVED_HOME = 'halong-baichay';
const SEARCH_ORIGIN = 'http://127.0.0.1:9';

let port: number;
let buildDir: string;
let webRoot: string;
let nginx: RunningNginx;
let snapshot: Snapshot;
let settings: BuildSettings;
let browser: Browser | undefined;

const host = (code: string) => `${code}.localhost`;
const get = (code: string, path: string, headers: Record<string, string> = {}) => requestWithHost(port, host(code), path, headers);
const text = async (code: string, path: string) => (await get(code, path)).bytes.toString('utf8');

async function generate(): Promise<string> {
  const served = await readWebRoot(webRoot);
  expect(served.problems).toEqual([]);
  const { text: conf, problems } = nginxConfig({
    root: webRoot,
    portals: served.portals,
    urlTemplate: settings.urlTemplate,
    mediaUrl: settings.mediaUrl,
    searchUrl: SEARCH_ORIGIN,
    listen: port,
    brotli: hasBrotliModule(),
  });
  expect(problems).toEqual([]);
  return conf;
}

async function build(content: Snapshot, portals: string[] | null): Promise<void> {
  const report = await buildSites({ outDir: buildDir, portals, settings, prefetched: { snapshot: content, problems: [] }, precompress: true });
  expect(report.failed).toEqual([]);
}

beforeAll(async () => {
  port = await freePort();
  settings = {
    urlTemplate: `http://{code}.localhost:${port}`,
    search: { host: SEARCH_ORIGIN, key: 'search-only-key', index: 'articles' },
    mediaUrl: `http://media.localhost:${port}/_media`,
  };
  snapshot = syntheticSnapshot({ articles: 193 * 2 });
  const target = snapshot.articles.find((a) => a.portal === MOVED.portal)!;
  for (const code of [ARCHIVED_KEEP_PATH, ARCHIVED_HOME]) {
    const portal = snapshot.portals.find((p) => p.code === code);
    if (!portal) throw new Error(`the seed has no portal ${code}`);
    Object.assign(portal, { state: 'archived', successorCode: 'halong' });
  }
  snapshot.redirects = [
    { fromCode: MOVED.portal, fromPath: MOVED.from, toCode: MOVED.portal, toPath: `/bai-viet/${target.slug}/` },
    { fromCode: ARCHIVED_KEEP_PATH, fromPath: '*', toCode: 'halong', toPath: '*' },
  ];
  buildDir = await mkdtemp(join(tmpdir(), 'qn-nginx-build-'));
  webRoot = await mkdtemp(join(tmpdir(), 'qn-nginx-root-'));
  await build(snapshot, null);
  // A processed image and the builder's manifest, as the media step leaves them.
  await mkdir(join(buildDir, '_media'), { recursive: true });
  await writeFile(join(buildDir, '_media', 'a1b2c3-960w.avif'), Buffer.from('not really an image, but bytes nginx must send as they are'));
  await writeFile(join(buildDir, '_media', '.manifest.json'), '{}');
  await deploySites({ from: buildDir, to: webRoot });
  nginx = await startNginx(await generate(), port);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await rm(buildDir, { recursive: true, force: true });
  await rm(webRoot, { recursive: true, force: true });
});

describe('nginx from the generated configuration', () => {
  it('serves every one of the 193 portals at its own host, and nothing at an unknown one', async () => {
    const live = snapshot.portals.filter((p) => p.state === 'active');
    expect(snapshot.portals).toHaveLength(193);
    const failures: string[] = [];
    for (const portal of live) {
      const response = await get(portal.code, '/');
      const body = response.bytes.toString('utf8');
      if (response.status !== 200 || !body.includes(`data-portal="${portal.code}"`)) failures.push(`${portal.code}: ${response.status}`);
    }
    expect(failures).toEqual([]);
    expect((await requestWithHost(port, 'unknown.example', '/')).status).toBe(404);
  });

  it("answers a missing page with the portal's own 404 page and status 404", async () => {
    const response = await get('soyte', '/khong-co-trang-nay/');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.bytes.toString('utf8')).toContain('data-portal="soyte"');
    // The 404 page itself is not a page to link to.
    expect((await get('soyte', '/404.html')).status).toBe(404);
  });

  it('answers a moved page and an archived portal with real 301s', async () => {
    const target = snapshot.articles.find((a) => a.portal === MOVED.portal)!;
    const moved = await get(MOVED.portal, MOVED.from);
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe(`http://halong.localhost:${port}/bai-viet/${target.slug}/`);
    const kept = await get(ARCHIVED_KEEP_PATH, '/bai-viet/mot-tin-cu/?trang=2');
    expect(kept.status).toBe(301);
    expect(kept.headers.location).toBe(`http://halong.localhost:${port}/bai-viet/mot-tin-cu/?trang=2`);
    const home = await get(ARCHIVED_HOME, '/gioi-thieu/');
    expect(home.status).toBe(301);
    expect(home.headers.location).toBe(`http://halong.localhost:${port}/`);
    // A folder asked for without its slash: a relative redirect that works behind any proxy or port.
    const slash = await get('halong', '/tin-moi');
    expect(slash.status).toBe(301);
    expect(slash.headers.location).toBe('/tin-moi/');
  });

  it('sends the security headers on pages, errors and assets', async () => {
    for (const response of [await get('quangninh', '/'), await get('quangninh', '/khong-co/'), await get('quangninh', '/favicon.svg')]) {
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain(`connect-src ${SEARCH_ORIGIN};`);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // Plain HTTP here: HSTS is only sent over TLS.
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers.server).toBe('nginx');
    }
  });

  it('caches pages for no time and hashed assets and media for a year; hides what is not a page', async () => {
    const search = await text('quangninh', '/tim-kiem/');
    const script = /<script type="module" src="(\/_astro\/[^"]+\.js)"/.exec(search)?.[1];
    expect(script).toBeDefined();
    expect((await get('quangninh', '/')).headers['cache-control']).toBe('no-cache');
    const asset = await get('quangninh', script!);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const [code, path] of [['quangninh', '/_media/a1b2c3-960w.avif'], ['media', '/_media/a1b2c3-960w.avif']] as const) {
      const media = await get(code, path);
      expect(media.status, `${code}${path}`).toBe(200);
      expect(media.headers['content-type']).toBe('image/avif');
      expect(media.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await get('media', '/_media/.manifest.json')).status).toBe(404);
    expect((await get('media', '/quangninh/')).status).toBe(404);
    expect((await get('quangninh', '/_media/.manifest.json')).status).toBe(404);
    expect((await get('halong', '/_redirects')).status).toBe(404);
  });

  it('sends the precompressed copies the build wrote, to clients that accept them', async () => {
    const plain = await get('quangninh', '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const gzipped = await get('quangninh', '/', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.bytes).equals(plain.bytes)).toBe(true);
    // The copy on disk is what was sent: nginx compressed nothing itself.
    expect(gzipped.bytes.equals(await readFile(join(webRoot, 'quangninh', 'index.html.gz')))).toBe(true);
    if (hasBrotliModule()) {
      const brotli = await get('quangninh', '/', { 'accept-encoding': 'br, gzip' });
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(brotli.bytes).equals(plain.bytes)).toBe(true);
    }
  });

  it('runs the search script in Chromium under the policy, which blocks any other host', async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    const response = await page.goto(`http://quangninh.localhost:${port}/tim-kiem/?q=h%E1%BB%8Dc%20b%E1%BB%95ng`);
    expect(response?.status()).toBe(200);
    // The script ran: it read the query into the box and asked the search host (closed here), then said so.
    await expect.poll(() => page.locator('[data-search] [role=status]').textContent(), { timeout: 10_000 }).not.toBe('');
    expect(await page.locator('#search-q').inputValue()).toBe('học bổng');
    expect(violations).toEqual([]);
    // The same page may not reach any other host.
    await page.evaluate(() => fetch('http://attacker.localhost:1/collect').catch(() => null));
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toContain('connect-src');
  });
});

describe('deploying while readers read', () => {
  it('never shows a reader a missing page, an empty page or a page whose assets are gone', async () => {
    const code = 'quangninh';
    const titles = [0, 1, 2].map((n) => `Bản tin lần ${n + 1}: tỉnh triển khai kế hoạch chuyển đổi số`);
    const seen: string[] = [];
    const problems: string[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        try {
          const home = await get(code, '/');
          const body = home.bytes.toString('utf8');
          if (home.status !== 200 || !body.trimEnd().endsWith('</html>')) problems.push(`home: ${home.status}, ${body.length} bytes`);
          const search = await text(code, '/tim-kiem/');
          const script = /<script type="module" src="([^"]+)"/.exec(search)?.[1];
          const asset = script ? await get(code, script) : null;
          if (asset?.status !== 200) problems.push(`search script ${script}: ${asset?.status}`);
          seen.push(titles.find((t) => body.includes(t)) ?? 'before');
        } catch (error) {
          // A refused or broken connection is something the reader saw: recorded, and the deploy goes on.
          problems.push(`request failed: ${String(error)}`);
        }
      }
    })();
    const linkBefore = await readlink(join(webRoot, 'soyte'));
    for (const title of titles) {
      const content = structuredClone(snapshot);
      const article = content.articles.find((a) => a.portal === code)!;
      article.title = title;
      article.publishedAt = new Date().toISOString();
      await build(content, [code]);
      await deploySites({ from: buildDir, to: webRoot, portals: [code] });
      await nginx.reload(await generate());
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    reading = false;
    await reader;
    expect(problems).toEqual([]);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(titles.at(-1));
    // Only the portal deployed changed; two releases are kept, older ones removed.
    expect(await readlink(join(webRoot, 'soyte'))).toBe(linkBefore);
    expect(existsSync(join(webRoot, '.releases', code))).toBe(true);
    expect(await readdir(join(webRoot, '.releases', code))).toHaveLength(2);
    expect(await nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
  });
});
