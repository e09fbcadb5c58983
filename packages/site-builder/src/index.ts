export {
  buildSites,
  MEDIA_DIR,
  UnknownPortalsError,
  type BuildProgress,
  type BuildReport,
  type BuildSettings,
  type BuildSitesOptions,
} from './build.ts';
export { AstroBuildError, parsePageLine, SITES_DIR, type PageKindTime } from './astro.ts';
export type { FailedPortal, IsolationStep } from './isolate.ts';
export { balance, estimatePages, inShard, narrowSnapshot, parseShard, type Shard } from './plan.ts';
