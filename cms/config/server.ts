import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnv } from '@qn/config';

export default () => {
  const config = loadEnv();
  // Uploads are data, not code: keep them beside the database, outside the repository.
  const publicDir = join(config.dataDir, 'cms-public');
  mkdirSync(join(publicDir, 'uploads'), { recursive: true });
  return {
    host: config.cms.host,
    port: config.cms.port,
    url: config.cms.url,
    app: { keys: config.cms.secrets.appKeys },
    dirs: { public: publicDir },
    logger: { startup: { enabled: false }, config: { level: config.cms.logLevel } },
    // Scheduled publishing (cms/src/api/schedule) runs every minute in the server, not in scripts that load Strapi briefly.
    cron: { enabled: config.cms.backgroundJobs },
    // Outbox rows older than this are removed every night (cms/src/outbox-prune.ts).
    outbox: { keepDays: config.cms.outboxKeepDays },
  };
};
