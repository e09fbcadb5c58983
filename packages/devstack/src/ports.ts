import { createServer } from 'node:net';

/** A TCP port that was free a moment ago, for servers (like Meilisearch) that cannot bind port 0 and report it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Polls `check` until it returns true, or fails after `timeoutMs` with `what`
 * in the message. A check that throws ends the wait with its error.
 */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
