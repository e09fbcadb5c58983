/**
 * Copies built sites into a web root, each portal swapped in atomically.
 */
import { resolve } from 'node:path';
import { deploySites } from '@qn/web-root';
import { fail, parseCli, reportFatal } from './lib/cli.ts';

const USAGE = `
Usage: npm run deploy:sites -- --from DIR --to WEBROOT [--portals a,b,c]

Copies the portals built into DIR (npm run build:sites -- --out DIR) into the
web root WEBROOT that nginx serves: new media first (only added, never
replaced), then each portal as a new release behind an atomic link swap, so a
reader never sees half a site. Portals not named (or not in DIR's share, with
a CI shard) are left as they are. Then regenerate the nginx configuration
(npm run deploy:config) and reload nginx.

  --from DIR         build folder
  --to WEBROOT       web root (created when missing)
  --portals a,b,c    only these portals (default: every portal DIR holds)
`;

try {
  const { values } = parseCli({ from: { type: 'string' }, to: { type: 'string' }, portals: { type: 'string' } }, USAGE);
  if (!values.from || !values.to) fail(`--from and --to are required.\n${USAGE}`);
  const portals = values.portals?.split(',').map((c) => c.trim()).filter(Boolean) ?? null;
  const started = Date.now();
  const report = await deploySites({ from: resolve(values.from), to: resolve(values.to), portals });
  console.log(
    `Deployed ${report.portals.length} portal(s) to ${values.to} in ${((Date.now() - started) / 1000).toFixed(1)} s; media: ${report.media.added} added, ${report.media.present} already there.`,
  );
} catch (error) {
  reportFatal(error);
}
