export default [
  // Strapi's request log, with preview keys left out of the addresses it writes.
  'global::request-log',
  'strapi::errors',
  {
    // Strapi's policy (scripts from the CMS only) plus: never framed, no plugins, forms post to the CMS only.
    // Uploads get a stricter policy of their own (global::stored-files).
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'form-action': ["'self'"],
        },
      },
      frameguard: { action: 'deny' },
    },
  },
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'global::audit-http',
  'global::stored-files',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
