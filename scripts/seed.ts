/** `npm run seed`: the 193-portal tree, categories and sample content (see USAGE). */
import { DEV_ONLY, loadEnv } from '@qn/config';
import { compileCms, ensureBuilderToken, ensureIntakeToken, ensureSuperAdmin, loadStrapi } from '@qn/devstack';
import { seed, type SeedTarget } from '@qn/seed';
import { writeSecret } from './lib/secrets.ts';
import { fail, parseCli, reportFatal } from './lib/cli.ts';

const USAGE = `
Usage: npm run seed -- [--articles N] [--provision]

Seeds the CMS with the 193-portal tree, categories and sample content.
Records already there are kept, so it can be run again.

Options:
  --articles N  sample articles to create, 0 to 200000 (default SEED_ARTICLES)
  --provision   also create the development super admin and the site
                builder's API token (written to DATA_DIR/secrets/cms-api-token)
                and the public service's (DATA_DIR/secrets/intake-api-token)
  -h, --help    show this help
`;

const { values } = parseCli({ articles: { type: 'string' }, provision: { type: 'boolean', default: false } }, USAGE);
let config;
try {
  config = loadEnv();
} catch (error) {
  reportFatal(error);
}
const articles = values.articles === undefined ? config.seedArticles : Number(values.articles);
if (!Number.isInteger(articles) || articles < 0 || articles > 200_000) {
  fail(`--articles must be a whole number from 0 to 200000, got "${values.articles}".`);
}

if (values.provision && config.production && config.cms.admin.password.includes(DEV_ONLY)) {
  fail('STRAPI_ADMIN_PASSWORD is the development default; production needs the super admin\'s own password before --provision.');
}

const started = Date.now();
await compileCms();
const strapi = await loadStrapi();
try {
  if (values.provision) {
    const admin = await ensureSuperAdmin(strapi, config.cms.admin);
    console.log(`super admin ${config.cms.admin.email}: ${admin}`);
    const token = await ensureBuilderToken(strapi);
    await writeSecret(config.dataDir, 'cms-api-token', token);
    console.log('site builder API token: ready');
    await writeSecret(config.dataDir, 'intake-api-token', await ensureIntakeToken(strapi));
    console.log('public service API token: ready');
  }
  const report = await seed(strapi as unknown as SeedTarget, { articles, log: (m) => console.log(`seed: ${m}`) });
  const created = Object.values(report).reduce((sum, tally) => sum + (tally?.created ?? 0), 0);
  const existing = Object.values(report).reduce((sum, tally) => sum + (tally?.existing ?? 0), 0);
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created} records created, ${existing} already there`);
} finally {
  await strapi.destroy();
}
