import type { APIRoute } from 'astro';
import { robotsTxt } from '../../lib/feeds.ts';
import { PATHS } from '../../lib/paths.ts';
import { siteModel } from '../../lib/site.ts';

export function getStaticPaths() {
  return siteModel().selected.map((portal) => ({ params: { portal: portal.code } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(robotsTxt(`${siteModel().origin(params.portal ?? '')}${PATHS.sitemap}`), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
