/**
 * Where a portal's forms post: the public service (PUBLIC_SERVICE_URL,
 * docs/adr/0015). None when the build has no service: the pages then say
 * how else to reach the agency.
 */
import { siteModel } from './site.ts';

export type IntakeRoute = 'questions' | 'feedback' | 'tra-cuu' | `consultations/${string}/comments`;

export function intakeBase(): string | null {
  const url = siteModel().input.settings.publicServiceUrl;
  return url ? url.replace(/\/+$/, '') : null;
}

export function intakeAction(code: string, route: IntakeRoute): string | null {
  const base = intakeBase();
  return base ? `${base}/v1/${code}/${route}` : null;
}

/** getStaticPaths of the forms' own pages (asking, looking up): the Vietnamese portals, whose register of questions they belong to. */
export function formPagePaths(): Array<{ params: { portal: string } }> {
  return siteModel().selected.filter((p) => p.language === 'vi').map((p) => ({ params: { portal: p.code } }));
}
