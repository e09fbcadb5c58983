import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpMediaFetcher, MediaError } from '@qn/images';

let server: Server;
let baseUrl: string;
const body = Buffer.alloc(64 * 1024, 7);

beforeAll(async () => {
  // Stands in for Strapi's /uploads static files: a plain HTTP server with three behaviours.
  server = createServer((req, res) => {
    if (req.url === '/uploads/photo.jpg') res.writeHead(200, { 'content-length': body.byteLength }).end(body);
    else if (req.url === '/uploads/streamed.jpg') {
      res.writeHead(200);
      for (let i = 0; i < 8; i += 1) res.write(body);
      res.end();
    } else res.writeHead(404).end('Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => 'fetched',
    (error: unknown) => (error instanceof MediaError ? error.reason : `unexpected ${String(error)}`),
  );

describe('httpMediaFetcher', () => {
  it('resolves Strapi upload paths against CMS_URL', async () => {
    const fetchMedia = httpMediaFetcher({ baseUrl });
    expect(Buffer.from(await fetchMedia('/uploads/photo.jpg', { maxBytes: 1e6 }))).toEqual(body);
    expect(Buffer.from(await fetchMedia(`${baseUrl}/uploads/photo.jpg`, { maxBytes: 1e6 }))).toEqual(body);
  });

  it('reports a missing file or an unreachable host as unreachable', async () => {
    expect(await reason(httpMediaFetcher({ baseUrl })('/uploads/gone.jpg', { maxBytes: 1e6 }))).toBe('unreachable');
    expect(await reason(httpMediaFetcher({ baseUrl: 'http://127.0.0.1:9' })('/uploads/photo.jpg', { maxBytes: 1e6 }))).toBe('unreachable');
    expect(await reason(httpMediaFetcher({ baseUrl })('file:///etc/passwd', { maxBytes: 1e6 }))).toBe('unreachable');
  });

  it('stops at the byte limit, whether the size is announced or only streamed', async () => {
    const fetchMedia = httpMediaFetcher({ baseUrl });
    expect(await reason(fetchMedia('/uploads/photo.jpg', { maxBytes: 1000 }))).toBe('too-large');
    expect(await reason(fetchMedia('/uploads/streamed.jpg', { maxBytes: 100_000 }))).toBe('too-large');
  });
});
