/** Serves the built sites with host-based routing: http://<code>.localhost:SITES_PORT/ */
import { loadEnv } from '@qn/config';
import { createSiteServer } from '@qn/site-server';
import { reportFatal } from './lib/cli.ts';

try {
  const config = loadEnv();
  const server = createSiteServer({ root: config.sites.outDir });
  server.listen(config.sites.port, () => console.log(`Serving ${config.sites.outDir} at http://localhost:${config.sites.port}/`));
  process.once('SIGINT', () => server.close());
  process.once('SIGTERM', () => server.close());
} catch (error) {
  reportFatal(error);
}
