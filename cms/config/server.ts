import { loadEnv } from '@qn/config';

export default () => {
  const config = loadEnv();
  return {
    host: config.cms.host,
    port: config.cms.port,
    url: config.cms.url,
    app: { keys: config.cms.secrets.appKeys },
    // Publish events reach the publisher through the outbox, not webhooks.
    webhooks: { populateRelations: false },
  };
};
