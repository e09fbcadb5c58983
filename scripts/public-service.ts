/**
 * Runs the public service on its own (production): the only endpoint
 * readers' browsers post to (questions, comments on draft documents, page
 * feedback). It hands each submission to the CMS with its own API token.
 */
import { createLog, loadEnv } from '@qn/config';
import { startPublicService } from '@qn/public-service';
import { parseCli, reportFatal } from './lib/cli.ts';
import { readSecret } from './lib/secrets.ts';

const USAGE = `
Usage: npm run public-service

Serves readers' questions, comments on draft documents and page feedback
on PUBLIC_SERVICE_HOST:PUBLIC_SERVICE_PORT (default 127.0.0.1:4323), behind
the web server that answers at PUBLIC_SERVICE_URL. Each submission is
written to PUBLIC_SERVICE_SPOOL_DIR before the reader is answered, then
handed to the CMS (CMS_URL) with INTAKE_API_TOKEN, a Strapi API token with
the Intake permissions only (README "Public service"). Browsers may call it
from the portals' origins (SITE_URL_TEMPLATE). Behind a reverse proxy, list
the proxy's address in PUBLIC_SERVICE_TRUST_PROXY so rate limits count
readers, not the proxy. Health: GET /healthz.

Options:
  -h, --help  show this help
`;

try {
  parseCli({}, USAGE);
  const config = loadEnv();
  const log = createLog('public-service');
  const intakeToken = config.publicService.intakeToken ?? (await readSecret(config.dataDir, 'intake-api-token'));
  if (!intakeToken) {
    throw new Error('INTAKE_API_TOKEN is not set: create a custom API token in the Strapi admin with the Intake permissions only (README "Public service"), or run `npm run seed -- --provision` in development.');
  }
  const service = await startPublicService({
    port: config.publicService.port,
    host: config.publicService.host,
    cmsUrl: config.cms.url,
    intakeToken,
    hmacKey: config.publicService.hmacKey,
    spoolDir: config.publicService.spoolDir,
    siteUrlTemplate: config.sites.urlTemplate,
    publicUrl: config.publicService.url,
    trustProxy: config.publicService.trustProxy,
    log: (message) => log(message, 'warn'),
  });
  log(`listening on ${service.url}; spool ${config.publicService.spoolDir}`);
  const stop = () => {
    void service.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  reportFatal(error);
}
