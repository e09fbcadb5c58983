/**
 * Human labels for the CMS's enumeration values, in one place. The values
 * are the CMS schemas' (cms/src/api/<type>/content-types); a value this
 * module does not know yet (the CMS gained one) is shown readable rather
 * than breaking the build.
 */
import { VALIDITY_LABELS, type Validity } from '@qn/content';
import type { Language } from '@qn/portal-model';

type Labels = Record<string, Record<Language, string>>;

const label = (vi: string, en: string, zh: string) => ({ vi, en, zh });

export const DOCUMENT_FORMS: Labels = {
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
};

export const LEGAL_FIELDS: Labels = {
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
};

export const PLAN_KINDS: Labels = {
  strategy: label('Chiến lược', 'Strategy', '战略'),
  master_plan: label('Quy hoạch', 'Master plan', '规划'),
  plan: label('Kế hoạch', 'Plan', '计划'),
  programme: label('Chương trình', 'Programme', '方案'),
  project: label('Đề án', 'Project', '项目'),
};

export const DISCLOSURE_TYPES: Labels = {
  budget: label('Ngân sách', 'Budget', '预算'),
  procurement: label('Mua sắm công', 'Public procurement', '公共采购'),
  public_investment: label('Đầu tư công', 'Public investment', '公共投资'),
  statistics: label('Số liệu thống kê', 'Statistics', '统计数据'),
};

export const NOTICE_LEVELS: Labels = {
  info: label('Thông báo', 'Notice', '通知'),
  warning: label('Lưu ý', 'Warning', '注意'),
  urgent: label('Khẩn', 'Urgent', '紧急'),
};

export const VALIDITIES: Labels = {
  not_yet_in_force: label(VALIDITY_LABELS.not_yet_in_force, 'Not yet in force', '尚未生效'),
  in_force: label(VALIDITY_LABELS.in_force, 'In force', '现行有效'),
  partly_in_force: label(VALIDITY_LABELS.partly_in_force, 'Partly in force', '部分失效'),
  expired: label(VALIDITY_LABELS.expired, 'No longer in force', '已失效'),
  replaced: label(VALIDITY_LABELS.replaced, 'Replaced', '已被取代'),
};

/** "cong_van_moi" → "Cong van moi": an unknown value, readable. */
function readable(value: string): string {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function labelOf(labels: Labels, value: string, language: Language): string {
  return labels[value]?.[language] ?? readable(value);
}

/** Validity is a closed set in the schema, so it always has a label. */
export function validityLabel(validity: Validity, language: Language): string {
  return labelOf(VALIDITIES, validity, language);
}
