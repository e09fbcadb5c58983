export { buildSites, UnknownPortalsError, type BuildProgress, type BuildReport, type BuildSettings, type BuildSitesOptions } from './build.ts';
export { SITES_DIR } from './astro.ts';
