import { ReadStream } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';
import type { Core } from '@strapi/strapi';

interface Ctx {
  path: string;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

/** Types a browser may show in place; everything else is downloaded. */
const SHOWN_IN_PLACE = /^(image\/(jpeg|png|gif|webp|avif)|video\/mp4|audio\/mpeg)$/;

/**
 * Files served from the CMS's public folder (uploads, whatever URL spelling
 * reached them: `/uploads/…`, `/%75ploads/…`, `/x/../uploads/…`) can never
 * run as a page on the CMS origin, where administrators are logged in: no
 * sniffing, a sandboxing CSP, and a download for anything but images,
 * video and audio. Recognised by the file the response streams, not the URL.
 */
function inert(ctx: Ctx): void {
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox");
  ctx.set('Cross-Origin-Resource-Policy', 'same-site');
}

/** The path as the static file server resolves it: `/%75ploads/../uploads/x` is `/uploads/x`. */
function resolvedPath(path: string): string {
  try {
    return posix.normalize(decodeURIComponent(path));
  } catch {
    return path;
  }
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = resolve(strapi.dirs.static.public);
  return async (ctx: Ctx, next: () => Promise<void>) => {
    // Before: a range request's body is a slice of the file, not the file's stream, and must be inert too.
    if (resolvedPath(ctx.path).startsWith('/uploads/')) inert(ctx);
    await next();
    const body = ctx.body;
    if (!(body instanceof ReadStream)) {
      if (resolvedPath(ctx.path).startsWith('/uploads/') && !SHOWN_IN_PLACE.test(ctx.type)) ctx.set('Content-Disposition', 'attachment');
      return;
    }
    const path = resolve(String(body.path));
    const inside = relative(root, path);
    if (inside.startsWith(`..${sep}`) || inside === '..' || resolve(root, inside) !== path) return;
    inert(ctx);
    if (!SHOWN_IN_PLACE.test(ctx.type)) ctx.set('Content-Disposition', 'attachment');
  };
};
