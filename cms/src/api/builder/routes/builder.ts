/**
 * Read-only bulk reads for the site builder (docs/adr/0007). Content API
 * routes: only an API token granted `api::builder.builder.articles` (the
 * builder's) may call them.
 */
export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/builder/articles', handler: 'builder.articles', config: { policies: [] } }],
};
