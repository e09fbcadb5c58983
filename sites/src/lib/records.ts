/**
 * A portal's records besides articles, grouped once per build and sorted the
 * way its pages list them.
 */
import { PAGED_RECORDS, type Agency, type Consultation, type PagedRecordKey, type PortalRecords, type Recruitment } from '@qn/content';

type Listed<K extends PagedRecordKey> = PortalRecords[K][number];

/** A portal's agency, and its records of every kind with a page, each in its listing order. */
export type PortalRecordSet = { agency: Agency | null } & { [K in PagedRecordKey]: Array<Listed<K>> };

const newestPublished = (a: { publishedAt: string }, b: { publishedAt: string }) => b.publishedAt.localeCompare(a.publishedAt);

/** The order each kind's pages list it in: a kind with pages added to the registry must say here how it is listed. */
const ORDER: { [K in PagedRecordKey]: (a: Listed<K>, b: Listed<K>) => number } = {
  legalDocuments: (a, b) => b.issuedOn.localeCompare(a.issuedOn),
  // Longest-running first: a strategy to 2030 before this year's plan.
  plans: (a, b) => (b.endYear ?? 0) - (a.endYear ?? 0) || (a.startYear ?? 0) - (b.startYear ?? 0) || a.title.localeCompare(b.title, 'vi'),
  // Newest period first.
  disclosures: (a, b) => b.year - a.year || (b.quarter ?? 5) - (a.quarter ?? 5) || newestPublished(a, b),
  recruitments: newestPublished,
  // Closing soonest last: newest windows first.
  consultations: (a, b) => b.closesAt.localeCompare(a.closesAt),
  // Most recently answered first.
  questions: (a, b) => (b.answeredAt ?? b.publishedAt).localeCompare(a.answeredAt ?? a.publishedAt),
  // Editors' order.
  pages: (a, b) => a.order - b.order || a.title.localeCompare(b.title, 'vi'),
};

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

type AnyListed = Listed<PagedRecordKey>;

export function recordsByPortal(records: PortalRecords): (code: string) => PortalRecordSet {
  const agencies = new Map(records.agencies.map((a) => [a.portal, a]));
  const grouped = PAGED_RECORDS.map((key) => [key, group(records[key] as AnyListed[], ORDER[key] as (a: AnyListed, b: AnyListed) => number)] as const);
  return (code) => ({ agency: agencies.get(code) ?? null, ...Object.fromEntries(grouped.map(([key, byPortal]) => [key, byPortal.get(code) ?? []])) }) as PortalRecordSet;
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
