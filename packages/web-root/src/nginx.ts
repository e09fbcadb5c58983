import { join } from 'node:path';
import { portalOrigin } from '@qn/portal-model';
import { isSafeDomain, isSafePath, type ServedPortal, type WebRootProblem } from './web-root.ts';

export interface NginxOptions {
  /** The web root: one folder (or link) per portal, and `_media/`. An absolute path. */
  root: string;
  portals: readonly ServedPortal[];
  /** Origin of each portal, with {code} / {domain} (SITE_URL_TEMPLATE). */
  urlTemplate: string;
  /** Where `_media/` is served (MEDIA_URL); its host gets a server of its own when it is not a portal's. */
  mediaUrl: string;
  /** The Meilisearch address browsers use (MEILI_PUBLIC_URL): the only host pages may connect to. */
  searchUrl: string;
  /** Where the pages' forms post readers' questions, comments and feedback (PUBLIC_SERVICE_URL). */
  publicServiceUrl?: string;
  /** Port to listen on; default: the port in `urlTemplate`, else 443 with TLS and 80 without. */
  listen?: number;
  /** One certificate for every portal host (a wildcard or one with every name). */
  tls?: { certificate: string; key: string };
  /** Strict-Transport-Security max-age in seconds; sent only over TLS. */
  hstsSeconds?: number;
  /** Serve `.br` files too (needs ngx_http_brotli_static_module loaded). */
  brotli?: boolean;
  /** Answer hosts that are no portal's with 404 (default true). */
  defaultServer?: boolean;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages change on every publish: browsers revalidate (cheap with ETag) so a reader sees the new version. */
const PAGE = 'no-cache';

/** Exact locations every portal's server has: no forwarding rule may take them. */
const RESERVED = ['/_redirects', '/404.html'];

/** Absolute paths written into the configuration: no spaces, quotes, semicolons or braces. */
const ROOT = /^\/[A-Za-z0-9._\-/]*$/;

function hostOf(url: string): { host: string; origin: string; path: string } | null {
  try {
    const parsed = new URL(url);
    return isSafeDomain(parsed.hostname) ? { host: parsed.hostname, origin: parsed.origin, path: parsed.pathname.replace(/\/+$/, '') } : null;
  } catch {
    return null;
  }
}

/**
 * An nginx configuration (the `http` block's content) that serves every
 * portal at its own host from the web root: pages revalidated on every
 * visit, hashed assets and media cached for a year, the portal's 404 page
 * with status 404, moved pages and archived portals answered with 301,
 * precompressed files sent as they are, and security headers on every
 * answer. Returns the text and what had to be left out.
 */
export function nginxConfig(options: NginxOptions): { text: string; problems: WebRootProblem[] } {
  const problems: WebRootProblem[] = [];
  if (!ROOT.test(options.root)) throw new Error(`The web root "${options.root}" must be an absolute path of letters, digits, ".", "-", "_" and "/".`);
  const media = hostOf(options.mediaUrl);
  const search = hostOf(options.searchUrl);
  if (!media || !isSafePath(`${media.path}/`)) throw new Error(`MEDIA_URL "${options.mediaUrl}" is not an http(s) URL a server rule can hold.`);
  if (!search) throw new Error(`The search address "${options.searchUrl}" is not an http(s) URL.`);
  const intake = options.publicServiceUrl ? hostOf(options.publicServiceUrl) : null;
  if (options.publicServiceUrl && !intake) throw new Error(`PUBLIC_SERVICE_URL "${options.publicServiceUrl}" is not an http(s) URL.`);
  const tls = options.tls;
  for (const file of tls ? [tls.certificate, tls.key] : []) {
    if (!ROOT.test(file)) throw new Error(`The TLS file "${file}" must be an absolute path of letters, digits, ".", "-", "_" and "/".`);
  }
  // The port the portals' own addresses name (SITE_URL_TEMPLATE), unless told otherwise (a TLS proxy in front).
  const templatePort = Number(new URL(portalOrigin(options.urlTemplate, { code: 'x', domain: 'x.example' })).port) || null;
  const listen = options.listen ?? templatePort ?? (tls ? 443 : 80);
  const listenLine = tls ? `listen ${listen} ssl http2;` : `listen ${listen};`;
  const secure = tls !== undefined || options.urlTemplate.startsWith('https:');

  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // One hashed stylesheet from /_astro/; no inline style, so no injected one either.
    "style-src 'self'",
    `img-src 'self' ${media.origin}`,
    "font-src 'self'",
    `connect-src ${search.origin}${intake ? ` ${intake.origin}` : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${intake ? ` ${intake.origin}` : ''}`,
    "object-src 'none'",
    ...(secure ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  const security = [
    `add_header Content-Security-Policy "${csp}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    'add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), interest-cohort=()" always;',
    ...(tls && options.hstsSeconds ? [`add_header Strict-Transport-Security "max-age=${Math.trunc(options.hstsSeconds)}" always;`] : []),
  ];
  // nginx drops a server's add_header lines in any location that has its own: every location repeats them.
  const headers = (cacheControl: string | null) => [...(cacheControl ? [`add_header Cache-Control "${cacheControl}" always;`] : []), ...security];
  const compressed = ['gzip_static on;', 'gzip_vary on;', ...(options.brotli ? ['brotli_static on;'] : [])];
  const tlsLines = tls ? [`ssl_certificate ${tls.certificate};`, `ssl_certificate_key ${tls.key};`] : [];
  const mediaLocation = (path: string) =>
    block(`location ^~ ${path}/`, [`alias ${join(options.root, '_media')}/;`, 'location ~ /\\. { return 404; }', ...headers(IMMUTABLE)]);

  const servers: string[] = [];
  const hosts = new Set<string>();
  for (const portal of options.portals) {
    const origin = hostOf(portalOrigin(options.urlTemplate, portal));
    if (!origin) {
      problems.push({ code: portal.code, message: `its address ${portalOrigin(options.urlTemplate, portal)} is not a host name; left out` });
      continue;
    }
    if (hosts.has(origin.host)) {
      problems.push({ code: portal.code, message: `its host ${origin.host} is another portal's too; left out` });
      continue;
    }
    hosts.add(origin.host);
    const body = [listenLine, `server_name ${origin.host};`, ...tlsLines, `root ${join(options.root, portal.code)};`, 'charset utf-8;', 'index index.html;', 'absolute_redirect off;', ...compressed];
    // Exact old addresses first: they win over every prefix location. One rule per address (nginx refuses
    // a duplicate), and never for the addresses the server block answers itself.
    const seen = new Set(RESERVED);
    for (const moved of portal.moved) {
      if (seen.has(moved.from)) {
        problems.push({ code: portal.code, message: `a second forwarding rule for ${moved.from}, or one for an address the server answers itself; left out` });
        continue;
      }
      seen.add(moved.from);
      body.push(`location = ${moved.from} { return 301 ${moved.to}; }`);
    }
    // Releases, temporary files, the media manifest and forwarding rules are not pages.
    body.push('location ~ (^|/)\\. { return 404; }', 'location = /_redirects { return 404; }');
    body.push(mediaLocation('/_media'));
    if (portal.forwardAll) {
      body.push(block('location /', [`return 301 ${portal.forwardAll.to}${portal.forwardAll.keepPath ? '$request_uri' : ''};`]));
    } else {
      body.push('error_page 404 /404.html;');
      body.push(block('location ^~ /_astro/', [...headers(IMMUTABLE), 'try_files $uri =404;']));
      body.push(block('location = /404.html', ['internal;', ...headers(PAGE)]));
      body.push(block('location /', [...headers(PAGE), 'try_files $uri $uri/ =404;']));
    }
    servers.push(block('server', body));
  }

  if (!hosts.has(media.host)) {
    servers.push(block('server', [listenLine, `server_name ${media.host};`, ...tlsLines, ...compressed, mediaLocation(media.path), 'location / { return 404; }']));
  }
  if (tls && listen === 443) {
    servers.push(block('server', ['listen 80;', `server_name ${[...hosts].join(' ')};`, 'return 301 https://$host$request_uri;']));
  }
  if (options.defaultServer ?? true) {
    const defaultListen = tls ? `listen ${listen} ssl http2 default_server;` : `listen ${listen} default_server;`;
    servers.push(block('server', [defaultListen, 'server_name _;', ...tlsLines, 'return 404;']));
  }
  const header = [
    '# Generated by `npm run deploy:config` from the web root; regenerate after every deploy instead of editing.',
    `# ${hosts.size} portal host(s); web root ${options.root}.`,
    'server_tokens off;',
    // Names of 193 portals, and domains up to DNS's 253 characters, outgrow the default hash sizes.
    'server_names_hash_max_size 4096;',
    'server_names_hash_bucket_size 512;',
  ];
  return { text: `${[...header, '', ...servers].join('\n')}\n`, problems };
}

function block(head: string, lines: readonly string[]): string {
  const inner = lines.flatMap((line) => line.split('\n')).map((line) => `    ${line}`);
  return `${head} {\n${inner.join('\n')}\n}`;
}
