import type { Core } from '@strapi/strapi';

interface Ctx {
  method: string;
  url: string;
  status: number;
}

/** Preview addresses carry their key (cms/src/preview): a log line must not hand it to whoever reads the logs. */
export function loggedUrl(url: string): string {
  return url.replace(/^\/qn-preview\/[^/?#]+/, '/qn-preview/…');
}

/** Strapi's request log (strapi::logger), with secrets in addresses left out. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    const start = Date.now();
    await next();
    strapi.log.http(`${ctx.method} ${loggedUrl(ctx.url)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
  };
