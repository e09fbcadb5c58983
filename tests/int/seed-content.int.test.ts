import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent, seed, seedPortals, type SampleContent, type SeedTarget } from '@qn/seed';
import { requireTree } from '@qn/portal-model';
import { recordSearchDocuments } from '@qn/search';
import { startStack, type TestStack } from '../helpers/stack.ts';

type Row = Record<string, unknown>;
interface Documents {
  findMany(params: object): Promise<Row[]>;
  findFirst(params: object): Promise<Row | null>;
  count(params: object): Promise<number>;
}

const UIDS: Record<keyof SampleContent, string> = {
  agencies: 'api::agency.agency',
  people: 'api::person.person',
  legalDocuments: 'api::legal-document.legal-document',
  plans: 'api::plan.plan',
  disclosures: 'api::disclosure.disclosure',
  recruitments: 'api::recruitment.recruitment',
  consultations: 'api::consultation.consultation',
  questions: 'api::question.question',
  pages: 'api::page.page',
  notices: 'api::notice.notice',
  linkedSites: 'api::linked-site.linked-site',
  tags: 'api::tag.tag',
};
const WITHOUT_DRAFTS = new Set<keyof SampleContent>(['linkedSites', 'tags']);

let stack: TestStack;
let expected: SampleContent;
const ARTICLES = 40;
const docs = (uid: string) => (stack.strapi as unknown as { documents(uid: string): Documents }).documents(uid);
const code = (row: Row) => (row.portal as { code?: string } | null)?.code ?? null;

beforeAll(async () => {
  // startStack seeds the tree, every content type, a few articles and the sample photos.
  stack = await startStack({ content: true, articles: ARTICLES, photos: true });
  expected = generateContent(seedPortals(), new Date());
});
afterAll(async () => {
  await stack?.stop();
});

describe('seeded content in a real Strapi', () => {
  it('holds every type, published, in the numbers the seed generates', async () => {
    for (const [type, uid] of Object.entries(UIDS) as Array<[keyof SampleContent, string]>) {
      const status = WITHOUT_DRAFTS.has(type) ? {} : { status: 'published' };
      expect(await docs(uid).count(status), type).toBe(expected[type].length);
    }
    expect(expected.agencies).toHaveLength(193);
    expect(expected.linkedSites).toHaveLength(26);
  });

  it('gives each portal one published agency with contacts, a map point and its leaders', async () => {
    const agencies = await docs(UIDS.agencies).findMany({
      status: 'published',
      fields: ['name', 'nameEn', 'introductionEn'],
      populate: { portal: { fields: ['code'] }, contact: true, location: true, leaders: { fields: ['name', 'position', 'order'] } },
      limit: 1000,
    });
    expect(new Set(agencies.map(code))).toEqual(new Set(seedPortals().map((p) => p.code)));
    for (const agency of agencies) {
      expect(agency.nameEn).toBeTruthy();
      expect((agency.contact as Row | null)?.email).toMatch(/@quangninh\.gov\.vn$/);
      expect(Number((agency.location as Row | null)?.latitude)).toBeGreaterThan(20.8);
      const leaders = agency.leaders as Row[];
      expect(leaders.length, String(code(agency))).toBeGreaterThanOrEqual(2);
      expect(leaders.length, String(code(agency))).toBeLessThanOrEqual(4);
    }
  });

  it('stores a commune profile and a department organisation chart as components', async () => {
    const commune = await docs(UIDS.agencies).findFirst({
      status: 'published',
      filters: { portal: { code: 'halong-honggai' } },
      populate: { profile: true, units: true },
    });
    const profile = commune?.profile as Row | null;
    expect(commune?.name).toBe('Ủy ban nhân dân phường Hồng Gai');
    expect(Number(profile?.population)).toBeGreaterThan(1000);
    expect((profile?.history as unknown[]).length).toBeGreaterThan(0);
    const department = await docs(UIDS.agencies).findFirst({ status: 'published', filters: { portal: { code: 'soyte' } }, populate: { units: true } });
    const units = department?.units as Row[];
    expect(units.length).toBeGreaterThanOrEqual(3);
    const keys = new Set(units.map((u) => u.key));
    for (const unit of units) if (unit.parentKey) expect(keys.has(unit.parentKey)).toBe(true);
  });

  it('links replaced legal documents to the published document that replaces them, and every document to its issuer', async () => {
    const replaced = await docs(UIDS.legalDocuments).findMany({
      status: 'published',
      filters: { validity: 'replaced' },
      fields: ['number'],
      populate: { replacedBy: { fields: ['number', 'validity'] }, issuer: { fields: ['name'] }, portal: { fields: ['code'] } },
      limit: 1000,
    });
    expect(replaced.length).toBe(expected.legalDocuments.filter((d) => d.validity === 'replaced').length);
    for (const doc of replaced) {
      expect((doc.replacedBy as Row | null)?.validity, String(doc.number)).toBe('in_force');
      expect((doc.issuer as Row | null)?.name).toBeTruthy();
    }
    const expired = await docs(UIDS.legalDocuments).count({ status: 'published', filters: { validity: 'expired' } });
    expect(expired).toBeGreaterThan(0);
  });

  it('shows one planned-maintenance notice on every portal', async () => {
    const notices = await docs(UIDS.notices).findMany({ status: 'published', populate: { portal: { fields: ['code'] } }, limit: 100 });
    const provinceWide = notices.filter((n) => code(n) === null);
    expect(provinceWide).toHaveLength(1);
    expect(provinceWide[0]?.message).toMatch(/bảo trì/);
  });

  it('gives most articles a cover and every leader a portrait, real JPEG photos in the media library', async () => {
    const articles = (await stack.strapi.db.query('api::article.article').findMany({ where: { publishedAt: { $notNull: true } }, populate: { cover: true } })) as Row[];
    expect(articles).toHaveLength(ARTICLES);
    const covered = articles.filter((a) => (a.cover as { mime?: string } | null)?.mime === 'image/jpeg');
    expect(covered.length).toBeGreaterThanOrEqual(ARTICLES * 0.6);
    expect(covered.length).toBeLessThan(ARTICLES);
    const leaders = (await stack.strapi.db.query('api::person.person').findMany({ where: { publishedAt: { $notNull: true } }, populate: { portrait: true } })) as Row[];
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.every((p) => (p.portrait as { width?: number } | null)?.width === 600)).toBe(true);
    // Each is a real file the site builder can fetch.
    const cover = covered[0]!.cover as { url: string; alternativeText: string };
    expect(cover.alternativeText).toMatch(/^Ảnh minh họa: /);
    const bytes = new Uint8Array(await (await fetch(`${stack.cmsUrl}${cover.url}`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('seeds idempotently: a second run creates nothing and finds every record', async () => {
    const report = await seed(stack.strapi as unknown as SeedTarget, { articles: 0 });
    for (const type of Object.keys(UIDS) as Array<keyof SampleContent>) {
      expect(report[type], type).toEqual({ created: 0, existing: expected[type].length });
    }
    expect(report.portals).toEqual({ created: 0, existing: 193 });
    expect(report.articles).toEqual({ created: 0, existing: 0 });
    // The photos are found by name and never uploaded twice.
    expect(report.photos).toEqual({ created: 0, existing: 18 });
    for (const [type, uid] of Object.entries(UIDS) as Array<[keyof SampleContent, string]>) {
      const status = WITHOUT_DRAFTS.has(type) ? {} : { status: 'draft' };
      expect(await docs(uid).count(status), type).toBe(expected[type].length);
    }
  });

  it('reaches the site builder through GraphQL, every record valid at the boundary', async () => {
    const { snapshot, problems } = await stack.cms.snapshot(['halong', 'halong-honggai']);
    expect(problems).toEqual([]);
    const { records } = snapshot;
    expect(records.agencies.map((a) => a.portal).sort()).toEqual(['halong', 'halong-honggai']);
    for (const agency of records.agencies) expect(agency.leaders.length).toBeGreaterThanOrEqual(2);
    expect(records.agencies.find((a) => a.portal === 'halong-honggai')?.profile?.population).toBeGreaterThan(0);
    expect(records.legalDocuments.filter((d) => d.portal === 'halong').map((d) => d.validity)).toEqual(expect.arrayContaining(['in_force', 'replaced', 'expired']));
    expect(records.legalDocuments.find((d) => d.validity === 'replaced')?.replacedBy).not.toBeNull();
    expect(records.linkedSites).toHaveLength(26);
    expect(records.notices.some((n) => n.portal === null)).toBe(true);
    // A partial build fetches only its portals' records.
    const owned = [...records.plans, ...records.disclosures, ...records.consultations, ...records.pages, ...records.legalDocuments];
    expect(owned.length).toBeGreaterThan(0);
    expect(new Set(owned.map((r) => r.portal))).toEqual(new Set(['halong', 'halong-honggai']));
  });
});

describe("readers' questions: the asker's personal data never leaves the CMS", () => {
  const asked = () => expected.questions.filter((q) => q.portal === 'quangninh');
  const personal = (q: SampleContent['questions'][number]) => [q.askerName, q.askerEmail, q.askerPhone, q.trackingCode];

  it("holds the personal data in the CMS, where the portal's editors answer", async () => {
    const stored = await docs(UIDS.questions).findMany({ status: 'draft', filters: { portal: { code: 'quangninh' } }, limit: 100 });
    expect(stored.length).toBe(asked().length);
    expect(stored.map((q) => q.askerEmail).sort()).toEqual(asked().map((q) => q.askerEmail).sort());
  });

  it('gives the site builder the question and answer only: not through GraphQL, the snapshot, REST or the search documents', async () => {
    expect(asked().length).toBeGreaterThan(0);
    const { snapshot, problems } = await stack.cms.snapshot(['quangninh']);
    expect(problems).toEqual([]);
    expect(snapshot.records.questions.map((q) => q.slug).sort()).toEqual(asked().map((q) => q.slug).sort());
    const documents = snapshot.records.questions.flatMap((q) => recordSearchDocuments('questions', q, requireTree(snapshot.portals)));
    expect(documents).toHaveLength(asked().length);
    const rest = await fetch(`${stack.cmsUrl}/api/questions?pagination[pageSize]=100&populate=*`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect(rest.status).toBe(200);
    const restBody = await rest.text();
    expect(restBody).toContain(asked()[0]!.title);
    const everything = JSON.stringify(snapshot.records.questions) + JSON.stringify(documents) + restBody;
    for (const question of asked()) for (const value of personal(question)) expect(everything).not.toContain(value);
    const graphql = await fetch(`${stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query: '{ questions { askerEmail askerPhone trackingCode } }' }),
    });
    expect(JSON.stringify(await graphql.json())).toContain('Cannot query field');
  });
});
