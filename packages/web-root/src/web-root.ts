import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A portal as the web root describes it: `_portals.json` and its folder's `_redirects`. */
export interface ServedPortal {
  code: string;
  domain: string;
  /** Old addresses of moved pages: exact path → absolute URL, answered with 301. */
  moved: Array<{ from: string; to: string }>;
  /** An archived portal's site: every other address forwards here (`$request_uri` appended when `keepPath`). */
  forwardAll: { to: string; keepPath: boolean } | null;
}

export interface WebRootProblem {
  code: string | null;
  message: string;
}

/** A web root that cannot be served as it is: the message says what to do. */
export class WebRootError extends Error {
  override name = 'WebRootError';
}

/** Paths and codes that can be written into a server configuration without quoting. */
const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const PATH = /^\/[A-Za-z0-9._~\-/]*$/;

export const isSafeCode = (code: string) => CODE.test(code);
export const isSafeDomain = (domain: string) => DOMAIN.test(domain);
export const isSafePath = (path: string) => PATH.test(path) && !path.split('/').includes('..');

/** An absolute http(s) URL whose characters need no quoting in a configuration file, or null. */
export function safeUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) return null;
  if (!isSafeDomain(url.hostname) || !isSafePath(url.pathname)) return null;
  return `${url.origin}${url.pathname}`;
}

/**
 * Reads what a web root holds: the portal list the build wrote and each
 * portal's forwarding rules. Everything read is checked before it can reach
 * a server configuration; what fails a check is reported and left out, and
 * the other portals are served.
 */
export async function readWebRoot(root: string): Promise<{ portals: ServedPortal[]; problems: WebRootProblem[] }> {
  const problems: WebRootProblem[] = [];
  let listed: unknown;
  try {
    listed = JSON.parse(await readFile(join(root, '_portals.json'), 'utf8'));
  } catch (error) {
    throw new WebRootError(`${join(root, '_portals.json')} is missing or not JSON (${(error as Error).message}): build the sites into ${root} first.`, { cause: error });
  }
  if (!Array.isArray(listed)) throw new WebRootError(`${join(root, '_portals.json')} is not a list of portals.`);
  const portals: ServedPortal[] = [];
  const domains = new Set<string>();
  for (const entry of listed as Array<Record<string, unknown>>) {
    const code = typeof entry?.code === 'string' ? entry.code : '';
    const domain = typeof entry?.domain === 'string' ? entry.domain.toLowerCase() : '';
    if (!isSafeCode(code)) {
      problems.push({ code: null, message: `a portal code ${JSON.stringify(entry?.code)} is not lowercase letters, digits and "-"; left out` });
      continue;
    }
    if (!isSafeDomain(domain)) {
      problems.push({ code, message: `its domain ${JSON.stringify(entry.domain)} is not a host name; left out` });
      continue;
    }
    if (domains.has(domain)) {
      problems.push({ code, message: `its domain ${domain} is another portal's too; left out` });
      continue;
    }
    const rules = await readRedirects(join(root, code, '_redirects'), code, problems);
    if (rules === null) {
      problems.push({ code, message: `no site was built for it in ${root}; left out` });
      continue;
    }
    domains.add(domain);
    portals.push({ code, domain, ...rules });
  }
  return { portals, problems };
}

/** `_redirects` lines (`from target 301`, the Netlify shape the builder writes); null when the portal has no site. */
async function readRedirects(file: string, code: string, problems: WebRootProblem[]): Promise<Pick<ServedPortal, 'moved' | 'forwardAll'> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // No forwarding rules: the portal is served if its folder has a home page.
    const home = await readFile(join(file, '..', 'index.html')).catch(() => null);
    return home ? { moved: [], forwardAll: null } : null;
  }
  const moved: ServedPortal['moved'] = [];
  let forwardAll: ServedPortal['forwardAll'] = null;
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const parts = line.split(/\s+/);
    const [from = '', target = '', status = ''] = parts;
    const splat = target.endsWith('/:splat');
    const to = safeUrl(splat ? target.slice(0, -':splat'.length) : target);
    // Exactly three words: an address with a space in it must not pass for a rule of its own.
    if (parts.length !== 3 || status !== '301' || !to) {
      problems.push({ code, message: `forwarding rule "${line.slice(0, 200)}" is not "path URL 301"; left out` });
    } else if (from === '/*') {
      forwardAll = { to: splat ? to.replace(/\/$/, '') : to, keepPath: splat };
    } else if (isSafePath(from)) {
      moved.push({ from, to });
    } else {
      problems.push({ code, message: `forwarding rule "${line.slice(0, 200)}": its old address has characters a server rule cannot hold; left out` });
    }
  }
  return { moved, forwardAll };
}
