import { ReadStream } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Core } from '@strapi/strapi';

interface Ctx {
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
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const root = resolve(strapi.dirs.static.public);
  return async (ctx: Ctx, next: () => Promise<void>) => {
    await next();
    const body = ctx.body;
    if (!(body instanceof ReadStream)) return;
    const path = resolve(String(body.path));
    const inside = relative(root, path);
    if (inside.startsWith(`..${sep}`) || inside === '..' || resolve(root, inside) !== path) return;
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox");
    ctx.set('Cross-Origin-Resource-Policy', 'same-site');
    if (!SHOWN_IN_PLACE.test(ctx.type)) ctx.set('Content-Disposition', 'attachment');
  };
};
