/**
 * What the registers a portal publishes besides news and legal documents
 * (plans, disclosures, recruitment, consultations) and its free pages show:
 * how each groups its listing, what a listed item and a detail page say.
 * One generic index page and one generic detail page
 * (pages/[portal]/[section]/) render every kind from these descriptions;
 * the kind's address comes from the record-kind registry (@qn/content).
 */
import { kindPath, type PagedRecordKey, type Consultation, type Disclosure, type Media, type Page, type Plan, type Question, type Recruitment } from '@qn/content';
import type { Language } from '@qn/portal-model';
import type { Fact } from './facts.ts';
import { formatDate, formatDateTime, t, type Dictionary } from './i18n.ts';
import { DISCLOSURE_TYPES, labelOf, LEGAL_FIELDS, PLAN_KINDS } from './labels.ts';
import { disclosurePeriod, groupBy, yearSpan } from './periods.ts';
import { consultationStatus, recruitmentOpen, type ConsultationStatus } from './records.ts';
import type { PortalSite, SiteModel } from './site.ts';

interface Context {
  language: Language;
  words: Dictionary;
  model: SiteModel;
}

export interface ListItem {
  href: string;
  title: string;
  meta: string[];
  summary: string | null;
}

export interface ListGroup {
  /** The section's id on the page (`kind-plan`), for its heading. */
  id: string;
  heading: string;
  items: ListItem[];
}

export interface DetailView {
  facts: Fact[];
  /** A line under the title saying where the record stands (open, closed). */
  status?: { text: string; className: string; note: boolean };
  /** What a reader can do now (send a comment by e-mail). */
  action?: { href: string; text: string; detail: string | null };
  /** The consultation is open: the page carries the comment form. */
  commentForm?: boolean;
  /** A closing section with its heading (the agency's summary of the comments received). */
  closing?: { heading: string; blocks: Page['body'] };
  /** Free pages often repeat their summary as the first paragraph: then it serves as the description only. */
  hideSummary?: boolean;
  /** A headed passage before the body (a reader's question), and the body's own heading (the answer). */
  prelude?: { heading: string; text: string };
  bodyHeading?: string;
}

/** What every register's record has, and its detail page shows. */
export interface RegisterRecord {
  slug: string;
  title: string;
  summary?: string | null;
  body: Page['body'];
  files?: Media[] | null;
  publishedAt: string;
  updatedAt: string;
}

interface Register<T extends RegisterRecord> {
  /** The listing's title; none for kinds without a listing (free pages). */
  title?(words: Dictionary): string;
  /** Its entry in the portal's menu, for kinds with a listing. */
  menu?(words: Dictionary): string;
  /** The listing in sections; a flat listing is one group without a heading. */
  groups?(items: T[], context: Context): Array<{ id: string; heading: string; items: T[] }>;
  meta(item: T, context: Context): string[];
  /** What a listed item says under its title, when not its summary. */
  excerpt?(item: T): string | null;
  /** Links under the listing's title: what a reader can do besides reading (ask a question). */
  links?(context: Context): Array<{ href: string; text: string }>;
  detail(item: T, context: Context): DetailView;
}

const present = (values: Array<string | null>): string[] => values.filter((v): v is string => v !== null);

const plans: Register<Plan> = {
  title: (words) => words.plans,
  menu: (words) => words.navPlans,
  // Strategies and master plans first, then plans, programmes and projects: the order of the CMS's kinds.
  groups: (items, { language }) => groupBy(items, (p) => p.kind, Object.keys(PLAN_KINDS)).map((g) => ({ id: `kind-${g.key}`, heading: labelOf(PLAN_KINDS, g.key, language), items: g.items })),
  meta: (plan, { words }) => present([yearSpan(plan.startYear, plan.endYear)]).map((m) => `${words.period}: ${m}`),
  detail: (plan, { words, language }) => ({
    facts: [
      { label: words.kind, value: labelOf(PLAN_KINDS, plan.kind, language) },
      { label: words.period, value: yearSpan(plan.startYear, plan.endYear) },
    ],
  }),
};

const disclosures: Register<Disclosure> = {
  title: (words) => words.disclosures,
  menu: (words) => words.navDisclosures,
  // Budget, procurement, public investment, statistics: the order of the law's articles on disclosure.
  groups: (items, { language }) =>
    groupBy(items, (d) => d.type, Object.keys(DISCLOSURE_TYPES)).map((g) => ({ id: `type-${g.key}`, heading: labelOf(DISCLOSURE_TYPES, g.key, language), items: g.items })),
  meta: (d, { words, language }) => [`${words.period}: ${disclosurePeriod(d, language)}`],
  detail: (d, { words, language }) => ({
    facts: [
      { label: words.kind, value: labelOf(DISCLOSURE_TYPES, d.type, language) },
      { label: words.period, value: disclosurePeriod(d, language) },
    ],
  }),
};

const recruitments: Register<Recruitment> = {
  title: (words) => words.recruitments,
  menu: (words) => words.recruitments,
  meta: (r, { words, language, model }) =>
    present([
      r.positions !== null ? `${words.positions}: ${r.positions}` : null,
      r.deadline ? `${words.deadline}: ${formatDate(r.deadline, language)}` : null,
      recruitmentOpen(r, model.today) ? null : words.deadlinePassed,
    ]),
  detail: (r, { words, language, model }) => ({
    facts: [
      { label: words.positions, value: r.positions === null ? null : String(r.positions) },
      { label: words.deadline, value: r.deadline ? formatDate(r.deadline, language) : null, datetime: r.deadline },
    ],
    ...(recruitmentOpen(r, model.today) ? {} : { status: { text: words.deadlinePassed, className: 'status-note', note: true } }),
  }),
};

const STATUS_ORDER: readonly ConsultationStatus[] = ['open', 'upcoming', 'closed'];
const statusHeading = (status: ConsultationStatus, words: Dictionary) => ({ open: words.open, upcoming: words.upcoming, closed: words.closed })[status];

const consultations: Register<Consultation> = {
  title: (words) => words.consultations,
  menu: (words) => words.navConsultations,
  // Judged at build time: a draft moves from open to closed with the next build after its closing moment.
  // Open and closed are always shown (an empty "open" tells the reader there is nothing to comment on); upcoming when there is one.
  groups: (items, { words, model }) => {
    const byStatus = new Map(groupBy(items, (c) => consultationStatus(c, model.now)).map((g) => [g.key, g.items]));
    return STATUS_ORDER.filter((s) => s !== 'upcoming' || byStatus.has(s)).map((s) => ({ id: `status-${s}`, heading: statusHeading(s, words), items: byStatus.get(s) ?? [] }));
  },
  meta: (c, { words, language }) => [`${words.opensAt}: ${formatDateTime(c.opensAt, language)}`, `${words.closesAt}: ${formatDateTime(c.closesAt, language)}`],
  detail: (c, { words, language, model }) => {
    const status = consultationStatus(c, model.now);
    return {
      facts: [
        { label: words.opensAt, value: formatDateTime(c.opensAt, language), datetime: c.opensAt },
        { label: words.closesAt, value: formatDateTime(c.closesAt, language), datetime: c.closesAt },
      ],
      status: { text: statusHeading(status, words), className: `status-note status-${status}`, note: false },
      commentForm: status === 'open',
      ...(c.commentSummary && c.commentSummary.length > 0 ? { closing: { heading: words.commentSummary, blocks: c.commentSummary } } : {}),
      ...(status === 'open' && c.commentEmail
        ? { action: { href: `mailto:${c.commentEmail}?subject=${encodeURIComponent(c.title)}`, text: words.sendComment, detail: c.commentEmail } }
        : {}),
    };
  },
};

/** Questions longer than this are cut, at a word, in the listing. */
const EXCERPT = 240;
const excerpt = (text: string) => (text.length <= EXCERPT ? text : `${text.slice(0, text.lastIndexOf(' ', EXCERPT) > 0 ? text.lastIndexOf(' ', EXCERPT) : EXCERPT)}…`);

const questions: Register<Question> = {
  title: (words) => words.questions,
  menu: (words) => words.navQuestions,
  // By field, in the order of the CMS's fields (the state's own list of sectors).
  groups: (items, { language }) => groupBy(items, (q) => q.field, Object.keys(LEGAL_FIELDS)).map((g) => ({ id: `field-${g.key}`, heading: labelOf(LEGAL_FIELDS, g.key, language), items: g.items })),
  meta: (q, { words, language }) => present([q.answeredAt ? `${words.answeredOn}: ${formatDate(q.answeredAt.slice(0, 10), language)}` : null]),
  excerpt: (q) => excerpt(q.question),
  // Asking and looking up are Vietnamese forms (the public service speaks Vietnamese).
  links: ({ words, language }) =>
    language === 'vi'
      ? [
          { href: `${kindPath('questions')}gui-cau-hoi/`, text: words.askQuestion },
          { href: `${kindPath('questions')}tra-cuu/`, text: words.lookupQuestion },
        ]
      : [],
  detail: (q, { words, language }) => ({
    facts: [
      { label: words.questionField, value: labelOf(LEGAL_FIELDS, q.field, language) },
      { label: words.askedOn, value: q.askedAt ? formatDateTime(q.askedAt, language) : null, datetime: q.askedAt },
      { label: words.answeredBy, value: q.answeredBy },
      { label: words.answeredOn, value: q.answeredAt ? formatDateTime(q.answeredAt, language) : null, datetime: q.answeredAt },
    ],
    prelude: { heading: words.questionHeading, text: q.question },
    bodyHeading: words.answerHeading,
  }),
};

const pages: Register<Page> = {
  meta: () => [],
  detail: () => ({ facts: [], hideSummary: true }),
};

/** Every kind with pages of its own (the registry's), legal documents aside (pages/[portal]/van-ban/): a new one fails to compile until it is described here. */
export const REGISTERS = { plans, disclosures, recruitments, consultations, questions, pages } as const satisfies Record<Exclude<PagedRecordKey, 'legalDocuments'>, unknown>;
export type RegisterKind = keyof typeof REGISTERS;
/** The registers with a listing page of their own. */
export const LISTED = ['plans', 'disclosures', 'recruitments', 'consultations', 'questions'] as const satisfies readonly RegisterKind[];

/** The path segment of a kind's pages: `ke-hoach`. */
export const segmentOf = (kind: RegisterKind) => kindPath(kind).slice(1, -1);
export const kindOfSegment = (segment: string | undefined): RegisterKind | undefined => (Object.keys(REGISTERS) as RegisterKind[]).find((k) => segmentOf(k) === segment);

function context(model: SiteModel, site: PortalSite): Context {
  return { language: site.portal.language, words: t(site.portal.language), model };
}

/** A register's listing of one portal, in its groups (one unheaded group when the kind has none). */
export function listing(kind: RegisterKind, model: SiteModel, site: PortalSite): { title: string; grouped: boolean; groups: ListGroup[]; links: Array<{ href: string; text: string }> } {
  const register = REGISTERS[kind] as unknown as Register<RegisterRecord>;
  const ctx = context(model, site);
  const item = (record: RegisterRecord): ListItem => ({ href: `${kindPath(kind)}${record.slug}/`, title: record.title, meta: register.meta(record, ctx), summary: register.excerpt ? register.excerpt(record) : (record.summary ?? null) });
  const records = site.records[kind] as RegisterRecord[];
  const groups = register.groups ? register.groups(records, ctx) : [{ id: '', heading: '', items: records }];
  return {
    title: register.title?.(ctx.words) ?? '',
    grouped: register.groups !== undefined,
    groups: groups.map((g) => ({ id: g.id, heading: g.heading, items: g.items.map(item) })),
    links: register.links?.(ctx) ?? [],
  };
}

/** A record's detail page. */
export function detail(kind: RegisterKind, model: SiteModel, site: PortalSite, record: RegisterRecord): DetailView & { section: { href: string; label: string } | null } {
  const register = REGISTERS[kind] as unknown as Register<RegisterRecord>;
  const ctx = context(model, site);
  const title = register.title?.(ctx.words);
  return { ...register.detail(record, ctx), section: title ? { href: kindPath(kind), label: title } : null };
}

/** Every record of every register of the selected portals, for the detail page's getStaticPaths. */
export function detailPaths(model: SiteModel) {
  return model.selected.flatMap((portal) => {
    const site = model.site(portal.code);
    return (Object.keys(REGISTERS) as RegisterKind[]).flatMap((kind) =>
      (site.records[kind] as RegisterRecord[]).map((record) => ({ params: { portal: portal.code, section: segmentOf(kind), slug: record.slug }, props: { kind, record } })),
    );
  });
}
