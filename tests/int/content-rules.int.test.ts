import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionEditor, type EditorsTarget } from '@qn/editors';
import { adminApi, paragraph, type AdminApi } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
const PORTALS = '/content-manager/collection-types/api::portal.portal';
const collection = (name: string) => `/content-manager/collection-types/api::${name}.${name}`;

function refusal(response: { status: number; json: Record<string, unknown> }) {
  expect(response.status).toBe(400);
  const error = response.json.error as { message: string; details: { errors: Array<{ path: string[]; message: string }> } };
  return { message: error.message, fields: error.details.errors.map((e) => e.path.join('.')) };
}

async function graphql(query: string): Promise<{ data?: Record<string, unknown>; errors?: Array<{ message: string }> }> {
  const response = await fetch(`${stack.cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
}

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('GraphQL exposes every content type, filterable by portal', () => {
  const owned = ['agencies', 'people', 'legalDocuments', 'plans', 'disclosures', 'recruitments', 'consultations', 'questions', 'pages', 'notices', 'articles'];
  it.each(owned)('%s', async (field) => {
    const result = await graphql(`{ ${field}_connection(filters: { portal: { code: { eq: "halong" } } }) { pageInfo { total } } }`);
    expect(result.errors).toBeUndefined();
  });
  it.each(['linkedSites', 'tags', 'redirects', 'portalEvents', 'categories', 'portals'])('%s', async (field) => {
    const result = await graphql(`{ ${field}_connection { pageInfo { total } } }`);
    expect(result.errors).toBeUndefined();
  });
  it('but not requests between portals, which are no public content (who asked is an e-mail address)', async () => {
    const result = await graphql('{ syndicationRequests_connection { pageInfo { total } } }');
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(/Forbidden/i);
  });
});

describe('the portal tree is checked on every write', () => {
  it('refuses codes that are not lowercase ASCII, naming the field', async () => {
    const parent = await stack.admin.portalId('halong');
    const result = refusal(await stack.admin.request('POST', PORTALS, { code: 'hạ-long-mới', name: 'Thử', level: 3, kind: 'commune', language: 'vi', parent: { connect: [{ documentId: parent }] } }));
    expect(result.fields).toContain('code');
    expect(result.message).toContain('Mã cổng "hạ-long-mới" chỉ gồm chữ thường không dấu');
  });

  it('refuses a code another portal uses', async () => {
    const parent = await stack.admin.portalId('halong');
    const result = refusal(await stack.admin.request('POST', PORTALS, { code: 'halong-honggai', name: 'Trùng mã', level: 3, kind: 'commune', language: 'vi', parent: { connect: [{ documentId: parent }] } }));
    expect(result.message).toBe('Mã cổng "halong-honggai" đã được một cổng khác sử dụng (trường "code").');
  });

  it("refuses a level that is not the parent's plus one", async () => {
    const parent = await stack.admin.portalId('quangninh');
    const result = refusal(await stack.admin.request('POST', PORTALS, { code: 'xa-moi', name: 'Xã mới', level: 3, kind: 'commune', language: 'vi', parent: { connect: [{ documentId: parent }] } }));
    expect(result).toEqual({ fields: ['level'], message: 'Cổng cấp trên "quangninh" là cấp 1, nên cổng này phải là cấp 2 (trường "level").' });
  });

  it('refuses a parent for a level-1 portal, and a missing parent below level 1', async () => {
    const parent = await stack.admin.portalId('quangninh');
    const rooted = refusal(await stack.admin.request('POST', PORTALS, { code: 'cap-mot', name: 'Cổng', level: 1, kind: 'province', language: 'vi', parent: { connect: [{ documentId: parent }] } }));
    expect(rooted.message).toBe('Cổng cấp 1 không có cổng cấp trên (trường "parent").');
    const orphan = refusal(await stack.admin.request('POST', PORTALS, { code: 'mo-coi', name: 'Cổng', level: 2, kind: 'department', language: 'vi' }));
    expect(orphan.message).toBe('Cổng cấp 2 phải có cổng cấp trên (trường "parent").');
  });

  it('refuses a cycle', async () => {
    const halong = await stack.admin.portalId('halong');
    const child = await stack.admin.portalId('halong-honggai');
    const result = refusal(await stack.admin.request('PUT', `${PORTALS}/${halong}`, { parent: { set: [{ documentId: child }] } }));
    expect(result.fields).toContain('parent');
    expect(result.message).toContain('Không thể đặt cổng "halong" làm cấp dưới của chính nó');
  });

  it('accepts a valid new commune and gives it its default domain', async () => {
    const parent = await stack.admin.portalId('coto');
    const created = await stack.admin.request('POST', PORTALS, { code: 'coto-thanhlanmoi', name: 'Xã Thanh Lân mới', level: 3, kind: 'commune', language: 'vi', parent: { connect: [{ documentId: parent }] } });
    expect(created.status).toBe(201);
    expect((created.json.data as { domain: string }).domain).toBe('coto-thanhlanmoi.quangninh.gov.vn');
  });
});

describe('field rules', () => {
  it('generates slugs from Vietnamese titles for every addressed type', async () => {
    const portal = await stack.admin.portalId('sotuphap');
    const doc = await stack.admin.request('POST', collection('legal-document'), {
      number: '1234/QĐ-UBND',
      form: 'quyet_dinh',
      summary: 'Về việc phê duyệt Đề án đào tạo nguồn nhân lực',
      issuerName: 'UBND tỉnh Quảng Ninh',
      issuedOn: '2026-03-02',
      validity: 'in_force',
      field: 'noi_vu',
      portal: { connect: [{ documentId: portal }] },
    });
    expect((doc.json.data as { slug: string }).slug).toBe('1234-qd-ubnd-ve-viec-phe-duyet-de-an-dao-tao-nguon-nhan-luc');
  });

  it('refuses to publish a replaced document without its replacement, or with dates out of order', async () => {
    const portal = await stack.admin.portalId('sotuphap');
    const created = await stack.admin.request('POST', collection('legal-document'), {
      number: '15/2020/QĐ-UBND',
      form: 'quyet_dinh',
      summary: 'Ban hành quy định cũ',
      issuerName: 'UBND tỉnh Quảng Ninh',
      issuedOn: '2020-05-10',
      effectiveOn: '2020-05-20',
      expiresOn: '2020-01-01',
      validity: 'replaced',
      field: 'tu_phap',
      portal: { connect: [{ documentId: portal }] },
    });
    const documentId = (created.json.data as { documentId: string }).documentId;
    const result = refusal(await stack.admin.request('POST', `${collection('legal-document')}/${documentId}/actions/publish`, {}));
    expect(result.fields.sort()).toEqual(['expiresOn', 'replacedBy']);
    expect(result.message).toContain('Văn bản "bị thay thế" phải chọn văn bản thay thế (trường "replacedBy").');
    expect(result.message).toContain('Ngày hết hiệu lực phải sau ngày có hiệu lực.');
  });

  it('refuses a consultation that closes before it opens', async () => {
    const portal = await stack.admin.portalId('soxaydung');
    const created = await stack.admin.request('POST', collection('consultation'), {
      title: 'Lấy ý kiến dự thảo quy chế quản lý kiến trúc',
      opensAt: '2026-12-10T00:00:00.000Z',
      closesAt: '2026-12-01T00:00:00.000Z',
      portal: { connect: [{ documentId: portal }] },
    });
    const documentId = (created.json.data as { documentId: string }).documentId;
    const result = refusal(await stack.admin.request('POST', `${collection('consultation')}/${documentId}/actions/publish`, {}));
    expect(result).toEqual({ fields: ['closesAt'], message: 'Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.' });
  });

  it('publishes a question only once it is answered, then with its answer', async () => {
    const portal = await stack.admin.portalId('halong');
    const created = await stack.admin.request('POST', collection('question'), {
      title: 'Thời gian giải quyết hồ sơ chuyển mục đích sử dụng đất',
      field: 'dat_dai',
      question: 'Hồ sơ chuyển mục đích sử dụng đất nộp bao lâu thì có kết quả?',
      portal: { connect: [{ documentId: portal }] },
    });
    const documentId = (created.json.data as { documentId: string }).documentId;
    const publish = () => stack.admin.request('POST', `${collection('question')}/${documentId}/actions/publish`, {});
    expect(refusal(await publish())).toEqual({
      fields: ['progress', 'body'],
      message: 'Chỉ xuất bản câu hỏi đã được trả lời: chọn tình trạng "answered" (Đã trả lời). Chưa có nội dung trả lời (trường "body").',
    });
    await stack.admin.request('PUT', `${collection('question')}/${documentId}`, { progress: 'answered', body: paragraph('Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.') });
    expect((await publish()).status).toBe(200);
  });

  it('stores text as NFC whatever the keyboard sent', async () => {
    const portal = await stack.admin.portalId('halong');
    const title = 'Hạ Long đón khách quốc tế'.normalize('NFD');
    const article = await stack.admin.createArticle({ title, portal: { connect: [{ documentId: portal }] } });
    const stored = await stack.admin.request('GET', `${collection('article')}/${article.documentId}`);
    expect((stored.json.data as { title: string }).title).toBe('Hạ Long đón khách quốc tế'.normalize('NFC'));
  });
});

describe('retention: published content is never hard-deleted', () => {
  let documentId: string;

  beforeAll(async () => {
    const portal = await stack.admin.portalId('uongbi');
    documentId = (await stack.admin.createArticle({ title: 'Uông Bí khai mạc lễ hội Xuân Yên Tử', body: paragraph('Nội dung.'), portal: { connect: [{ documentId: portal }] } })).documentId;
    expect((await stack.admin.publish(documentId)).status).toBe(200);
  });

  it('refuses to delete a published article', async () => {
    const result = refusal(await stack.admin.request('DELETE', `${collection('article')}/${documentId}`));
    expect(result.message).toContain('Nội dung đã từng xuất bản không được xóa');
  });

  it('refuses to unpublish without a reason, then unpublishes with one and records it', async () => {
    const refused = refusal(await stack.admin.unpublish(documentId));
    expect(refused).toEqual({ fields: ['withdrawalReason'], message: 'Gỡ xuất bản cần có lý do: nhập lý do vào trường "withdrawalReason" (Lý do gỡ), lưu, rồi gỡ xuất bản.' });
    await stack.admin.update(documentId, { withdrawalReason: 'Sự kiện đã dời lịch' });
    const before = await stack.cms.lastEventId();
    expect((await stack.admin.unpublish(documentId)).status).toBe(200);
    const events = await stack.cms.events(before);
    expect(events.find((e) => e.action === 'unpublish')).toMatchObject({ ref: documentId });
    const recorded = await stack.strapi.db.query('api::content-event.content-event').findOne({ where: { ref: documentId, action: 'unpublish' } });
    expect(recorded).toMatchObject({ reason: 'Sự kiện đã dời lịch' });
  });

  it('still refuses to delete it once unpublished: it was published once', async () => {
    const result = refusal(await stack.admin.request('DELETE', `${collection('article')}/${documentId}`));
    expect(result.fields).toEqual(['withdrawalReason']);
  });

  it('still refuses once the outbox rows of its publishing were pruned', async () => {
    const schedule = stack.strapi.service('api::schedule.schedule') as { pruneOutbox(now: Date): Promise<number> };
    await schedule.pruneOutbox(new Date(Date.now() + 31 * 86_400_000));
    expect(await stack.strapi.db.query('api::content-event.content-event').count({ where: { ref: documentId } })).toBe(0);
    const result = refusal(await stack.admin.request('DELETE', `${collection('article')}/${documentId}`));
    expect(result.message).toContain('Nội dung đã từng xuất bản không được xóa');
  });

  it('lets an editor delete a draft that was never published', async () => {
    const draft = await stack.admin.createArticle({ title: 'Bản nháp viết nhầm' });
    expect((await stack.admin.request('DELETE', `${collection('article')}/${draft.documentId}`)).status).toBe(200);
  });

  it('refuses to delete a portal that has children or content', async () => {
    const halong = await stack.admin.portalId('halong');
    const result = refusal(await stack.admin.request('DELETE', `${PORTALS}/${halong}`));
    expect(result.message).toContain('npm run portals -- archive');
  });
});

describe('syndication and translations', () => {
  let editor: AdminApi;

  beforeAll(async () => {
    // An approver of the Department of Health: may publish there, may only ask to share elsewhere.
    await provisionEditor(stack.strapi as unknown as EditorsTarget, { email: 'bientap@quangninh.example', password: 'Editor-2026-pass', role: 'approver', portals: ['soyte'] });
    editor = await adminApi(stack.cmsUrl, { email: 'bientap@quangninh.example', password: 'Editor-2026-pass' });
  });

  it('shares an article directly when the editor may write the target portal, with one canonical portal', async () => {
    const [soyte, halong, quangninh] = await Promise.all(['soyte', 'halong', 'quangninh'].map((c) => stack.admin.portalId(c)));
    const article = await stack.admin.createArticle({
      title: 'Sở Y tế khuyến cáo phòng bệnh mùa đông',
      portal: { connect: [{ documentId: soyte }] },
      syndicatedTo: { connect: [{ documentId: halong }, { documentId: quangninh }] },
    });
    await stack.admin.publish(article.documentId);
    for (const code of ['soyte', 'halong', 'quangninh']) {
      const { records } = await stack.cms.articles([code]);
      const found = records.find((a) => a.documentId === article.documentId);
      expect(found).toMatchObject({ portal: 'soyte', alsoOn: ['halong', 'quangninh'] });
    }
    const { records } = await stack.cms.articles(['uongbi']);
    expect(records.map((a) => a.documentId)).not.toContain(article.documentId);
  });

  it("turns a share to another portal into a request that portal's editors accept", async () => {
    const [soyte, halong] = await Promise.all(['soyte', 'halong'].map((c) => stack.admin.portalId(c)));
    const created = await editor.request('POST', collection('article'), {
      title: 'Tiêm chủng mở rộng tại các trạm y tế',
      portal: { connect: [{ documentId: soyte }] },
      syndicatedTo: { connect: [{ documentId: halong }] },
    });
    expect(created.status).toBe(201);
    const article = created.json.data as { documentId: string };
    expect((await editor.publish(article.documentId)).status).toBe(200);
    expect((await stack.cms.articles(['halong'])).records.map((a) => a.documentId)).not.toContain(article.documentId);

    const requests = await stack.admin.request('GET', `${collection('syndication-request')}?filters[state][$eq]=pending&populate=*`);
    const request = (requests.json.results as Array<{ documentId: string; article: { documentId: string }; requestedBy: string }>).find(
      (r) => r.article.documentId === article.documentId,
    );
    expect(request).toMatchObject({ requestedBy: 'bientap@quangninh.example' });

    // The author's portal may not decide for the target portal.
    expect((await editor.request('PUT', `${collection('syndication-request')}/${request?.documentId}`, { state: 'accepted' })).status).toBe(403);

    const accepted = await stack.admin.request('PUT', `${collection('syndication-request')}/${request?.documentId}`, { state: 'accepted' });
    expect(accepted.status).toBe(200);
    const shown = (await stack.cms.articles(['halong'])).records.find((a) => a.documentId === article.documentId);
    expect(shown).toMatchObject({ portal: 'soyte', alsoOn: ['halong'] });
  });

  it('links an English article to its Vietnamese original, and refuses the reverse', async () => {
    const [english, halong] = await Promise.all(['english', 'halong'].map((c) => stack.admin.portalId(c)));
    const original = await stack.admin.createArticle({ title: 'Hạ Long đón tàu du lịch quốc tế', portal: { connect: [{ documentId: halong }] } });
    await stack.admin.publish(original.documentId);
    const translation = await stack.admin.createArticle({
      title: 'Ha Long welcomes international cruise ships',
      portal: { connect: [{ documentId: english }] },
      translationOf: { connect: [{ documentId: original.documentId }] },
    });
    expect((await stack.admin.publish(translation.documentId)).status).toBe(200);
    const { records } = await stack.cms.articles(['english']);
    expect(records.find((a) => a.documentId === translation.documentId)?.translationOf).toEqual({
      documentId: original.documentId,
      portal: 'halong',
      slug: original.slug,
    });
    const wrong = await stack.admin.createArticle({
      title: 'Bản dịch sai chiều',
      portal: { connect: [{ documentId: halong }] },
      translationOf: { connect: [{ documentId: translation.documentId }] },
    });
    const result = refusal(await stack.admin.publish(wrong.documentId));
    expect(result.message).toBe('Chỉ bài của cổng tiếng Anh hoặc tiếng Trung mới là bản dịch (trường "translationOf").');
  });
});
