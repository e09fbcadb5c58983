/**
 * Read-only bulk reads for the site builder (docs/adr/0007). Content API
 * routes: an API token granted `api::builder.builder.find` (the builder's),
 * or a read-only or full-access token, which may read published content
 * anyway. Nobody else.
 */
export default {
  type: 'content-api',
  // `articles` (keyset pages) or `portals` (the whole tree, 193 rows).
  routes: [{ method: 'GET', path: '/builder/:kind', handler: 'builder.find', config: { policies: [] } }],
};
