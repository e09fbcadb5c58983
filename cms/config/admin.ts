import type { Core } from '@strapi/strapi';
import { loadEnv } from '@qn/config';
import { previewUrl } from '../src/preview';

export default () => {
  const config = loadEnv();
  return {
    auth: { secret: config.cms.secrets.adminJwtSecret },
    apiToken: { salt: config.cms.secrets.apiTokenSalt },
    transfer: { token: { salt: config.cms.secrets.transferTokenSalt } },
    secrets: { encryptionKey: config.cms.secrets.encryptionKey },
    serveAdminPanel: config.cms.serveAdmin,
    autoOpen: false,
    flags: { nps: false, promoteEE: false },
    // "Xem trước" in the edit view: the record's page built from its draft by the site builder, served by the CMS (cms/src/preview).
    preview: {
      enabled: true,
      config: {
        handler: (uid: string, params: { documentId?: string; status?: string }) => previewUrl((globalThis as unknown as { strapi: Core.Strapi }).strapi, uid, params),
      },
    },
  };
};
