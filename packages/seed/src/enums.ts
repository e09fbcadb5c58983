/** Enumeration values of the CMS schemas (cms/src/api/<type>/content-types/<type>/schema.json). */

export const LEGAL_FIELDS = [
  'noi_vu', 'tai_chinh', 'dau_tu', 'xay_dung', 'dat_dai', 'tai_nguyen_moi_truong', 'giao_thong', 'nong_nghiep', 'cong_thuong',
  'giao_duc', 'y_te', 'van_hoa_du_lich', 'lao_dong_xa_hoi', 'tu_phap', 'khoa_hoc_cong_nghe', 'thong_tin_truyen_thong',
  'quoc_phong_an_ninh', 'khac',
] as const;
export type LegalField = (typeof LEGAL_FIELDS)[number];

export const DOCUMENT_FORMS = [
  'luat', 'nghi_dinh', 'thong_tu', 'nghi_quyet', 'quyet_dinh', 'chi_thi', 'ke_hoach', 'cong_van', 'thong_bao', 'bao_cao',
  'huong_dan', 'quy_dinh', 'to_trinh', 'khac',
] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

export const VALIDITIES = ['not_yet_in_force', 'in_force', 'partly_in_force', 'expired', 'replaced'] as const;
export type Validity = (typeof VALIDITIES)[number];

export const PLAN_KINDS = ['strategy', 'master_plan', 'plan', 'programme', 'project'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const DISCLOSURE_TYPES = ['budget', 'procurement', 'public_investment', 'statistics'] as const;
export type DisclosureType = (typeof DISCLOSURE_TYPES)[number];

export const NOTICE_LEVELS = ['info', 'warning', 'urgent'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];
