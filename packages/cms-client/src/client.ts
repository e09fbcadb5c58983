import { GraphQLClient } from 'graphql-request';
import { ARTICLE_PAGE_DEFAULT, articlePageQuery, type Article, type Category, type ContentProblem, type LegalDocument, type PortalRecords, type Redirect, type Snapshot, type SnapshotPortal } from '@qn/content';
import { ARTICLE_QUERY, CATEGORIES_QUERY, REDIRECTS_QUERY } from './queries.ts';
import { RECORD_KINDS, recordsQuery, toRecord } from './records.ts';
import { bulkPageSchema, connectionSchema, outboxPageSchema, toArticle, toCategory, toPortal, toRedirect, type OutboxEvent } from './raw.ts';

export interface CmsClientOptions {
  /** Strapi's base URL, e.g. http://127.0.0.1:1337 */
  url: string;
  /** A read-only Strapi API token. */
  token: string;
  /** Records per GraphQL page; Strapi's GraphQL maxLimit caps it. */
  pageSize?: number;
  /** Articles per page of the bulk route (at most ARTICLE_PAGE_MAX). */
  articlePageSize?: number;
  fetch?: typeof fetch;
}

export class CmsError extends Error {
  override name = 'CmsError';
}

export interface FetchResult<T> {
  records: T[];
  problems: ContentProblem[];
}

/** The order GraphQL sorted articles in: newest first, then by document id. */
function newestFirst(a: Article, b: Article): number {
  const newer = Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
  return newer !== 0 ? newer : a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
}

type Converter<T> = (node: unknown) => { value: T } | { problem: ContentProblem };

/** Converts raw records at the boundary: valid ones are kept, the others reported. */
function convertAll<T>(nodes: readonly unknown[], convert: Converter<T>, into: FetchResult<T>): void {
  for (const node of nodes) {
    const result = convert(node);
    if ('value' in result) into.records.push(result.value);
    else into.problems.push(result.problem);
  }
}

export function createCmsClient(options: CmsClientOptions) {
  const pageSize = options.pageSize ?? 200;
  const articlePageSize = options.articlePageSize ?? ARTICLE_PAGE_DEFAULT;
  const headers = { authorization: `Bearer ${options.token}` };
  const fetchImpl = options.fetch ?? fetch;
  const graphql = new GraphQLClient(`${options.url}/graphql`, { headers, fetch: fetchImpl });

  async function request(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    try {
      return await graphql.request<Record<string, unknown>>(query, variables);
    } catch (error) {
      throw new CmsError(`Strapi GraphQL request to ${options.url}/graphql failed: ${(error as Error).message.split('\n')[0]}`, {
        cause: error,
      });
    }
  }

  /** Reads every page of a connection; records that fail validation are reported and skipped. */
  async function all<T>(query: string, field: string, convert: Converter<T>, variables: Record<string, unknown> = {}): Promise<FetchResult<T>> {
    const records: T[] = [];
    const problems: ContentProblem[] = [];
    for (let page = 1; ; page += 1) {
      const data = await request(query, { ...variables, page, pageSize });
      const parsed = connectionSchema.safeParse(data[field]);
      if (!parsed.success) throw new CmsError(`Strapi answered ${field} in an unexpected shape: ${parsed.error.message}`);
      convertAll(parsed.data.nodes, convert, { records, problems });
      if (page >= parsed.data.pageInfo.pageCount) break;
    }
    return { records, problems };
  }

  async function rest(path: string): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(`${options.url}${path}`, { headers });
    } catch (error) {
      throw new CmsError(`Strapi is unreachable at ${options.url}: ${(error as Error).message}`, { cause: error });
    }
    if (response.status === 403 && path.startsWith('/api/builder/')) {
      throw new CmsError(`Strapi refused the API token the bulk read (403 to GET ${path}): give the token the permission Builder → find (api::builder.builder.find), or use a read-only token (README, "Deploying to production", step 4).`);
    }
    if (!response.ok) throw new CmsError(`Strapi answered ${response.status} to GET ${path}: ${await response.text()}`);
    return response.json();
  }

  /** One answer of the CMS's bulk reads, validated at the boundary. */
  async function bulk(path: string) {
    const parsed = bulkPageSchema.safeParse(await rest(path));
    if (!parsed.success) throw new CmsError(`Strapi answered ${path.split('?')[0]} in an unexpected shape: ${parsed.error.message}`);
    return parsed.data;
  }

  /** One page of outbox rows, validated at the boundary. */
  async function outbox(query: string): Promise<OutboxEvent[]> {
    const parsed = outboxPageSchema.safeParse(await rest(`/api/content-events?${query}`));
    if (!parsed.success) throw new CmsError(`Strapi answered the outbox in an unexpected shape: ${parsed.error.message}`);
    return parsed.data.data;
  }

  /** Every portal, from the CMS's bulk read (one query per relation for the whole tree). */
  const portals = async (): Promise<FetchResult<SnapshotPortal>> => {
    const result: FetchResult<SnapshotPortal> = { records: [], problems: [] };
    convertAll((await bulk('/api/builder/portals')).data, toPortal, result);
    return result;
  };
  const categories = (): Promise<FetchResult<Category>> => all(CATEGORIES_QUERY, 'categories_connection', toCategory);
  const redirects = (): Promise<FetchResult<Redirect>> => all(REDIRECTS_QUERY, 'redirects_connection', toRedirect);
  /**
   * Published articles, newest first; when `codes` is given, those these
   * portals own or are shared to, the translations of their articles and
   * the other translations of the originals they translate (pages link
   * every language version with hreflang). Read through the CMS's bulk
   * route in keyset pages (docs/adr/0007): GraphQL resolves each relation
   * once per article, which took minutes at 50,000.
   */
  const articles = async (codes?: readonly string[]): Promise<FetchResult<Article>> => {
    // By document id: a document republished while the pages are read comes twice (its new row has a higher id,
    // so it comes later, and later wins).
    const byDocument = new Map<string, Article>();
    const page: FetchResult<Article> = { records: [], problems: [] };
    if (codes?.length === 0) return page;
    for (let after: number | null = 0; after !== null; ) {
      const answer = await bulk(`/api/builder/articles?${articlePageQuery({ after, limit: articlePageSize, portals: codes ? [...codes] : null })}`);
      if (answer.next !== null && answer.next <= after) throw new CmsError(`Strapi's article pages do not advance (cursor ${after}, next ${answer.next})`);
      page.records.length = 0;
      convertAll(answer.data, toArticle, page);
      for (const article of page.records) byDocument.set(article.documentId, article);
      after = answer.next;
    }
    return { records: [...byDocument.values()].sort(newestFirst), problems: page.problems };
  };

  /** Published records of one kind, all of them or those matching `filters` (e.g. `{ portal: { code: { in: [...] } } }`). */
  const recordsOf = async <K extends keyof PortalRecords>(key: K, filters?: Record<string, unknown>): Promise<FetchResult<PortalRecords[K][number]>> => {
    const kind = RECORD_KINDS[key];
    return (await all(recordsQuery(kind), kind.connection, (node) => toRecord(kind, key, node), { filters })) as FetchResult<PortalRecords[K][number]>;
  };
  /** The published version of one record of a kind, or null when it has none. */
  const record = async <K extends keyof PortalRecords>(key: K, documentId: string): Promise<{ record: PortalRecords[K][number] | null; problem?: ContentProblem }> => {
    const found = await recordsOf(key, { documentId: { eq: documentId } });
    return { record: found.records[0] ?? null, ...(found.problems[0] ? { problem: found.problems[0] } : {}) };
  };
  const legalDocuments = (filters?: Record<string, unknown>): Promise<FetchResult<LegalDocument>> => recordsOf('legalDocuments', filters);

  /** Every published record of every other kind; by portal where the kind belongs to one. */
  const records = async (codes?: readonly string[]): Promise<{ records: PortalRecords; problems: ContentProblem[] }> => {
    const entries = await Promise.all(
      (Object.keys(RECORD_KINDS) as Array<keyof PortalRecords>).map(async (name) => {
        const kind = RECORD_KINDS[name];
        const filters = codes && kind.byPortal ? { portal: { code: { in: [...codes] } } } : undefined;
        const result = await all(recordsQuery(kind), kind.connection, (node) => toRecord(kind, name, node), { filters });
        return [name, result] as const;
      }),
    );
    return {
      records: Object.fromEntries(entries.map(([name, result]) => [name, result.records])) as unknown as PortalRecords,
      problems: entries.flatMap(([, result]) => result.problems),
    };
  };

  return {
    portals,
    records,
    categories,
    articles,
    redirects,

    /** The published version of one article, or null when it has none. */
    async article(documentId: string): Promise<{ article: Article | null; problem?: ContentProblem }> {
      const data = await request(ARTICLE_QUERY, { documentId });
      if (data.article === null || data.article === undefined) return { article: null };
      const result = toArticle(data.article);
      return 'value' in result ? { article: result.value } : { article: null, problem: result.problem };
    },

    legalDocuments,
    recordsOf,

    /** The published version of one legal document, or null when it has none. */
    async legalDocument(documentId: string): Promise<{ legalDocument: LegalDocument | null; problem?: ContentProblem }> {
      const found = await record('legalDocuments', documentId);
      return { legalDocument: found.record, ...(found.problem ? { problem: found.problem } : {}) };
    },

    record,

    /**
     * Everything a build needs in one pass: the whole tree and every category
     * (headers and listings need them), and the published articles of the
     * portals being built.
     */
    async snapshot(onlyPortals: readonly string[] | null = null): Promise<{ snapshot: Snapshot; problems: ContentProblem[] }> {
      const fetchedAt = new Date().toISOString();
      const [tree, taxonomy, news, moved, other] = await Promise.all([
        portals(),
        categories(),
        articles(onlyPortals ?? undefined),
        redirects(),
        records(onlyPortals ?? undefined),
      ]);
      return {
        snapshot: {
          fetchedAt,
          portals: tree.records,
          categories: taxonomy.records,
          articles: news.records,
          redirects: moved.records,
          records: other.records,
          onlyPortals: onlyPortals ? [...onlyPortals] : null,
        },
        problems: [...tree.problems, ...taxonomy.problems, ...news.problems, ...moved.problems, ...other.problems],
      };
    },

    /** Outbox rows after `afterId`, oldest first. */
    async events(afterId: number, limit = 100): Promise<OutboxEvent[]> {
      const query = `filters[id][$gt]=${afterId}&sort=id:asc&pagination[pageSize]=${limit}&pagination[withCount]=false`;
      return outbox(query);
    },

    /** Outbox rows with ids from `from` to `to` (inclusive) that exist now, oldest first: rows committed after later ones were read. */
    async eventsBetween(from: number, to: number, limit = 100): Promise<OutboxEvent[]> {
      return outbox(`filters[id][$gte]=${from}&filters[id][$lte]=${to}&sort=id:asc&pagination[pageSize]=${limit}&pagination[withCount]=false`);
    },

    /** The highest outbox id removed by pruning (0 when none was): a cursor below it has missed rows. */
    async prunedThrough(): Promise<number> {
      const [marker] = await outbox('filters[action][$eq]=pruned&sort=id:desc&pagination[pageSize]=1');
      const removed = Number(marker?.ref ?? 0);
      return Number.isSafeInteger(removed) && removed > 0 ? removed : 0;
    },

    /** The id of the newest outbox row, 0 when there is none. */
    async lastEventId(): Promise<number> {
      const [newest] = await outbox('sort=id:desc&pagination[pageSize]=1');
      return newest?.id ?? 0;
    },
  };
}

export type CmsClient = ReturnType<typeof createCmsClient>;
