export { CMS_DIR, CMS_DIST_DIR, compileCms, loadStrapi, strapiPort, type QueryApi, type StrapiInstance } from './strapi.ts';
export {
  BUILDER_TOKEN_NAME,
  BUILDER_TOKEN_PERMISSIONS,
  ensureBuilderToken,
  ensureIntakeToken,
  ensureSuperAdmin,
  INTAKE_TOKEN_NAME,
  INTAKE_TOKEN_PERMISSIONS,
  PUBLISHER_TOKEN_PERMISSIONS,
} from './provision.ts';
export { MEILI_BINARY_SHA256, MeiliBinaryError, prepareMeiliBinary, startMeilisearch, type RunningMeili } from './meilisearch.ts';
export { freePort, waitFor } from './ports.ts';
export { stopChild } from './processes.ts';
export { buildCmsIfStale, startCms, superviseCms, tailFile, type RunningCms, type SupervisedCms } from './cms-process.ts';
export { hashFiles } from './hash.ts';
export { CMS_SOURCES, SEED_SOURCES, SITE_SOURCES, sourcesStamp } from './sources.ts';
export { createTestDatabase, dropTestDatabase, postgresUrlFor, redactPostgresUrl, testServerUrl, type TestDatabase } from './postgres.ts';
