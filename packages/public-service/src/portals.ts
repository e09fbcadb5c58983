/**
 * The portals submissions may name, and the origins their pages are served
 * from (the only origins the browser may call this service from). Read
 * from the CMS at start and every few minutes; while the CMS is away, the
 * last list read stays in use.
 */
import { portalOrigin } from '@qn/portal-model';
import type { IntakePortal } from '@qn/content';
import type { IntakeClient } from './cms.ts';

export interface PortalDirectory {
  get(code: string): IntakePortal | undefined;
  /** Whether a browser on this origin may call the service. */
  allows(origin: string): boolean;
  origin(code: string): string | null;
  refresh(): Promise<void>;
  stop(): void;
}

export async function loadPortals(
  cms: IntakeClient,
  { siteUrlTemplate, extraOrigins = [], refreshMs = 5 * 60_000, log = () => {} }: { siteUrlTemplate: string; extraOrigins?: readonly string[]; refreshMs?: number; log?: (message: string) => void },
): Promise<PortalDirectory> {
  let byCode = new Map<string, IntakePortal>();
  let origins = new Set<string>(extraOrigins);
  const refresh = async () => {
    const portals = await cms.portals();
    byCode = new Map(portals.map((p) => [p.code, p]));
    origins = new Set([...extraOrigins, ...portals.map((p) => portalOrigin(siteUrlTemplate, p))]);
  };
  await refresh();
  const timer = setInterval(() => {
    refresh().catch((error: unknown) => log(`could not refresh the portal list: ${(error as Error).message}`));
  }, refreshMs);
  timer.unref();
  return {
    get: (code) => byCode.get(code),
    allows: (origin) => origins.has(origin),
    origin: (code) => {
      const portal = byCode.get(code);
      return portal ? portalOrigin(siteUrlTemplate, portal) : null;
    },
    refresh,
    stop: () => clearInterval(timer),
  };
}
