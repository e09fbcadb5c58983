import type { Core } from '@strapi/strapi';

/**
 * A promise nobody awaits that rejects would end Node (and with it every
 * editor's session and the publish path). One request must never do that:
 * such rejections are logged with their stack and the CMS keeps serving.
 * Synchronous exceptions still end the process, which `npm start` and the
 * production service restart.
 */
export function keepRunningOnUnhandledRejections(strapi: Core.Strapi): void {
  process.on('unhandledRejection', (reason) => {
    const detail = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    strapi.log.error(`Unhandled promise rejection; the CMS keeps running: ${detail}`);
  });
}
