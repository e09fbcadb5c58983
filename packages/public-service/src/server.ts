/**
 * The public service as a running process: the spool, the forwarder, the
 * portal list read from the CMS, and the HTTP server.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createChallenges } from './challenge.ts';
import { createIntakeClient } from './cms.ts';
import { startForwarder } from './forwarder.ts';
import { RateLimiter } from './limits.ts';
import { loadPortals } from './portals.ts';
import { openSpool } from './spool.ts';

export interface PublicServiceOptions {
  port: number;
  host: string;
  cmsUrl: string;
  intakeToken: string;
  hmacKey: string;
  spoolDir: string;
  /** Where the portals are served (`https://{domain}`): their origins may call the service. */
  siteUrlTemplate: string;
  /** Where browsers reach the service (PUBLIC_SERVICE_URL); its own pages post back to it. Default: the address it listens on. */
  publicUrl?: string;
  extraOrigins?: readonly string[];
  trustProxy?: readonly string[];
  /** The proof of work's difficulty: the largest number a browser may have to try. */
  maxNumber?: number;
  handoverMs?: number;
  log?: (message: string) => void;
}

export interface RunningPublicService {
  url: string;
  /** Resolves when every spooled submission has been handed to the CMS. */
  drained(): Promise<void>;
  close(): Promise<void>;
}

export async function startPublicService(options: PublicServiceOptions): Promise<RunningPublicService> {
  const log = options.log ?? (() => {});
  const cms = createIntakeClient({ url: options.cmsUrl, token: options.intakeToken });
  const spool = await openSpool(options.spoolDir);
  const portals = await loadPortals(cms, { siteUrlTemplate: options.siteUrlTemplate, extraOrigins: options.extraOrigins ?? [], log });
  const holds = new Map<string, number>();
  let publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  const forwarder = startForwarder(spool, cms, { log, holds });
  const app = createApp({
    cms,
    portals,
    spool,
    forwarder,
    challenges: createChallenges(options.hmacKey, options.maxNumber === undefined ? {} : { maxNumber: options.maxNumber }),
    limiter: new RateLimiter(),
    holds,
    publicOrigin: () => publicOrigin,
    trustProxy: new Set(options.trustProxy ?? []),
    ...(options.handoverMs === undefined ? {} : { handoverMs: options.handoverMs }),
    log,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  publicOrigin ??= new URL(url).origin;
  return {
    url,
    drained: () => forwarder.drained(),
    async close() {
      portals.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await forwarder.stop();
    },
  };
}
