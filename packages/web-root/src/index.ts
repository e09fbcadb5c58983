export { deploySites, DeployError, type DeployReport } from './deploy.ts';
export { nginxConfig, type NginxOptions } from './nginx.ts';
export { precompress, type PrecompressStats } from './precompress.ts';
export { currentSite, RELEASES_DIR, swapIntoPlace } from './releases.ts';
export { isSafeCode, isSafeDomain, isSafePath, readWebRoot, safeUrl, WebRootError, type ServedPortal, type WebRootProblem } from './web-root.ts';
