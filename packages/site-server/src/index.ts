export { createSiteServer, type SiteServerOptions } from './server.ts';
