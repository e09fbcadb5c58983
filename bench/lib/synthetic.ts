/**
 * A realistic snapshot made directly from the seed's generators: the 193
 * portal tree, the shared and own categories, N Vietnamese / English /
 * Chinese articles and every portal's agency, leaders, documents and other
 * records. No Strapi is involved, so a 50k-article snapshot takes seconds;
 * each record still passes the same zod schemas as at the CMS boundary.
 */
import {
  agencySchema,
  articleSchema,
  categorySchema,
  consultationSchema,
  disclosureSchema,
  legalDocumentSchema,
  linkedSiteSchema,
  noticeSchema,
  pageSchema,
  questionSchema,
  planSchema,
  recruitmentSchema,
  snapshotPortalSchema,
  textToBlocks,
  type Article,
  type BlockNode,
  type PortalRecords,
  type Snapshot,
} from '@qn/content';
import { CATEGORIES, generateArticles, generateContent, LINKED_SITES, seedPortals, TAGS, type SampleContent } from '@qn/seed';

const MAIN = 'quangninh';

export interface SyntheticOptions {
  articles: number;
  /** Reference date of the content (fixed by default, so runs are comparable). */
  now?: Date;
}

const blocks = (lines: readonly string[]): BlockNode[] => textToBlocks(lines.join('\n'));
const list = (items: readonly string[]): BlockNode => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});

function parseAll<T>(schema: { parse(row: unknown): T }, rows: readonly unknown[]): T[] {
  return rows.map((row) => schema.parse(row));
}

export function syntheticSnapshot(options: SyntheticOptions): Snapshot {
  const now = options.now ?? new Date('2026-11-20T03:00:00Z');
  const portals = seedPortals();
  const language = new Map(portals.map((p) => [p.code, p.language]));
  const stamp = (iso: string) => ({ publishedAt: iso, updatedAt: iso });
  const articles = generateArticles(portals, options.articles, now).map((a, i): Article => {
    // One level-2 article in ten is shared to the provincial portal, as editors do with notable news.
    const portal = portals.find((p) => p.code === a.portal);
    const shared = portal?.level === 2 && i % 10 === 0 ? [MAIN] : [];
    const vi = language.get(a.portal) === 'vi';
    return {
      documentId: `article-${i}`,
      title: a.title,
      slug: a.slug,
      summary: a.summary,
      body: textToBlocks(a.body),
      portal: a.portal,
      category: a.category,
      ...stamp(a.publishedAt),
      author: vi ? 'Ban Biên tập' : null,
      source: null,
      featured: i % 50 === 0,
      tags: vi ? [TAGS[i % TAGS.length]!] : [],
      alsoOn: shared,
      translationOf: null,
      cover: null,
    };
  });
  return {
    fetchedAt: now.toISOString(),
    portals: parseAll(snapshotPortalSchema, portals.map((p) => ({ ...p, documentId: `portal-${p.code}` }))),
    categories: parseAll(
      categorySchema,
      CATEGORIES.map((c) => ({ documentId: `category-${c.slug}`, name: c.name, slug: c.slug, description: c.description, portal: c.portal ?? null })),
    ),
    articles: parseAll(articleSchema, articles),
    redirects: [],
    records: records(generateContent(portals, now), now.toISOString()),
    onlyPortals: null,
  };
}

function records(content: SampleContent, published: string): PortalRecords {
  const meta = (kind: string, i: number) => ({ documentId: `${kind}-${i}`, publishedAt: published, updatedAt: published });
  const leaders = new Map<string, unknown[]>();
  content.people.forEach((p, i) => {
    const person = { documentId: `person-${i}`, ...p, portrait: null, duties: [list(p.duties)] };
    leaders.set(p.portal, [...(leaders.get(p.portal) ?? []), person]);
  });
  const numbers = new Map(content.legalDocuments.map((d) => [`${d.portal}/${d.number}`, d]));
  return {
    agencies: parseAll(
      agencySchema,
      content.agencies.map((a, i) => ({
        ...meta('agency', i),
        ...a,
        introduction: blocks(a.introduction),
        functions: a.functions ? [list(a.functions)] : null,
        profile: a.profile ? { ...a.profile, history: blocks(a.profile.history), culture: blocks(a.profile.culture), sights: blocks(a.profile.sights) } : null,
        leaders: leaders.get(a.portal) ?? [],
      })),
    ),
    legalDocuments: parseAll(
      legalDocumentSchema,
      content.legalDocuments.map((d, i) => {
        const replacement = d.replacedBy ? numbers.get(`${d.portal}/${d.replacedBy}`) : undefined;
        return {
          ...meta('legal', i),
          ...d,
          expiresOn: d.expiresOn ?? null,
          replacedBy: replacement ? { number: replacement.number, slug: replacement.slug, portal: replacement.portal } : null,
          body: blocks(d.body),
          files: [],
        };
      }),
    ),
    plans: parseAll(planSchema, content.plans.map((p, i) => ({ ...meta('plan', i), ...p, body: blocks(p.body), files: [] }))),
    disclosures: parseAll(disclosureSchema, content.disclosures.map((d, i) => ({ ...meta('disclosure', i), ...d, body: blocks(d.body), files: [] }))),
    recruitments: parseAll(recruitmentSchema, content.recruitments.map((r, i) => ({ ...meta('recruitment', i), ...r, body: blocks(r.body), files: [] }))),
    consultations: parseAll(consultationSchema, content.consultations.map((c, i) => ({ ...meta('consultation', i), ...c, body: blocks(c.body), files: [] }))),
    questions: parseAll(questionSchema, content.questions.map((q, i) => ({ ...meta('question', i), ...q, body: blocks(q.body) }))),
    pages: parseAll(pageSchema, content.pages.map((p, i) => ({ ...meta('page', i), ...p }))),
    notices: parseAll(noticeSchema, content.notices.map((n, i) => ({ ...meta('notice', i), ...n, link: n.link ?? null }))),
    linkedSites: parseAll(linkedSiteSchema, LINKED_SITES.map((s, i) => ({ documentId: `linked-${i}`, ...s }))),
  };
}
