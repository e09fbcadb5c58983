import { loadEnv } from '@qn/config';

export default () => {
  const config = loadEnv();
  return {
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        landingPage: !config.production,
        // The site builder pages through content; deep or huge queries are refused.
        depthLimit: 6,
        defaultLimit: 100,
        maxLimit: 500,
        apolloServer: { introspection: !config.production },
      },
    },
    'users-permissions': { config: { jwtSecret: config.cms.secrets.jwtSecret } },
    // Askers are e-mailed their answer (cms/src/intake/answer-notice.ts). Without SMTP_HOST (development) nodemailer
    // builds each message and hands it back instead of sending it.
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: config.mail.smtp
          ? { host: config.mail.smtp.host, port: config.mail.smtp.port, secure: config.mail.smtp.secure, ...(config.mail.smtp.auth ? { auth: config.mail.smtp.auth } : {}) }
          : { jsonTransport: true },
        settings: { defaultFrom: config.mail.from, defaultReplyTo: config.mail.from },
      },
    },
    // What a portal publishes; the bytes of every upload must also match its extension (cms/src/access/file-signature.ts).
    upload: {
      config: {
        sizeLimit: 100 * 1024 * 1024,
        security: {
          allowedTypes: [
            'image/jpeg',
            'image/png',
            'image/gif',
            'image/webp',
            'image/avif',
            'application/pdf',
            'application/msword',
            'application/vnd.ms-excel',
            'application/vnd.ms-powerpoint',
            'application/x-cfb',
            'application/vnd.openxmlformats-officedocument.*',
            'application/vnd.oasis.opendocument.*',
            'application/zip',
            'video/mp4',
            'audio/mpeg',
          ],
          deniedTypes: ['image/svg+xml', 'text/*', 'application/xhtml+xml', 'application/javascript', 'application/xml', 'application/x-msdownload'],
        },
      },
    },
  };
};
