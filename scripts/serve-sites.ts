/** Serves the built sites with host-based routing: http://<code>.localhost:SITES_PORT/ */
import { loadEnv } from '@qn/config';
import { createSiteServer } from '@qn/site-server';
import { parseCli, reportFatal } from './lib/cli.ts';

parseCli(
  {},
  `
Usage: npm run serve:sites

Serves the built sites (SITES_OUT_DIR) on SITES_PORT, each portal on its own
host name: http://<code>.localhost:<port>/. For trying builds locally; in
production nginx serves them (npm run deploy:config).

Options:
  -h, --help  show this help
`,
);

try {
  const config = loadEnv();
  const server = createSiteServer({ root: config.sites.outDir });
  server.listen(config.sites.port, () => console.log(`Serving ${config.sites.outDir} at http://localhost:${config.sites.port}/`));
  process.once('SIGINT', () => server.close());
  process.once('SIGTERM', () => server.close());
} catch (error) {
  reportFatal(error);
}
