import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisherApi } from '@qn/cms-client';
import { freePort } from '@qn/devstack';

let server: Server;
let url: string;

beforeAll(async () => {
  // A CMS that refuses the token, as Strapi does for a token without the publisher permissions.
  server = createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { status: 403, name: 'ForbiddenError', message: 'Forbidden' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the publisher API client', () => {
  it('reports a refused token and an unreachable CMS as CmsError, which the CLIs print in one line', async () => {
    await expect(createPublisherApi({ url, token: 't' }).state('outbox')).rejects.toMatchObject({ name: 'CmsError', message: expect.stringContaining('PUBLISHER_TOKEN_PERMISSIONS') });
    const closed = `http://127.0.0.1:${await freePort()}`;
    await expect(createPublisherApi({ url: closed, token: 't' }).state('outbox')).rejects.toMatchObject({ name: 'CmsError', message: expect.stringContaining('unreachable') });
  });
});
