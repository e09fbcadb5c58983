import type { APIRoute } from 'astro';
import { portalFeed } from '../../lib/rss.ts';
import { siteModel } from '../../lib/site.ts';

export function getStaticPaths() {
  return siteModel().selected.map((portal) => ({ params: { portal: portal.code } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(portalFeed(siteModel(), params.portal ?? '', null), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
