import type { APIRoute } from 'astro';
import { portalFeed } from '../../../../lib/rss.ts';
import { siteModel } from '../../../../lib/site.ts';

export function getStaticPaths() {
  const model = siteModel();
  return model.selected.flatMap((portal) => model.site(portal.code).categories.map((c) => ({ params: { portal: portal.code, category: c.slug } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(portalFeed(siteModel(), params.portal ?? '', params.category ?? null), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
