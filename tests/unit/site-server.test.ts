import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '@qn/site-server';

let root: string;
let port: number;
let close: () => Promise<void>;

/** A request with an explicit Host header, as a browser sends for http://<code>.localhost/. */
function get(host: string, path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qn-server-'));
  await mkdir(join(root, 'halong', 'bai-viet', 'tin-a'), { recursive: true });
  await writeFile(join(root, 'index.html'), 'directory');
  await writeFile(join(root, 'secret.txt'), 'outside any portal');
  await writeFile(join(root, '_portals.json'), JSON.stringify([{ code: 'halong', domain: 'halong.quangninh.gov.vn' }]));
  await writeFile(join(root, 'halong', 'index.html'), 'home of halong');
  await writeFile(join(root, 'halong', '404.html'), 'halong not found');
  await writeFile(join(root, 'halong', 'bai-viet', 'tin-a', 'index.html'), 'article a');
  const server = createSiteServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
  await rm(root, { recursive: true, force: true });
});

describe('site server', () => {
  it('routes <code>.localhost and the portal domain to the portal folder', async () => {
    expect(await get(`halong.localhost:${port}`, '/')).toMatchObject({ status: 200, body: 'home of halong' });
    expect(await get('halong.quangninh.gov.vn', '/bai-viet/tin-a/')).toMatchObject({ status: 200, body: 'article a' });
    expect((await get(`halong.localhost:${port}`, '/')).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves the directory of portals on localhost', async () => {
    expect(await get(`localhost:${port}`, '/')).toMatchObject({ status: 200, body: 'directory' });
  });

  it('redirects folder paths without a trailing slash', async () => {
    const response = await get(`halong.localhost:${port}`, '/bai-viet/tin-a?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/bai-viet/tin-a/?x=1');
  });

  it("answers unknown paths with the portal's 404 page", async () => {
    expect(await get(`halong.localhost:${port}`, '/khong-co/')).toMatchObject({ status: 404, body: 'halong not found' });
  });

  it('never serves files outside the portal folder', async () => {
    expect((await get(`halong.localhost:${port}`, '/../secret.txt')).body).not.toBe('outside any portal');
    expect((await get(`halong.localhost:${port}`, '/%2e%2e/secret.txt')).body).not.toBe('outside any portal');
    expect((await get(`..localhost:${port}`, '/secret.txt')).status).toBe(404);
    expect((await get(`unknown.example:${port}`, '/')).status).toBe(404);
  });
});
