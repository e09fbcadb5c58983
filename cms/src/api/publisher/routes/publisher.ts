/**
 * The outbox consumer's lease and cursor, and each portal's build state
 * (docs/adr/0009). Content API routes for API tokens granted these actions
 * (`PUBLISHER_TOKEN_PERMISSIONS`); nobody else. Every body is checked by the
 * schemas in @qn/content.
 */
const route = (method: 'GET' | 'POST' | 'PUT', path: string, handler: string) => ({ method, path, handler: `publisher.${handler}`, config: { policies: [] } });

export default {
  type: 'content-api',
  routes: [
    route('POST', '/publisher/lease', 'lease'),
    route('POST', '/publisher/release', 'release'),
    route('GET', '/publisher/state', 'state'),
    route('PUT', '/publisher/cursor', 'cursor'),
    route('GET', '/publisher/builds', 'builds'),
    route('POST', '/publisher/builds', 'recordBuilds'),
    route('POST', '/publisher/wanted', 'wanted'),
  ],
};
