import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redirect, SnapshotPortal } from '@qn/content';
import { escapeHtml } from '@qn/content';

function page(target: string): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${href}">
<title>Trang đã chuyển địa chỉ</title>
</head>
<body>
<main>
<h1>Trang đã chuyển địa chỉ</h1>
<p>Nội dung này nay ở <a href="${href}">${href}</a>.</p>
</main>
</body>
</html>
`;
}

/**
 * The site of an archived portal with a successor: a page at every old
 * address that forwards to the new one, a home page and 404 page that
 * forward to the successor, and a `_redirects` file (path → URL, 301) for
 * hosts that redirect on the server.
 */
export async function writeRedirectSite(folder: string, portal: SnapshotPortal, redirects: readonly Redirect[], origin: (code: string) => string): Promise<number> {
  const own = redirects.filter((r) => r.fromCode === portal.code);
  const fallback = own.find((r) => r.fromPath === '*') ?? { toCode: portal.successorCode ?? portal.code, toPath: '/' };
  const lines: string[] = [];
  let pages = 0;
  await mkdir(folder, { recursive: true });
  for (const redirect of own.filter((r) => r.fromPath !== '*' && !/\s/.test(r.fromPath))) {
    const target = `${origin(redirect.toCode)}${redirect.toPath === '*' ? redirect.fromPath : redirect.toPath}`;
    lines.push(`${redirect.fromPath} ${target} 301`);
    if (redirect.fromPath.endsWith('/') && !redirect.fromPath.includes('..')) {
      await mkdir(join(folder, redirect.fromPath), { recursive: true });
      await writeFile(join(folder, redirect.fromPath, 'index.html'), page(target));
      pages += 1;
    }
  }
  const home = `${origin(fallback.toCode)}${fallback.toPath === '*' ? '/' : fallback.toPath}`;
  lines.push(fallback.toPath === '*' ? `/* ${origin(fallback.toCode)}/:splat 301` : `/* ${home} 301`);
  await writeFile(join(folder, 'index.html'), page(home));
  await writeFile(join(folder, '404.html'), page(home));
  await writeFile(join(folder, '_redirects'), `${lines.join('\n')}\n`);
  return pages + 2;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * The old addresses of a live portal's pages that moved (a changed slug, an
 * article moved to another portal): a forwarding page at each one where
 * nothing else is published now, and `_redirects` lines (301) for hosts that
 * redirect on the server. Returns the pages written.
 */
export async function writeMovedPages(folder: string, code: string, redirects: readonly Redirect[], origin: (code: string) => string): Promise<number> {
  const lines: string[] = [];
  for (const redirect of redirects) {
    const { fromPath } = redirect;
    // An address with white space is no URL path: it could pass for two words of a rule.
    if (redirect.fromCode !== code || !fromPath.startsWith('/') || !fromPath.endsWith('/') || fromPath.includes('..') || /\s/.test(fromPath)) continue;
    const file = join(folder, fromPath, 'index.html');
    if (await isFile(file)) continue;
    const target = `${origin(redirect.toCode)}${redirect.toPath === '*' ? fromPath : redirect.toPath}`;
    await mkdir(join(folder, fromPath), { recursive: true });
    await writeFile(file, page(target));
    lines.push(`${fromPath} ${target} 301`);
  }
  if (lines.length > 0) await writeFile(join(folder, '_redirects'), `${lines.join('\n')}\n`);
  return lines.length;
}

