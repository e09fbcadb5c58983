/**
 * A portal's records besides articles, grouped once per build and sorted the
 * way its pages list them.
 */
import type { Agency, Consultation, Disclosure, LegalDocument, Page, Plan, PortalRecords, Recruitment } from '@qn/content';

export interface PortalRecordSet {
  agency: Agency | null;
  legalDocuments: LegalDocument[];
  /** Longest-running first: a strategy to 2030 before this year's plan. */
  plans: Plan[];
  /** Newest period first. */
  disclosures: Disclosure[];
  /** Newest first. */
  recruitments: Recruitment[];
  /** Closing soonest last: newest windows first. */
  consultations: Consultation[];
  /** Editors' order. */
  pages: Page[];
}

const EMPTY: PortalRecordSet = { agency: null, legalDocuments: [], plans: [], disclosures: [], recruitments: [], consultations: [], pages: [] };

function group<T extends { portal: string }>(items: readonly T[], compare: (a: T, b: T) => number): Map<string, T[]> {
  const byPortal = new Map<string, T[]>();
  for (const item of items) {
    const list = byPortal.get(item.portal);
    if (list) list.push(item);
    else byPortal.set(item.portal, [item]);
  }
  for (const list of byPortal.values()) list.sort(compare);
  return byPortal;
}

const newestPublished = (a: { publishedAt: string }, b: { publishedAt: string }) => b.publishedAt.localeCompare(a.publishedAt);

export function recordsByPortal(records: PortalRecords): (code: string) => PortalRecordSet {
  const agencies = new Map(records.agencies.map((a) => [a.portal, a]));
  const documents = group(records.legalDocuments, (a, b) => b.issuedOn.localeCompare(a.issuedOn));
  const plans = group(records.plans, (a, b) => (b.endYear ?? 0) - (a.endYear ?? 0) || (a.startYear ?? 0) - (b.startYear ?? 0) || a.title.localeCompare(b.title, 'vi'));
  const disclosures = group(records.disclosures, (a, b) => b.year - a.year || (b.quarter ?? 5) - (a.quarter ?? 5) || newestPublished(a, b));
  const recruitments = group(records.recruitments, newestPublished);
  const consultations = group(records.consultations, (a, b) => b.closesAt.localeCompare(a.closesAt));
  const pages = group(records.pages, (a, b) => a.order - b.order || a.title.localeCompare(b.title, 'vi'));
  return (code) => ({
    ...EMPTY,
    agency: agencies.get(code) ?? null,
    legalDocuments: documents.get(code) ?? [],
    plans: plans.get(code) ?? [],
    disclosures: disclosures.get(code) ?? [],
    recruitments: recruitments.get(code) ?? [],
    consultations: consultations.get(code) ?? [],
    pages: pages.get(code) ?? [],
  });
}

export type ConsultationStatus = 'upcoming' | 'open' | 'closed';

export function consultationStatus(consultation: Pick<Consultation, 'opensAt' | 'closesAt'>, now: Date): ConsultationStatus {
  const at = now.getTime();
  if (at < Date.parse(consultation.opensAt)) return 'upcoming';
  return at < Date.parse(consultation.closesAt) ? 'open' : 'closed';
}

/** Recruitment deadlines are days in Vietnam: open through the whole deadline day. */
export function recruitmentOpen(recruitment: Pick<Recruitment, 'deadline'>, today: string): boolean {
  return recruitment.deadline === null || recruitment.deadline >= today;
}
