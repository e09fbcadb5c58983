import { describe, expect, it } from 'vitest';
import { KINDS, type Agency, type Article, type LegalDocument, type Page, type Recruitment } from '@qn/content';
import { requireTree, type Portal } from '@qn/portal-model';
import { noSearchedRecords, SEARCH_TYPES, searchDocuments, toLegalSearchDocument, toSearchDocument, versionProblem } from '@qn/search';

const portals: Portal[] = [
  { code: 'quangninh', name: 'Cổng thông tin điện tử tỉnh Quảng Ninh', level: 1, parentCode: null, kind: 'province', domain: 'quangninh.gov.vn', language: 'vi' },
  { code: 'coto', name: 'UBND huyện Cô Tô', level: 2, parentCode: 'quangninh', kind: 'district', domain: 'coto.quangninh.gov.vn', language: 'vi' },
  { code: 'coto-thanhlan', name: 'Xã Thanh Lân', level: 3, parentCode: 'coto', kind: 'commune', domain: 'coto-thanhlan.quangninh.gov.vn', language: 'vi' },
];

const article: Article = {
  documentId: 'doc1',
  title: 'Xã Thanh Lân khánh thành nhà văn hóa',
  slug: 'xa-thanh-lan-khanh-thanh-nha-van-hoa',
  summary: 'Tóm tắt',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung bài viết.' }] }],
  portal: 'coto-thanhlan',
  category: 'tin-tuc-su-kien',
  publishedAt: '2026-11-20T01:00:00.000Z',
  updatedAt: '2026-11-20T01:00:00.000Z',
  author: 'Minh Anh',
  source: null,
  featured: false,
  tags: [],
  alsoOn: [],
  translationOf: null,
};

describe('search documents', () => {
  it('carry the portal scope, the path on the portal site and plain text', () => {
    const doc = toSearchDocument(article, requireTree(portals));
    expect(doc).toMatchObject({
      id: 'doc1',
      portal: 'coto-thanhlan',
      scope: ['coto-thanhlan', 'coto', 'quangninh'],
      path: '/bai-viet/xa-thanh-lan-khanh-thanh-nha-van-hoa/',
      text: 'Nội dung bài viết.',
      domain: 'coto-thanhlan.quangninh.gov.vn',
      publishedAt: 1795136400,
    });
  });

  it('change version when the portal is renamed, not when nothing changed', () => {
    const before = toSearchDocument(article, requireTree(portals));
    const same = toSearchDocument(article, requireTree(portals));
    const renamed = toSearchDocument(article, requireTree(portals.map((p) => (p.code === 'coto-thanhlan' ? { ...p, name: 'Đặc khu Cô Tô' } : p))));
    expect(same?.version).toBe(before?.version);
    expect(renamed?.version).not.toBe(before?.version);
  });

  it('are found from the portals an article is shared to, and their ancestors', () => {
    const tree = requireTree([...portals, { code: 'english', name: 'English', level: 1, parentCode: null, kind: 'english', domain: 'english.quangninh.gov.vn', language: 'en' }]);
    const doc = toSearchDocument({ ...article, alsoOn: ['english'] }, tree);
    expect(doc?.scope).toEqual(['coto-thanhlan', 'coto', 'quangninh', 'english']);
    expect(doc?.alsoOn).toEqual(['english']);
  });

  it('are not produced for an article whose portal is unknown', () => {
    expect(toSearchDocument({ ...article, portal: 'gone' }, requireTree(portals))).toBeNull();
  });

  it('hold a legal document under its number and summary, dated by its issue day in Viet Nam', () => {
    const decision: LegalDocument = {
      documentId: 'vb1',
      publishedAt: '2026-11-20T01:00:00.000Z',
      updatedAt: '2026-11-20T01:00:00.000Z',
      portal: 'coto-thanhlan',
      number: '88/QĐ-UBND',
      slug: '88-qd-ubnd',
      form: 'quyet_dinh',
      summary: 'Về việc công bố danh mục thủ tục hành chính',
      issuerName: 'UBND xã Thanh Lân',
      signer: null,
      issuedOn: '2026-11-02',
      effectiveOn: null,
      expiresOn: null,
      validity: 'in_force',
      replacedBy: null,
      field: 'noi_vu',
      files: [],
      body: null,
    };
    expect(toLegalSearchDocument(decision, requireTree(portals))).toMatchObject({
      id: 'vb1',
      type: 'legal-document',
      title: 'Về việc công bố danh mục thủ tục hành chính',
      number: '88/QĐ-UBND',
      summary: '88/QĐ-UBND – UBND xã Thanh Lân',
      scope: ['coto-thanhlan', 'coto', 'quangninh'],
      path: '/van-ban/88-qd-ubnd/',
      publishedAt: Date.UTC(2026, 10, 1, 17) / 1000,
    });
    expect(toSearchDocument(article, requireTree(portals))).toMatchObject({ type: 'article', number: null });
    expect(toLegalSearchDocument({ ...decision, portal: 'gone' }, requireTree(portals))).toBeNull();
  });

  it('hold every public kind: pages, recruitment, an agency and its leaders (who is who), with the year in Viet Nam', () => {
    const owned = { publishedAt: '2025-12-31T18:30:00.000Z', updatedAt: '2025-12-31T18:30:00.000Z', portal: 'coto-thanhlan' };
    const page: Page = { ...owned, documentId: 'p1', title: 'Thủ tục hành chính', slug: 'thu-tuc-hanh-chinh', summary: null, body: null, order: 0, inMenu: true };
    const job: Recruitment = { ...owned, documentId: 'r1', title: 'Tuyển dụng công chức xã', slug: 'tuyen-dung', summary: 'Hai chỉ tiêu', body: null, files: [], positions: 2, deadline: null };
    const agency: Agency = {
      ...owned,
      documentId: 'a1',
      name: 'UBND xã Thanh Lân',
      nameEn: null,
      shortName: 'UBND xã',
      introduction: [{ type: 'paragraph', children: [{ type: 'text', text: 'Giới thiệu.' }] }],
      introductionEn: null,
      functions: null,
      units: [{ key: 'vp', name: 'Văn phòng', parentKey: null, head: null, description: null, phone: null }],
      contact: { address: 'Thôn 1, xã Thanh Lân', phone: '0203 3888 999', email: 'ubnd@example.vn', fax: null, workingHours: null },
      location: null,
      profile: null,
      leaders: [{ documentId: 'PersonX1', name: 'Nguyễn Văn Hải', position: 'Chủ tịch UBND xã', positionEn: null, portrait: null, bio: 'Sinh năm 1975.', duties: null, phone: '0912 345 678', email: 'hai@example.vn', order: 1 }],
    };
    const docs = searchDocuments({ articles: [article], records: { ...noSearchedRecords(), pages: [page], recruitments: [job], agencies: [agency] } }, requireTree(portals));
    expect(docs.map((d) => [d.type, d.path])).toEqual([
      ['article', '/bai-viet/xa-thanh-lan-khanh-thanh-nha-van-hoa/'],
      ['recruitment', '/tuyen-dung/tuyen-dung/'],
      ['page', '/trang/thu-tuc-hanh-chinh/'],
      ['agency', '/gioi-thieu/'],
      ['person', '/gioi-thieu/#lanh-dao-personx1'],
    ]);
    const person = docs.find((d) => d.type === 'person')!;
    expect(person).toMatchObject({ title: 'Nguyễn Văn Hải – Chủ tịch UBND xã, UBND xã Thanh Lân', text: 'Sinh năm 1975.', scope: ['coto-thanhlan', 'coto', 'quangninh'] });
    // 18:30 UTC on 31 December is 01:30 on 1 January in Viet Nam.
    expect(docs.find((d) => d.type === 'page')?.year).toBe(2026);
    // Contact details are on the page, never in the index.
    expect(JSON.stringify(docs)).not.toMatch(/0912|hai@example|ubnd@example|0203/);
  });

  it('have a type for every record kind of the registry but notices and linked sites', () => {
    expect(Object.keys(SEARCH_TYPES).sort()).toEqual(KINDS.map((k) => k.key).filter((k) => k !== 'notices' && k !== 'linkedSites').sort());
  });

  it('come only from the Meilisearch release they were measured on', () => {
    expect(versionProblem('1.21.0')).toBeNull();
    expect(versionProblem('1.21.3')).toBeNull();
    expect(versionProblem('1.2.0')).toMatch(/^is 1\.2\.0; this release is measured on 1\.21\.x/);
    expect(versionProblem('1.210.0')).not.toBeNull();
    expect(versionProblem('2.0.0')).not.toBeNull();
  });
});
