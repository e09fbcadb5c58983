import type { APIRoute } from 'astro';
import { sitemapIndexXml, sitemapXml } from '../../lib/feeds.ts';
import { sitemapParts } from '../../lib/sitemap.ts';
import { siteModel } from '../../lib/site.ts';

export function getStaticPaths() {
  return siteModel().selected.map((portal) => ({ params: { portal: portal.code } }));
}

/** The portal's sitemap, or an index of its parts (sitemap-2.xml, …) past 50,000 addresses. */
export const GET: APIRoute = ({ params }) => {
  const model = siteModel();
  const code = params.portal ?? '';
  const origin = model.origin(code);
  const parts = sitemapParts(model.site(code), origin);
  const xml =
    parts.length === 1
      ? sitemapXml(parts[0] ?? [])
      : sitemapIndexXml(parts.map((_, i) => ({ loc: `${origin}/sitemap-${i + 1}.xml`, lastmod: model.input.snapshot.fetchedAt })));
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
