import { createHash } from 'node:crypto';

/**
 * What the preview frame is sent: the built page with its links pointed
 * into the preview, a banner saying it is not published, and a policy
 * under which nothing on it can run.
 */
const BANNER_STYLE =
  '.qn-preview-banner{position:sticky;top:0;z-index:1000;margin:0;padding:.5rem 1rem;background:#fff4cc;color:#3d2e00;border-bottom:2px solid #b58900;font:600 15px/1.4 system-ui,sans-serif;text-align:center}';
const STYLE_HASH = `'sha256-${createHash('sha256').update(BANNER_STYLE).digest('base64')}'`;

/** No script runs, no form posts, framed only by the admin panel on the same origin. */
export const PREVIEW_POLICY = [
  "default-src 'none'",
  `style-src 'self' ${STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  'sandbox allow-same-origin',
].join('; ');

function prefixed(prefix: string, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${prefix}${url}` : url;
}

/** Root-relative addresses (`/bai-viet/…`, `/_astro/…`, `/_media/…`) made relative to the preview's own address. */
export function pointIntoPreview(html: string, prefix: string): string {
  return html
    .replace(/(\s(?:href|src|action|poster)=")([^"]*)"/g, (_m, attr: string, url: string) => `${attr}${prefixed(prefix, url)}"`)
    .replace(/(\s(?:srcset|imagesrcset)=")([^"]*)"/g, (_m, attr: string, list: string) => {
      const entries = list.split(',').map((entry) => {
        const [url = '', ...descriptor] = entry.trim().split(/\s+/);
        return [prefixed(prefix, url), ...descriptor].join(' ');
      });
      return `${attr}${entries.join(', ')}"`;
    });
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The built page with the preview banner at the top of its body. */
export function previewPage(html: string, prefix: string, note: string): string {
  const banner = `<style>${BANNER_STYLE}</style><p class="qn-preview-banner" role="note">${escape(note)}</p>`;
  const pointed = pointIntoPreview(html, prefix);
  const body = /<body[^>]*>/.exec(pointed);
  return body ? pointed.replace(body[0], `${body[0]}${banner}`) : `${banner}${pointed}`;
}

/** A message in the frame's place: why there is no preview, and what to do. */
export function messagePage(message: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xem trước</title><style>${BANNER_STYLE}</style></head><body><p class="qn-preview-banner" role="alert">${escape(message)}</p></body></html>`;
}
