import { join } from 'node:path';
import { REPO_ROOT } from '@qn/config';
import { buildCmsIfStale } from '@qn/devstack';

/**
 * Builds the admin panel and the server code for the browser tests of the
 * admin (about a minute); reused while cms/ is unchanged, as `npm start` does.
 */
export default async function setup(): Promise<void> {
  await buildCmsIfStale({ dataDir: join(REPO_ROOT, 'node_modules', '.cache', 'qn-tests'), env: process.env });
}
