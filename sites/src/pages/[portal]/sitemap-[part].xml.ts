import type { APIRoute } from 'astro';
import { sitemapXml } from '../../lib/feeds.ts';
import { sitemapParts } from '../../lib/sitemap.ts';
import { siteModel } from '../../lib/site.ts';

/** Parts of the sitemaps too large for one file; most portals have none. */
export function getStaticPaths() {
  const model = siteModel();
  return model.selected.flatMap((portal) => {
    const parts = sitemapParts(model.site(portal.code), model.origin(portal.code));
    return parts.length > 1 ? parts.map((entries, i) => ({ params: { portal: portal.code, part: String(i + 1) }, props: { entries } })) : [];
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(sitemapXml((props as { entries: Parameters<typeof sitemapXml>[0] }).entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
