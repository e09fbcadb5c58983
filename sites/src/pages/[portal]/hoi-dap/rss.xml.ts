import type { APIRoute } from 'astro';
import { sectionPaths } from '../../../lib/nav.ts';
import { questionsFeed } from '../../../lib/rss.ts';
import { siteModel } from '../../../lib/site.ts';

/** The answered questions' feed, on every portal that shows the register. */
export function getStaticPaths() {
  return sectionPaths('questions');
}

export const GET: APIRoute = ({ params }) =>
  new Response(questionsFeed(siteModel(), params.portal ?? ''), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
