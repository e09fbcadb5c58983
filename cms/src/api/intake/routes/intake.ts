/**
 * The intake of readers' submissions (docs/adr/0015): Content API routes for
 * the public service's API token, granted these actions only
 * (`INTAKE_TOKEN_PERMISSIONS`). The write guard lets that token create
 * questions, comments and feedback as drafts, and nothing else.
 */
const route = (method: 'GET' | 'POST', path: string, handler: string) => ({ method, path, handler: `intake.${handler}`, config: { policies: [] } });

export default {
  type: 'content-api',
  routes: [
    route('GET', '/intake/portals', 'portals'),
    route('POST', '/intake/questions', 'question'),
    route('GET', '/intake/questions/:code', 'questionStatus'),
    route('POST', '/intake/comments', 'comment'),
    route('POST', '/intake/feedback', 'feedback'),
  ],
};
