/** Writes the sample content of the new content types, in dependency order, through the document service. */
import { connect, portalCode, storedIds, WITH_PORTAL, writeCollection, type CollectionSpec } from './collection-writer.ts';
import type { AgencySeed } from './agencies.ts';
import type { SampleContent } from './content.ts';
import type { ConsultationSeed, RecruitmentSeed } from './engagement.ts';
import type { QuestionSeed } from './questions.ts';
import type { LegalDocumentSeed } from './legal-documents.ts';
import type { LinkedSiteSeed } from './linked-sites.ts';
import type { NoticeSeed, PageSeed } from './pages.ts';
import type { PersonSeed } from './people.ts';
import type { SamplePhotoIds } from './photo-writer.ts';
import type { DisclosureSeed, PlanSeed } from './publications.ts';
import type { TagSeed } from './tags.ts';
import type { SeedTarget, Tally } from './target.ts';
import { bulletList, paragraphs } from './text.ts';

export type ContentReport = Record<keyof SampleContent, Tally>;

/** Document ids the payloads point to, filled in as the types are written. */
export interface References {
  /** Portal code → portal. */
  portals: ReadonlyMap<string, string>;
  /** Portal code → its agency. */
  agencies: ReadonlyMap<string, string>;
  /** The leaders of a portal's agency. */
  leaders(portal: string): string[];
  /** A leader's portrait (an uploaded file id), when the sample photos were uploaded. */
  portrait?(portal: string, name: string): number | undefined;
}

/** A portal-owned type whose records are known by portal and slug. */
function bySlug<T extends { portal: string; slug: string }>(
  uid: string,
  portals: ReadonlyMap<string, string>,
  data: (item: T) => Record<string, unknown>,
): CollectionSpec<T> {
  return {
    uid,
    draftAndPublish: true,
    fields: ['slug'],
    populate: WITH_PORTAL,
    keyOf: (item) => `${item.portal}/${item.slug}`,
    storedKey: (row) => `${portalCode(row)}/${String(row.slug)}`,
    data: (item) => ({ ...data(item), slug: item.slug, portal: connect(portals.get(item.portal)) }),
  };
}

function agencySpec(refs: References): CollectionSpec<AgencySeed> {
  const leaders = (portal: string) => refs.leaders(portal).map((documentId) => ({ documentId }));
  return {
    uid: 'api::agency.agency',
    draftAndPublish: true,
    fields: ['name'],
    populate: WITH_PORTAL,
    keyOf: (a) => a.portal,
    storedKey: portalCode,
    data: (a) => ({
      name: a.name,
      nameEn: a.nameEn,
      shortName: a.shortName,
      introduction: paragraphs(...a.introduction),
      introductionEn: a.introductionEn,
      ...(a.functions ? { functions: [bulletList(a.functions)] } : {}),
      units: a.units,
      contact: a.contact,
      location: a.location,
      ...(a.profile
        ? {
            profile: {
              areaKm2: a.profile.areaKm2,
              population: a.profile.population,
              populationYear: a.profile.populationYear,
              history: paragraphs(...a.profile.history),
              culture: paragraphs(...a.profile.culture),
              sights: paragraphs(...a.profile.sights),
            },
          }
        : {}),
      ...(leaders(a.portal).length ? { leaders: { connect: leaders(a.portal) } } : {}),
      portal: connect(refs.portals.get(a.portal)),
    }),
  };
}

function personSpec(portals: ReadonlyMap<string, string>, agencies: ReadonlyMap<string, string>, portrait: References['portrait']): CollectionSpec<PersonSeed> {
  return {
    uid: 'api::person.person',
    draftAndPublish: true,
    fields: ['name'],
    populate: WITH_PORTAL,
    keyOf: (p) => `${p.portal}/${p.name}`,
    storedKey: (row) => `${portalCode(row)}/${String(row.name)}`,
    data: (p) => ({
      name: p.name,
      position: p.position,
      positionEn: p.positionEn,
      bio: p.bio,
      duties: [bulletList(p.duties)],
      phone: p.phone,
      email: p.email,
      order: p.order,
      // Set here only when the agency was already stored; a new agency connects its leaders itself.
      agency: connect(agencies.get(p.portal)),
      portal: connect(portals.get(p.portal)),
      ...(portrait?.(p.portal, p.name) === undefined ? {} : { portrait: portrait(p.portal, p.name) }),
    }),
  };
}

function legalDocumentSpec(portals: ReadonlyMap<string, string>, agencies: ReadonlyMap<string, string>): CollectionSpec<LegalDocumentSeed> {
  return {
    uid: 'api::legal-document.legal-document',
    draftAndPublish: true,
    fields: ['number'],
    populate: WITH_PORTAL,
    keyOf: (d) => `${d.portal}/${d.number}`,
    storedKey: (row) => `${portalCode(row)}/${String(row.number)}`,
    // Documents come replacement first, so the replacing document's id is known here.
    data: (d, ids) => ({
      number: d.number,
      slug: d.slug,
      form: d.form,
      summary: d.summary,
      issuer: connect(agencies.get(d.portal)),
      issuerName: d.issuerName,
      signer: d.signer,
      issuedOn: d.issuedOn,
      effectiveOn: d.effectiveOn,
      ...(d.expiresOn ? { expiresOn: d.expiresOn } : {}),
      validity: d.validity,
      ...(d.replacedBy ? { replacedBy: connect(ids.get(`${d.portal}/${d.replacedBy}`)) } : {}),
      field: d.field,
      body: paragraphs(...d.body),
      portal: connect(portals.get(d.portal)),
    }),
  };
}

function noticeSpec(portals: ReadonlyMap<string, string>): CollectionSpec<NoticeSeed> {
  return {
    uid: 'api::notice.notice',
    draftAndPublish: true,
    fields: ['level'],
    populate: WITH_PORTAL,
    // One seeded banner per portal (or province-wide) and level; the message carries dates.
    keyOf: (n) => `${n.portal ?? ''}/${n.level}`,
    storedKey: (row) => `${portalCode(row)}/${String(row.level)}`,
    data: (n) => ({
      message: n.message,
      level: n.level,
      startsAt: n.startsAt,
      endsAt: n.endsAt,
      ...(n.link ? { link: n.link } : {}),
      ...(n.portal ? { portal: connect(portals.get(n.portal)) } : {}),
    }),
  };
}

const LINKED_SITE_SPEC: CollectionSpec<LinkedSiteSeed> = {
  uid: 'api::linked-site.linked-site',
  draftAndPublish: false,
  fields: ['url'],
  keyOf: (s) => s.url,
  storedKey: (row) => String(row.url),
  data: (s) => ({ ...s }),
};

const TAG_SPEC: CollectionSpec<TagSeed> = {
  uid: 'api::tag.tag',
  draftAndPublish: false,
  fields: ['slug'],
  keyOf: (t) => t.slug,
  storedKey: (row) => String(row.slug),
  data: (t) => ({ ...t }),
};

type Specs = { [K in keyof SampleContent]: CollectionSpec<SampleContent[K][number]> };

/** How each type is written; `refs` may be filled after the specs are made, before the payloads that need them. */
export function contentSpecs(refs: References): Specs {
  const { portals } = refs;
  const blocks = (lines: string[]) => paragraphs(...lines);
  return {
    agencies: agencySpec(refs),
    people: personSpec(portals, refs.agencies, refs.portrait),
    legalDocuments: legalDocumentSpec(portals, refs.agencies),
    plans: bySlug('api::plan.plan', portals, (p: PlanSeed) => ({
      title: p.title, kind: p.kind, startYear: p.startYear, endYear: p.endYear, summary: p.summary, body: blocks(p.body),
    })),
    disclosures: bySlug('api::disclosure.disclosure', portals, (d: DisclosureSeed) => ({
      title: d.title, type: d.type, year: d.year, ...(d.quarter ? { quarter: d.quarter } : {}), period: d.period, summary: d.summary, body: blocks(d.body),
    })),
    recruitments: bySlug('api::recruitment.recruitment', portals, (r: RecruitmentSeed) => ({
      title: r.title, positions: r.positions, deadline: r.deadline, summary: r.summary, body: blocks(r.body),
    })),
    consultations: bySlug('api::consultation.consultation', portals, (c: ConsultationSeed) => ({
      title: c.title, opensAt: c.opensAt, closesAt: c.closesAt, summary: c.summary, body: blocks(c.body), commentEmail: c.commentEmail,
    })),
    questions: bySlug('api::question.question', portals, (q: QuestionSeed) => ({
      title: q.title, field: q.field, question: q.question, askedAt: q.askedAt, progress: 'answered', body: blocks(q.body),
      answeredBy: q.answeredBy, answeredAt: q.answeredAt,
      // Private in the CMS: seeded so that their absence from the sites and the index is tested.
      askerName: q.askerName, askerEmail: q.askerEmail, askerPhone: q.askerPhone, consentAt: q.askedAt, trackingCode: q.trackingCode, notifiedAt: q.answeredAt,
    })),
    pages: bySlug('api::page.page', portals, (p: PageSeed) => ({ title: p.title, summary: p.summary, body: p.body, order: p.order, inMenu: p.inMenu })),
    notices: noticeSpec(portals),
    linkedSites: LINKED_SITE_SPEC,
    tags: TAG_SPEC,
  };
}

/** The types that follow leaders and agencies, in the order they are written. */
const REST: Array<Exclude<keyof SampleContent, 'agencies' | 'people'>> = [
  'legalDocuments', 'plans', 'disclosures', 'recruitments', 'consultations', 'questions', 'pages', 'notices', 'linkedSites', 'tags',
];

/**
 * Writes every type in the order relations need: leaders, then their
 * agencies, which connect them (cheaper than each leader connecting to its
 * agency), then the documents that name an agency as issuer, then the rest.
 * Each natural key already stored is left alone.
 */
export async function writeContent(
  strapi: SeedTarget,
  content: SampleContent,
  portals: ReadonlyMap<string, string>,
  log: (message: string) => void,
  photos: Pick<SamplePhotoIds, 'portrait'> | null = null,
): Promise<ContentReport> {
  const agencies = new Map<string, string>();
  const leaders = new Map<string, string[]>();
  const specs = contentSpecs({ portals, agencies, leaders: (portal) => leaders.get(portal) ?? [], ...(photos ? { portrait: photos.portrait } : {}) });
  const report: Partial<ContentReport> = {};
  const note = (type: keyof SampleContent, tally: Tally) => {
    report[type] = { created: tally.created, existing: tally.existing };
    log(`${type}: ${tally.created} created, ${tally.existing} already there`);
  };

  // Leaders of agencies already stored connect to them as they are created.
  const storedAgencies = await storedIds(strapi, specs.agencies);
  for (const [code, id] of storedAgencies) agencies.set(code, id);
  const people = await writeCollection(strapi, specs.people, content.people);
  note('people', people);
  for (const person of content.people) {
    const id = people.ids.get(specs.people.keyOf(person));
    if (id) leaders.set(person.portal, [...(leaders.get(person.portal) ?? []), id]);
  }
  const written = await writeCollection(strapi, specs.agencies, content.agencies, storedAgencies);
  note('agencies', written);
  for (const [code, id] of written.ids) agencies.set(code, id);

  for (const type of REST) note(type, await writeCollection(strapi, specs[type] as CollectionSpec<unknown>, content[type]));
  return report as ContentReport;
}
