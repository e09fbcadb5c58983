import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** The Content-Type of each kind of file a built site holds. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export interface SiteServerOptions {
  /** The folder holding one sub-folder per portal, as the site builder writes it. */
  root: string;
  /** Hostnames that show the directory of all portals. */
  directoryHosts?: readonly string[];
}

/**
 * Serves every built portal from one process, the way each will be served
 * at its own domain: `<code>.localhost` (or the portal's domain, read from
 * _portals.json) selects the folder; `localhost` shows the directory.
 */
export function createSiteServer(options: SiteServerOptions): Server {
  const directoryHosts = new Set(options.directoryHosts ?? ['localhost', '127.0.0.1', '[::1]']);
  let domains: Map<string, string> | null = null;
  let domainsLoadedAt = 0;

  async function portalForHost(host: string): Promise<string | null> {
    if (host.endsWith('.localhost')) return host.slice(0, -'.localhost'.length);
    // The domain list changes when portals are added: reread it at most every few seconds.
    if (!domains || Date.now() - domainsLoadedAt > 5000) {
      domainsLoadedAt = Date.now();
      try {
        const list = JSON.parse(await readFile(join(options.root, '_portals.json'), 'utf8')) as Array<{ code: string; domain: string }>;
        domains = new Map(list.map((p) => [p.domain, p.code]));
      } catch {
        domains = new Map();
      }
    }
    return domains.get(host) ?? null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const code = directoryHosts.has(host) ? null : await portalForHost(host);
    if (!directoryHosts.has(host) && (!code || !/^[a-z0-9-]+$/.test(code))) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`No portal is served at ${host}.`);
      return;
    }
    const siteRoot = code ? join(options.root, code) : options.root;
    const file = await resolveFile(siteRoot, pathname);
    if (file === 'redirect') {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (file) {
      send(res, req, file, 200);
      return;
    }
    const notFound = join(siteRoot, '404.html');
    if (code && (await isFile(notFound))) send(res, req, notFound, 404);
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${(error as Error).message}`);
    });
  });
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Maps a URL path to a file inside `root`, never outside it. */
async function resolveFile(root: string, pathname: string): Promise<string | 'redirect' | null> {
  if (pathname.includes('\0')) return null;
  const path = normalize(join(root, pathname));
  if (path !== root && !path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return 'redirect';
    const index = join(path, 'index.html');
    return (await isFile(index)) ? index : null;
  }
  return null;
}

function send(res: ServerResponse, req: IncomingMessage, file: string, status: number): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, {
    'content-type': type,
    'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
