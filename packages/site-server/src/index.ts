export { CONTENT_TYPES, createSiteServer, type SiteServerOptions } from './server.ts';
