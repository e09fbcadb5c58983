import { loadEnv } from '@qn/config';

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
  };
};
