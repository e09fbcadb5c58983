export { collectMedia } from './collect.ts';
export { httpMediaFetcher, type HttpMediaOptions } from './fetch.ts';
export { IMAGE_RECIPE, WIDTHS } from './image.ts';
export { MANIFEST_FILE } from './manifest.ts';
export { processMedia, type MediaReport, type ProcessMediaOptions } from './process.ts';
export { DEFAULT_LIMITS, MediaError, type FetchMedia, type MediaLimits, type MediaOwner, type MediaProblem, type MediaReason, type MediaUse } from './types.ts';
