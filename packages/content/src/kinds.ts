/**
 * The record kinds of the platform, one description each: the Strapi type,
 * where its records live on their portal's site, whether it belongs to a
 * portal and has drafts, what its address is made from, and its enumeration
 * fields with their labels in the portals' three languages. The CMS rules,
 * the snapshot schemas, the seed, the site builder, the sites' labels and
 * JSON-LD and the reorganisation tool read it from here;
 * tests/unit/record-kinds.test.ts fails when a Strapi schema and this file
 * disagree.
 */
import type { Language } from '@qn/portal-model';

type Row = Record<string, unknown>;
export type Labels = Readonly<Record<string, Readonly<Record<Language, string>>>>;

const label = (vi: string, en: string, zh: string): Readonly<Record<Language, string>> => ({ vi, en, zh });

/** The enumerations of the CMS schemas, value → label, in the schema's order. */
export const ENUMS = {
  documentForm: {
    luat: label('Luật', 'Law', '法律'),
    nghi_dinh: label('Nghị định', 'Decree', '议定'),
    thong_tu: label('Thông tư', 'Circular', '通知'),
    nghi_quyet: label('Nghị quyết', 'Resolution', '决议'),
    quyet_dinh: label('Quyết định', 'Decision', '决定'),
    chi_thi: label('Chỉ thị', 'Directive', '指示'),
    ke_hoach: label('Kế hoạch', 'Plan', '计划'),
    cong_van: label('Công văn', 'Official letter', '公文'),
    thong_bao: label('Thông báo', 'Notice', '通告'),
    bao_cao: label('Báo cáo', 'Report', '报告'),
    huong_dan: label('Hướng dẫn', 'Guidance', '指南'),
    quy_dinh: label('Quy định', 'Regulation', '规定'),
    to_trinh: label('Tờ trình', 'Submission', '呈文'),
    khac: label('Văn bản khác', 'Other', '其他'),
  },
  legalField: {
    noi_vu: label('Nội vụ', 'Home affairs', '内务'),
    tai_chinh: label('Tài chính', 'Finance', '财政'),
    dau_tu: label('Kế hoạch và đầu tư', 'Planning and investment', '计划与投资'),
    xay_dung: label('Xây dựng', 'Construction', '建设'),
    dat_dai: label('Đất đai', 'Land', '土地'),
    tai_nguyen_moi_truong: label('Tài nguyên và môi trường', 'Natural resources and environment', '资源与环境'),
    giao_thong: label('Giao thông vận tải', 'Transport', '交通运输'),
    nong_nghiep: label('Nông nghiệp và phát triển nông thôn', 'Agriculture and rural development', '农业与农村发展'),
    cong_thuong: label('Công thương', 'Industry and trade', '工贸'),
    giao_duc: label('Giáo dục và đào tạo', 'Education and training', '教育与培训'),
    y_te: label('Y tế', 'Health', '卫生'),
    van_hoa_du_lich: label('Văn hóa, thể thao và du lịch', 'Culture, sports and tourism', '文化、体育与旅游'),
    lao_dong_xa_hoi: label('Lao động, thương binh và xã hội', 'Labour, invalids and social affairs', '劳动、荣军与社会'),
    tu_phap: label('Tư pháp', 'Justice', '司法'),
    khoa_hoc_cong_nghe: label('Khoa học và công nghệ', 'Science and technology', '科学技术'),
    thong_tin_truyen_thong: label('Thông tin và truyền thông', 'Information and communications', '信息传媒'),
    quoc_phong_an_ninh: label('Quốc phòng, an ninh', 'Defence and security', '国防安全'),
    khac: label('Lĩnh vực khác', 'Other', '其他'),
  },
  validity: {
    not_yet_in_force: label('Chưa có hiệu lực', 'Not yet in force', '尚未生效'),
    in_force: label('Còn hiệu lực', 'In force', '现行有效'),
    partly_in_force: label('Hết hiệu lực một phần', 'Partly in force', '部分失效'),
    expired: label('Hết hiệu lực', 'No longer in force', '已失效'),
    replaced: label('Đã bị thay thế', 'Replaced', '已被取代'),
  },
  planKind: {
    strategy: label('Chiến lược', 'Strategy', '战略'),
    master_plan: label('Quy hoạch', 'Master plan', '规划'),
    plan: label('Kế hoạch', 'Plan', '计划'),
    programme: label('Chương trình', 'Programme', '方案'),
    project: label('Đề án', 'Project', '项目'),
  },
  disclosureType: {
    budget: label('Ngân sách', 'Budget', '预算'),
    procurement: label('Mua sắm công', 'Public procurement', '公共采购'),
    public_investment: label('Đầu tư công', 'Public investment', '公共投资'),
    statistics: label('Số liệu thống kê', 'Statistics', '统计数据'),
  },
  questionProgress: {
    received: label('Đã tiếp nhận', 'Received', '已受理'),
    in_progress: label('Đang xử lý', 'Being handled', '处理中'),
    answered: label('Đã trả lời', 'Answered', '已答复'),
  },
  noticeLevel: {
    info: label('Thông báo', 'Notice', '通知'),
    warning: label('Lưu ý', 'Warning', '注意'),
    urgent: label('Khẩn', 'Urgent', '紧急'),
  },
} as const satisfies Readonly<Record<string, Labels>>;

export type EnumName = keyof typeof ENUMS;
export type EnumValue<N extends EnumName> = keyof (typeof ENUMS)[N] & string;

/** An enumeration's values in the schema's order, as zod's `z.enum` and the seed take them. */
export function enumValues<N extends EnumName>(name: N): [EnumValue<N>, ...Array<EnumValue<N>>] {
  return Object.keys(ENUMS[name]) as [EnumValue<N>, ...Array<EnumValue<N>>];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export interface RecordKind {
  /** Its name in the snapshot: `articles`, or the key of `snapshot.records`. */
  key: string;
  uid: string;
  /** Where its records are on their portal's site (`/van-ban/<slug>/`); null when it has no page of its own. */
  path: `/${string}/` | null;
  /** Belongs to exactly one portal: drafts are read, and anything is written, only by that portal's people. */
  portalOwned: boolean;
  draftAndPublish: boolean;
  /** Carries downloadable files (`files`): they are copied into the build as uploaded. */
  files: boolean;
  /** Its enumeration fields and the enumeration each takes. */
  enums: Readonly<Record<string, EnumName>>;
  /** What its address (slug) is made from, for kinds with a page. */
  slugFrom?: (record: Row) => string | null;
}

const byTitle = (record: Row) => str(record.title);

export const KINDS = [
  { key: 'articles', uid: 'api::article.article', path: '/bai-viet/', portalOwned: true, draftAndPublish: true, files: false, enums: {}, slugFrom: byTitle },
  { key: 'agencies', uid: 'api::agency.agency', path: null, portalOwned: true, draftAndPublish: true, files: false, enums: {} },
  { key: 'people', uid: 'api::person.person', path: null, portalOwned: true, draftAndPublish: true, files: false, enums: {} },
  {
    key: 'legalDocuments',
    uid: 'api::legal-document.legal-document',
    path: '/van-ban/',
    portalOwned: true,
    draftAndPublish: true,
    files: true,
    enums: { form: 'documentForm', field: 'legalField', validity: 'validity' },
    slugFrom: (r) => [str(r.number), str(r.summary)].filter(Boolean).join(' ') || null,
  },
  { key: 'plans', uid: 'api::plan.plan', path: '/ke-hoach/', portalOwned: true, draftAndPublish: true, files: true, enums: { kind: 'planKind' }, slugFrom: byTitle },
  { key: 'disclosures', uid: 'api::disclosure.disclosure', path: '/cong-khai/', portalOwned: true, draftAndPublish: true, files: true, enums: { type: 'disclosureType' }, slugFrom: byTitle },
  { key: 'recruitments', uid: 'api::recruitment.recruitment', path: '/tuyen-dung/', portalOwned: true, draftAndPublish: true, files: true, enums: {}, slugFrom: byTitle },
  { key: 'consultations', uid: 'api::consultation.consultation', path: '/lay-y-kien/', portalOwned: true, draftAndPublish: true, files: true, enums: {}, slugFrom: byTitle },
  {
    key: 'questions',
    uid: 'api::question.question',
    path: '/hoi-dap/',
    portalOwned: true,
    draftAndPublish: true,
    files: false,
    enums: { field: 'legalField', progress: 'questionProgress' },
    slugFrom: byTitle,
  },
  { key: 'pages', uid: 'api::page.page', path: '/trang/', portalOwned: true, draftAndPublish: true, files: false, enums: {}, slugFrom: byTitle },
  // Province-wide notices have no portal; a portal's own have one.
  { key: 'notices', uid: 'api::notice.notice', path: null, portalOwned: false, draftAndPublish: true, files: false, enums: { level: 'noticeLevel' } },
  { key: 'linkedSites', uid: 'api::linked-site.linked-site', path: null, portalOwned: false, draftAndPublish: false, files: false, enums: {} },
] as const satisfies readonly RecordKind[];

export type KindKey = (typeof KINDS)[number]['key'];
/** The kinds that have a page of their own on their portal's site. */
export type PagedKind = Extract<(typeof KINDS)[number], { path: `/${string}/` }>;
/** The records (besides articles) with a page of their own: each has a body, and a register or the menu lists it. */
export type PagedRecordKey = Exclude<PagedKind['key'], 'articles'>;
export const PAGED_RECORDS = KINDS.flatMap((k) => (k.path && k.key !== 'articles' ? [k.key] : [])) as PagedRecordKey[];
/** The records that carry downloadable files. */
export type FileKindKey = Extract<(typeof KINDS)[number], { files: true }>['key'];
export const FILE_KINDS = KINDS.flatMap((k) => (k.files ? [k.key] : [])) as FileKindKey[];

export function kindOf(uid: string): RecordKind | undefined {
  return (KINDS as readonly RecordKind[]).find((k) => k.uid === uid);
}

/** The registry's entry of a kind, by its snapshot name. */
export function kindNamed(key: KindKey): RecordKind {
  return KINDS.find((k) => k.key === key)!;
}

/** The site path of a kind that has pages: `/van-ban/`. */
export function kindPath(key: PagedKind['key']): PagedKind['path'] {
  return KINDS.find((k) => k.key === key)!.path as PagedKind['path'];
}

/** A value's label; a value the CMS gained and the table does not know yet is shown readable ("cong_van_moi" → "Cong van moi") rather than breaking a build. */
export function labelOf(labels: Labels, value: string, language: Language): string {
  const known = labels[value]?.[language];
  if (known) return known;
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
