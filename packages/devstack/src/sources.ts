/**
 * Which source folders each generated artefact depends on, in one place: a
 * stamp of them says whether `npm start` may reuse what it made last time
 * (the CMS build, the seed, the sites).
 */
import { REPO_ROOT } from '@qn/config';
import { hashFiles } from './hash.ts';

/** What the built admin panel and the compiled CMS server code are made from (a patch of Strapi's files included). */
export const CMS_SOURCES = ['cms/src', 'cms/config', 'cms/package.json', 'cms/tsconfig.json', 'packages/config/src', 'packages/portal-model/src', 'packages/content/src', 'patches'];
/** What the seed writes: its generators and the provisioning of the admin and the API token. */
export const SEED_SOURCES = ['packages/seed/src', 'packages/devstack/src/provision.ts'];
/** What the 193 sites are rendered by. */
export const SITE_SOURCES = ['sites/src', 'sites/public', 'sites/astro.config.ts', 'sites/package.json', 'packages/content/src', 'packages/portal-model/src', 'packages/site-model/src', 'packages/site-builder/src', 'packages/images/src'];

/** A stamp of `sources` and `extra` (the settings or content that also decide the result). */
export function sourcesStamp(sources: readonly string[], extra: string, root = REPO_ROOT): Promise<string> {
  return hashFiles(root, sources, extra);
}
