import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByLevel, requireTree } from '@qn/portal-model';
import { seed, seedPortals, type SeedTarget } from '@qn/seed';
import { createCmsClient } from '@qn/cms-client';
import { paragraph } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ articles: 40 });
});
afterAll(async () => {
  await stack?.stop();
});

describe('content model and seed, through GraphQL with the builder token', () => {
  it('holds the whole portal tree with its parent links', async () => {
    const { records, problems } = await stack.cms.portals();
    expect(problems).toEqual([]);
    const tree = requireTree(records);
    expect(countByLevel(tree)).toEqual({ 1: 5, 2: 60, 3: 128 });
    expect(tree.byCode.get('halong-honggai')).toMatchObject({ name: 'Phường Hồng Gai', parentCode: 'halong', level: 3, kind: 'commune' });
    expect(tree.byCode.get('quangninh')).toMatchObject({ domain: 'quangninh.gov.vn', parentCode: null });
  });

  it('returns the seeded articles as published, in Vietnamese NFC text', async () => {
    const { records, problems } = await stack.cms.articles();
    expect(problems).toEqual([]);
    expect(records).toHaveLength(40);
    for (const article of records) expect(article.title).toBe(article.title.normalize('NFC'));
  });

  it('seeds idempotently: a second run creates nothing', async () => {
    const report = await seed(stack.strapi as unknown as SeedTarget, { articles: 40, content: false, photos: false });
    expect(report).toEqual({
      portals: { created: 0, existing: 193 },
      categories: { created: 0, existing: 10 },
      articles: { created: 0, existing: 40 },
    });
  });
});

describe("the builder's bulk article read", () => {
  const get = (query: string, token: string | null = stack.token) =>
    fetch(`${stack.cmsUrl}/api/builder/articles?${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('pages through every published article by cursor, as GraphQL counts them, newest first', async () => {
    const whole = await stack.cms.articles();
    const paged = await createCmsClient({ url: stack.cmsUrl, token: stack.token, articlePageSize: 7 }).articles();
    expect(paged.problems).toEqual([]);
    expect(paged.records).toEqual(whole.records);
    const counted = await fetch(`${stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query: '{ articles_connection(status: PUBLISHED, pagination: { pageSize: 1 }) { pageInfo { total } } }' }),
    });
    const total = ((await counted.json()) as { data: { articles_connection: { pageInfo: { total: number } } } }).data.articles_connection.pageInfo.total;
    expect(whole.records).toHaveLength(total);
    const times = whole.records.map((a) => Date.parse(a.publishedAt));
    expect(times).toEqual(times.toSorted((a, b) => b - a));
  });

  it('answers each article exactly as GraphQL does, relations included', async () => {
    const documents = (uid: string) => (stack.strapi as unknown as SeedTarget).documents(uid);
    const portal = async (code: string) => (await documents('api::portal.portal').findFirst({ filters: { code } }))!.documentId;
    const tag = await documents('api::tag.tag').create({ data: { name: 'Chuyển đổi số', slug: 'chuyen-doi-so-bulk' } });
    const original = await documents('api::article.article').create({
      data: { title: 'Hạ Long số hoá hồ sơ hành chính', portal: await portal('halong'), tags: [tag.documentId], syndicatedTo: [await portal('coto')] },
      status: 'published',
    });
    const translation = await documents('api::article.article').create({
      data: { title: 'Ha Long digitises its records', portal: await portal('english'), translationOf: original.documentId },
      status: 'published',
    });
    const { records } = await stack.cms.articles();
    const find = (documentId: string) => records.find((a) => a.documentId === documentId)!;
    const linked = [find(original.documentId), find(translation.documentId)];
    expect(linked.map((a) => [a.tags.map((t) => t.slug), a.alsoOn, a.translationOf?.portal ?? null])).toEqual([
      [['chuyen-doi-so-bulk'], ['coto'], null],
      [[], [], 'halong'],
    ]);
    for (const article of [...linked, ...records.slice(0, 3)]) expect((await stack.cms.article(article.documentId)).article).toEqual(article);
  });

  it('reads only the portals asked for, and nothing when asked for none', async () => {
    // Two portals with no article of their own (the seed gives the first 40 one each), read together: an article
    // shared to both has two link rows, and a page of two must still hold it and the next one shared to them.
    const [first, second] = seedPortals().slice(-2).map((p) => p.code) as [string, string];
    const documents = (stack.strapi as unknown as SeedTarget).documents('api::article.article');
    const [halong, mongcai, one, two] = await Promise.all(
      ['halong', 'mongcai', first, second].map(async (code) => (await (stack.strapi as unknown as SeedTarget).documents('api::portal.portal').findFirst({ filters: { code } }))!.documentId),
    );
    await documents.create({ data: { title: 'Hạ Long chia sẻ kinh nghiệm đón khách quốc tế', portal: halong, syndicatedTo: [one, two] }, status: 'published' });
    await documents.create({ data: { title: 'Móng Cái giới thiệu cửa khẩu số', portal: mongcai, syndicatedTo: [one] }, status: 'published' });
    const whole = (await stack.cms.articles()).records;
    for (const codes of [['halong'], ['coto', 'uongbi'], [first, second], ['english']]) {
      const on = (code: string | null | undefined) => code !== null && code !== undefined && codes.includes(code);
      // Owned, shared to them, translating one of theirs, or another translation of an original one of theirs translates.
      const expected = whole.filter(
        (a) =>
          on(a.portal) ||
          a.alsoOn.some(on) ||
          on(a.translationOf?.portal) ||
          (a.translationOf !== null && whole.some((b) => b.translationOf?.documentId === a.translationOf?.documentId && on(b.portal))),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect((await stack.cms.articles(codes)).records).toEqual(expected);
      for (const articlePageSize of [1, 2]) {
        expect((await createCmsClient({ url: stack.cmsUrl, token: stack.token, articlePageSize }).articles(codes)).records).toEqual(expected);
      }
    }
    expect((await stack.cms.articles([])).records).toEqual([]);
  });

  it('refuses a query it does not know, anonymous callers and tokens without the grant', async () => {
    const smuggled = await get('filters[publishedAt][$null]=true&status=draft');
    expect(smuggled.status).toBe(400);
    expect(((await smuggled.json()) as { error: { message: string } }).error.message).toBe('unknown parameters: filters, status (allowed: after, limit, portals)');
    expect((await get('limit=100000')).status).toBe(400);
    const other = (path: string) => fetch(`${stack.cmsUrl}/api/builder/${path}`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect((await other('portals?filters[code]=halong')).status).toBe(400);
    expect((await other('legal-documents')).status).toBe(404);
    expect((await other('portals')).status).toBe(200);
    expect([401, 403]).toContain((await get('', null)).status);
    const tokens = stack.strapi.service('admin::api-token-content-api') as { create(a: object): Promise<{ accessKey: string }> };
    const reader = await tokens.create({ name: 'Articles only', type: 'custom', lifespan: null, permissions: ['api::article.article.find'] });
    expect((await get('', reader.accessKey)).status).toBe(403);
    await expect(createCmsClient({ url: stack.cmsUrl, token: reader.accessKey }).articles()).rejects.toThrow('give the token the permission Builder → find');
    // A read-only token reads published content anyway: it may use the bulk read, and sees no row ids.
    const readOnly = await tokens.create({ name: 'Read-only', type: 'read-only', lifespan: null });
    const page = await get('limit=5', readOnly.accessKey);
    expect(page.status).toBe(200);
    expect(JSON.stringify(await page.json())).not.toMatch(/"id":/);
  });
});

describe('article rules on every write', () => {
  it('generates the slug from the Vietnamese title', async () => {
    const article = await stack.admin.createArticle({ title: 'Đoàn công tác kiểm tra công trình Đầm Hà', body: paragraph('Nội dung.') });
    expect(article.slug).toBe('doan-cong-tac-kiem-tra-cong-trinh-dam-ha');
  });

  it('refuses to publish an article without a portal, naming the field', async () => {
    const article = await stack.admin.createArticle({ title: 'Bài chưa chọn cổng', body: paragraph('Nội dung.') });
    const response = await stack.admin.publish(article.documentId);
    expect(response.status).toBe(400);
    expect(response.json.error).toMatchObject({
      name: 'ValidationError',
      message: 'Chưa chọn cổng thông tin (trường "portal"): chọn cổng trước khi xuất bản.',
      details: { errors: [{ path: ['portal'] }] },
    });
  });

  it('refuses a slug already published in the same portal, but allows it in another', async () => {
    const halong = await stack.admin.portalId('halong');
    const uongbi = await stack.admin.portalId('uongbi');
    const first = await stack.admin.createArticle({ title: 'Thông báo lịch tiếp công dân', portal: { connect: [{ documentId: halong }] } });
    expect((await stack.admin.publish(first.documentId)).status).toBe(200);
    const clash = await stack.admin.createArticle({ title: 'Thông báo lịch tiếp công dân', portal: { connect: [{ documentId: halong }] } });
    const refused = await stack.admin.publish(clash.documentId);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({
      message: 'Đường dẫn "thong-bao-lich-tiep-cong-dan" đã được "Thông báo lịch tiếp công dân" của cổng halong sử dụng (trường "slug"): đổi đường dẫn rồi xuất bản lại.',
      details: { errors: [{ path: ['slug'] }] },
    });
    const elsewhere = await stack.admin.createArticle({ title: 'Thông báo lịch tiếp công dân', portal: { connect: [{ documentId: uongbi }] } });
    expect((await stack.admin.publish(elsewhere.documentId)).status).toBe(200);
  });
});

describe('what the builder token can see and do', () => {
  it('never receives drafts through GraphQL', async () => {
    const halong = await stack.admin.portalId('halong');
    const draft = await stack.admin.createArticle({ title: 'Bản nháp chưa xuất bản', portal: { connect: [{ documentId: halong }] } });
    expect((await stack.cms.article(draft.documentId)).article).toBeNull();
    const { records } = await stack.cms.articles(['halong']);
    expect(records.map((a) => a.documentId)).not.toContain(draft.documentId);
  });

  it('records publishes in the outbox, in order', async () => {
    const before = await stack.cms.lastEventId();
    const portal = await stack.admin.portalId('coto');
    const article = await stack.admin.createArticle({ title: 'Cô Tô đón đoàn khách du lịch đầu năm', portal: { connect: [{ documentId: portal }] } });
    await stack.admin.publish(article.documentId);
    const events = await stack.cms.events(before);
    // The admin's publish action saves the draft first, then publishes it.
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'publish']);
    expect(events.every((e) => e.model === 'api::article.article' && e.ref === article.documentId)).toBe(true);
    expect(events.map((e) => e.id)).toEqual(events.map((e) => e.id).toSorted((a, b) => a - b));
  });

  it('cannot write content over REST', async () => {
    const response = await fetch(`${stack.cmsUrl}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ data: { title: 'x' } }),
    });
    expect([403, 404, 405]).toContain(response.status);
  });

  it('keeps GraphQL closed to anonymous callers and the outbox out of GraphQL', async () => {
    const anonymous = await fetch(`${stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ articles { title } }' }),
    });
    expect(JSON.stringify(await anonymous.json())).toContain('Forbidden');
    const outbox = await fetch(`${stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
      body: JSON.stringify({ query: '{ contentEvents { ref } }' }),
    });
    expect(JSON.stringify(await outbox.json())).toContain('Cannot query field');
  });
});

describe('the content manager in Vietnamese', () => {
  interface Config {
    settings: { mainField: string };
    metadatas: Record<string, { edit: { label: string; description: string; mainField?: string }; list: { label: string } }>;
    layouts: unknown;
  }
  const configuration = async (uid: string): Promise<Config> => {
    const { status, json } = await stack.admin.request('GET', `/content-manager/content-types/${uid}/configuration`);
    expect(status).toBe(200);
    return (json.data as { contentType: Config }).contentType;
  };

  it('labels fields in Vietnamese, explains the ones that need it, and shows portals by name', async () => {
    const article = await configuration('api::article.article');
    expect(article.metadatas.withdrawalReason?.edit.label).toBe('Lý do gỡ');
    expect(article.metadatas.withdrawalReason?.edit.description).toContain('Bắt buộc khi gỡ');
    expect(article.metadatas.title?.list.label).toBe('Tiêu đề');
    expect(article.metadatas.portal?.edit.mainField).toBe('name');
    const unlabelled = Object.entries(article.metadatas).filter(([field, m]) => !['id', 'documentId'].includes(field) && m.edit.label === field);
    expect(unlabelled.map(([field]) => field)).toEqual([]);
    expect((await configuration('api::portal.portal')).settings.mainField).toBe('name');
    const contact = await stack.admin.request('GET', '/content-manager/components/shared.contact/configuration');
    const component = (contact.json.data as { component: Config }).component;
    expect(Object.values(component.metadatas).map((m) => m.edit.label)).toEqual(expect.arrayContaining(['Địa chỉ', 'Điện thoại', 'Giờ làm việc']));
  });

  it("keeps a label an administrator changed in 'Configure the view' across restarts", async () => {
    const uid = 'api::legal-document.legal-document';
    const current = await configuration(uid);
    current.metadatas.signer!.edit.label = 'Người ký văn bản';
    // As the admin's "Configure the view" sends it: without the relation display the GET adds to list.
    for (const meta of Object.values(current.metadatas)) delete (meta.list as { mainField?: unknown }).mainField;
    const saved = await stack.admin.request('PUT', `/content-manager/content-types/${uid}/configuration`, {
      settings: current.settings,
      metadatas: current.metadatas,
      layouts: current.layouts,
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    await stack.restartStrapi();
    const service = (stack.strapi as unknown as { plugin(name: string): { service(name: string): unknown } }).plugin('content-manager').service('content-types') as unknown as {
      findConfiguration(ct: { uid: string }): Promise<Config>;
    };
    const after = await service.findConfiguration({ uid });
    expect(after.metadatas.signer?.edit.label).toBe('Người ký văn bản');
    expect(after.metadatas.issuedOn?.edit.label).toBe('Ngày ban hành');
  });
});

describe('a database made before an attribute existed', () => {
  it('gives older rows the default of attributes added since, at the next start', async () => {
    type Knex = (table: string) => { update(data: object): Promise<number> };
    const knex = () => (stack.strapi.db as unknown as { connection: Knex }).connection;
    // As a database seeded before portals had a state and articles a review round.
    expect(await knex()('portals').update({ state: null })).toBe(193);
    expect(await knex()('articles').update({ review_state: null })).toBeGreaterThan(0);
    await stack.restartStrapi();
    const portals = (await stack.strapi.db.query('api::portal.portal').findMany({ select: ['state'] })) as Array<{ state: string | null }>;
    expect(new Set(portals.map((p) => p.state))).toEqual(new Set(['active']));
    const articles = (await stack.strapi.db.query('api::article.article').findMany({ select: ['reviewState'] })) as Array<{ reviewState: string | null }>;
    expect(articles.filter((a) => a.reviewState === null)).toEqual([]);
  });
});
