import type { z } from 'zod';
import {
  agencySchema,
  consultationSchema,
  questionSchema,
  describeIssues,
  disclosureSchema,
  KINDS,
  legalDocumentSchema,
  linkedSiteSchema,
  noticeSchema,
  pageSchema,
  planSchema,
  recruitmentSchema,
  type ContentProblem,
  type PortalRecords,
} from '@qn/content';

const MEDIA = 'url name mime size alternativeText width height hash';
const FILES = `files { ${MEDIA} }`;
const PUBLISHED = 'documentId publishedAt updatedAt portal { code }';

/** Whether a kind is read per portal in partial builds, and has drafts: the record-kind registry's answer. */
function registered(key: keyof PortalRecords): { byPortal: boolean; draftAndPublish: boolean } {
  const kind = KINDS.find((k) => k.key === key);
  if (!kind) throw new Error(`${key} is not in the record-kind registry (@qn/content KINDS)`);
  return { byPortal: kind.portalOwned, draftAndPublish: kind.draftAndPublish };
}

interface RecordKind {
  connection: string;
  filterType: string;
  fields: string;
  sort: string[];
  schema: z.ZodType;
  /** Filter by portal in partial builds (false: every portal shows all of them). */
  byPortal: boolean;
  draftAndPublish: boolean;
}

/**
 * One GraphQL connection per record kind. Relations go one level deep
 * (agency → leaders → portrait is the deepest), within Strapi's depth limit.
 */
export const RECORD_KINDS: Record<keyof PortalRecords, RecordKind> = {
  agencies: {
    connection: 'agencies_connection',
    filterType: 'AgencyFiltersInput',
    fields: `${PUBLISHED} name nameEn shortName introduction introductionEn functions
      units { key name parentKey head description phone }
      contact { address phone email fax workingHours } location { latitude longitude zoom }
      profile { areaKm2 population populationYear history culture sights }
      leaders(sort: ["order:asc"]) { documentId name position positionEn portrait { ${MEDIA} } bio duties phone email order }`,
    sort: ['name:asc'],
    schema: agencySchema,
    ...registered('agencies'),
  },
  legalDocuments: {
    connection: 'legalDocuments_connection',
    filterType: 'LegalDocumentFiltersInput',
    fields: `${PUBLISHED} number slug form summary issuerName signer issuedOn effectiveOn expiresOn validity field body ${FILES}
      replacedBy { number slug portal { code } }`,
    sort: ['issuedOn:desc', 'documentId:asc'],
    schema: legalDocumentSchema,
    ...registered('legalDocuments'),
  },
  plans: {
    connection: 'plans_connection',
    filterType: 'PlanFiltersInput',
    fields: `${PUBLISHED} title slug summary body kind startYear endYear ${FILES}`,
    sort: ['publishedAt:desc', 'documentId:asc'],
    schema: planSchema,
    ...registered('plans'),
  },
  disclosures: {
    connection: 'disclosures_connection',
    filterType: 'DisclosureFiltersInput',
    fields: `${PUBLISHED} title slug summary body type year quarter period ${FILES}`,
    sort: ['year:desc', 'publishedAt:desc', 'documentId:asc'],
    schema: disclosureSchema,
    ...registered('disclosures'),
  },
  recruitments: {
    connection: 'recruitments_connection',
    filterType: 'RecruitmentFiltersInput',
    fields: `${PUBLISHED} title slug summary body positions deadline ${FILES}`,
    sort: ['publishedAt:desc', 'documentId:asc'],
    schema: recruitmentSchema,
    ...registered('recruitments'),
  },
  consultations: {
    connection: 'consultations_connection',
    filterType: 'ConsultationFiltersInput',
    fields: `${PUBLISHED} title slug summary body opensAt closesAt commentEmail commentSummary ${FILES}`,
    sort: ['closesAt:desc', 'documentId:asc'],
    schema: consultationSchema,
    ...registered('consultations'),
  },
  questions: {
    connection: 'questions_connection',
    filterType: 'QuestionFiltersInput',
    // Only what a reader may see: the asker's name and contact details are private fields, never selected.
    fields: `${PUBLISHED} title slug field question askedAt body answeredBy answeredAt`,
    sort: ['publishedAt:desc', 'documentId:asc'],
    schema: questionSchema,
    ...registered('questions'),
  },
  pages: {
    connection: 'pages_connection',
    filterType: 'PageFiltersInput',
    fields: `${PUBLISHED} title slug summary body order inMenu`,
    sort: ['order:asc', 'title:asc'],
    schema: pageSchema,
    ...registered('pages'),
  },
  notices: {
    connection: 'notices_connection',
    filterType: 'NoticeFiltersInput',
    fields: `${PUBLISHED} message level startsAt endsAt link`,
    sort: ['startsAt:asc'],
    schema: noticeSchema,
    ...registered('notices'),
  },
  linkedSites: {
    connection: 'linkedSites_connection',
    filterType: 'LinkedSiteFiltersInput',
    fields: 'documentId name url owner description order',
    sort: ['order:asc', 'name:asc'],
    schema: linkedSiteSchema,
    ...registered('linkedSites'),
  },
};

export function recordsQuery(kind: RecordKind): string {
  const status = kind.draftAndPublish ? ', status: PUBLISHED' : '';
  return `query Records($filters: ${kind.filterType}, $page: Int!, $pageSize: Int!) {
    ${kind.connection}(filters: $filters, pagination: { page: $page, pageSize: $pageSize }, sort: ${JSON.stringify(kind.sort)}${status}) {
      nodes { ${kind.fields} }
      pageInfo { total pageCount }
    }
  }`;
}

/** GraphQL's `{ code }` objects become plain portal codes, as in the snapshot. */
function flattenPortals(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const record = { ...(node as Record<string, unknown>) };
  const code = (value: unknown) => (value && typeof value === 'object' ? ((value as { code?: string }).code ?? null) : null);
  if ('portal' in record) record.portal = code(record.portal);
  if (record.replacedBy && typeof record.replacedBy === 'object') {
    const replacedBy = record.replacedBy as Record<string, unknown>;
    record.replacedBy = { ...replacedBy, portal: code(replacedBy.portal) };
  }
  return record;
}

export function toRecord<T>(kind: RecordKind, model: string, node: unknown): { value: T } | { problem: ContentProblem } {
  const parsed = kind.schema.safeParse(flattenPortals(node));
  if (parsed.success) return { value: parsed.data as T };
  const documentId = String((node as { documentId?: unknown } | null)?.documentId ?? '(no documentId)');
  return { problem: { model: model as ContentProblem['model'], documentId, message: describeIssues(parsed.error) } };
}
