/**
 * The sample content of every portal beyond its articles: agency, leaders,
 * legal documents, plans, disclosures, recruitment, consultations, answered
 * questions, pages,
 * plus the province-wide notices, linked sites and tags. Deterministic for
 * a given portal list and `now`. Natural keys never depend on the day of
 * `now`: agencies, leaders, legal documents, pages, notices, linked sites
 * and tags not at all; plans, disclosures, recruitment and consultations
 * through the year or quarter in their titles.
 */
import type { Portal } from '@qn/portal-model';
import { generateAgency, type AgencySeed } from './agencies.ts';
import { describeBody, positionsOf, type Body } from './bodies.ts';
import { generateConsultations, generateRecruitments, type ConsultationSeed, type RecruitmentSeed } from './engagement.ts';
import { generateLegalDocuments, type LegalDocumentSeed } from './legal-documents.ts';
import { LINKED_SITES, type LinkedSiteSeed } from './linked-sites.ts';
import { generateNotices, generatePages, type NoticeSeed, type PageSeed } from './pages.ts';
import { generateLeaders, type PersonSeed } from './people.ts';
import { generateQuestions, type QuestionSeed } from './questions.ts';
import { generateDisclosures, generatePlans, type DisclosureSeed, type PlanSeed } from './publications.ts';
import { TAGS, type TagSeed } from './tags.ts';

export interface SampleContent {
  agencies: AgencySeed[];
  people: PersonSeed[];
  legalDocuments: LegalDocumentSeed[];
  plans: PlanSeed[];
  disclosures: DisclosureSeed[];
  recruitments: RecruitmentSeed[];
  consultations: ConsultationSeed[];
  questions: QuestionSeed[];
  pages: PageSeed[];
  notices: NoticeSeed[];
  linkedSites: LinkedSiteSeed[];
  tags: TagSeed[];
}

/**
 * How much of each type a portal publishes. The provincial portals and the
 * district People's Committees publish the most; one level-3 portal in four
 * has a plan, another a disclosure, one in eight a consultation.
 */
function volume(portal: Portal, slot: number): { plans: number; disclosures: number; consultations: boolean[] } {
  if (portal.level < 3) {
    const major = portal.level === 1 || portal.kind === 'district';
    return { plans: major ? 2 : 1, disclosures: major ? 2 : 1, consultations: major ? [true, false] : [slot % 2 === 0] };
  }
  return { plans: slot % 4 === 0 ? 1 : 0, disclosures: slot % 4 === 2 ? 1 : 0, consultations: slot % 8 === 0 ? [slot % 16 === 0] : [] };
}

export function generateContent(portals: readonly Portal[], now: Date): SampleContent {
  const bodies = new Map<string, Body>(portals.map((portal) => [portal.code, describeBody(portal)]));
  const subUnits = new Map<string, string[]>();
  for (const portal of portals) {
    if (portal.level === 3 && portal.kind === 'unit' && portal.parentCode) {
      subUnits.set(portal.parentCode, [...(subUnits.get(portal.parentCode) ?? []), portal.name]);
    }
  }
  const content: SampleContent = {
    agencies: [], people: [], legalDocuments: [], plans: [], disclosures: [], recruitments: [], consultations: [], questions: [], pages: [],
    notices: generateNotices(now),
    linkedSites: LINKED_SITES,
    tags: TAGS,
  };
  // Each level numbers its portals, so the mixes (validity, disclosure type, open or closed) spread within every level.
  const slots = new Map<number, number>();
  for (const portal of portals) {
    const body = bodies.get(portal.code)!;
    const slot = slots.get(portal.level) ?? 0;
    slots.set(portal.level, slot + 1);
    const parent = portal.parentCode ? (bodies.get(portal.parentCode) ?? null) : null;
    const agency = generateAgency(body, parent, subUnits.get(portal.code) ?? [], now);
    const leaders = generateLeaders(body, parent, agency.units, now);
    const head = positionsOf(body).head.vi;
    const signer = (leaders.find((l) => l.position === head) ?? leaders[0])?.name ?? '';
    content.agencies.push(agency);
    content.people.push(...leaders);
    content.legalDocuments.push(...generateLegalDocuments(body, signer, now, slot));
    const counts = volume(portal, slot);
    content.plans.push(...generatePlans(body, now, counts.plans));
    content.disclosures.push(...generateDisclosures(body, now, slot, counts.disclosures));
    content.recruitments.push(...generateRecruitments(body, agency.units, now, slot));
    content.consultations.push(...generateConsultations(body, now, counts.consultations));
    content.questions.push(...generateQuestions(body, now, slot));
    content.pages.push(...generatePages(agency, portal.name, portal.level, portal.language));
  }
  return content;
}
