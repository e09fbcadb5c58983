/**
 * Vietnamese labels (and, where a field needs explaining, a hint) for the
 * content manager's forms and lists. Strapi shows attribute names by
 * default ("withdrawalReason"); editors work in Vietnamese.
 */
export interface FieldLabel {
  label: string;
  description?: string;
}
type Labels = Record<string, FieldLabel | string>;

/** Fields that many types share, with the same meaning. */
const COMMON: Labels = {
  title: 'Tiêu đề',
  name: 'Tên',
  slug: { label: 'Đường dẫn', description: 'Tự tạo từ tiêu đề (bỏ dấu, "đ" thành "d"); duy nhất trong một cổng.' },
  summary: 'Tóm tắt',
  body: 'Nội dung',
  files: 'Tệp đính kèm',
  portal: { label: 'Cổng thông tin', description: 'Cổng sở hữu nội dung này; địa chỉ chính thức của nội dung nằm trên cổng này.' },
  order: { label: 'Thứ tự', description: 'Số nhỏ hiển thị trước.' },
  description: 'Mô tả',
  withdrawalReason: { label: 'Lý do gỡ', description: 'Bắt buộc khi gỡ nội dung đã xuất bản; được lưu vào nhật ký.' },
  reviewState: { label: 'Trạng thái duyệt', description: 'Biên tập viên bấm "Gửi duyệt" (submitted); người duyệt xuất bản hoặc bấm "Trả lại để sửa" kèm ý kiến (changes_requested).' },
  reviewComment: 'Ý kiến của người duyệt',
  publishAt: { label: 'Hẹn giờ xuất bản', description: 'Nội dung được xuất bản tự động trong vòng một phút sau thời điểm này.' },
  unpublishAt: { label: 'Hẹn giờ gỡ', description: 'Nội dung được gỡ tự động trong vòng một phút sau thời điểm này.' },
  email: 'Thư điện tử',
  phone: 'Điện thoại',
  note: 'Ghi chú',
  reason: 'Lý do',
  code: 'Mã',
  year: 'Năm',
  createdAt: 'Ngày tạo',
  updatedAt: 'Ngày cập nhật',
  publishedAt: 'Ngày xuất bản',
  createdBy: 'Người tạo',
  updatedBy: 'Người cập nhật',
};

const BY_TYPE: Record<string, Labels> = {
  'api::article.article': {
    cover: { label: 'Ảnh đại diện', description: 'Nhớ nhập "văn bản thay thế" (alt) cho người khiếm thị trong thư viện ảnh.' },
    category: 'Chuyên mục',
    author: 'Tác giả',
    source: 'Nguồn tin',
    royaltyCategory: 'Loại nhuận bút',
    tags: 'Từ khóa',
    featured: { label: 'Tin nổi bật', description: 'Hiện ở đầu trang chủ.' },
    syndicatedTo: { label: 'Chia sẻ tới cổng', description: 'Bài vẫn thuộc cổng gốc; chia sẻ tới cổng bạn không phụ trách sẽ thành yêu cầu chờ cổng đó chấp nhận.' },
    translationOf: { label: 'Bản dịch của bài', description: 'Với cổng tiếng Anh, tiếng Trung: bài tiếng Việt gốc.' },
    translations: 'Các bản dịch',
  },
  'api::agency.agency': {
    name: 'Tên cơ quan',
    nameEn: 'Tên tiếng Anh',
    shortName: 'Tên viết tắt',
    introduction: 'Giới thiệu',
    introductionEn: 'Giới thiệu bằng tiếng Anh',
    functions: 'Chức năng, nhiệm vụ',
    units: 'Cơ cấu tổ chức',
    contact: 'Liên hệ',
    location: 'Vị trí trên bản đồ',
    profile: 'Thông tin địa phương',
    leaders: 'Lãnh đạo',
  },
  'api::person.person': {
    name: 'Họ và tên',
    position: 'Chức vụ',
    positionEn: 'Chức vụ (tiếng Anh)',
    portrait: 'Ảnh chân dung',
    bio: 'Tiểu sử tóm tắt',
    duties: 'Nhiệm vụ được phân công',
    agency: 'Cơ quan',
  },
  'api::legal-document.legal-document': {
    number: { label: 'Số, ký hiệu', description: 'Ví dụ: 1234/QĐ-UBND.' },
    form: 'Hình thức văn bản',
    summary: 'Trích yếu',
    issuer: 'Cơ quan ban hành (cổng)',
    issuerName: 'Cơ quan ban hành',
    signer: 'Người ký',
    issuedOn: 'Ngày ban hành',
    effectiveOn: 'Ngày có hiệu lực',
    expiresOn: 'Ngày hết hiệu lực',
    validity: 'Tình trạng hiệu lực',
    replacedBy: { label: 'Được thay thế bởi', description: 'Bắt buộc khi tình trạng là "bị thay thế".' },
    field: 'Lĩnh vực',
  },
  'api::plan.plan': { kind: 'Loại', startYear: 'Từ năm', endYear: 'Đến năm' },
  'api::disclosure.disclosure': { type: 'Loại công khai', quarter: 'Quý', period: 'Kỳ báo cáo' },
  'api::recruitment.recruitment': { positions: 'Số chỉ tiêu', deadline: 'Hạn nộp hồ sơ' },
  'api::consultation.consultation': {
    opensAt: 'Bắt đầu lấy ý kiến',
    closesAt: 'Kết thúc lấy ý kiến',
    commentEmail: 'Thư điện tử nhận góp ý',
    commentSummary: { label: 'Tổng hợp, tiếp thu, giải trình ý kiến', description: 'Công bố sau khi hết thời gian lấy ý kiến: ý kiến đã nhận và cách tiếp thu.' },
  },
  'api::consultation-comment.consultation-comment': {
    consultation: 'Dự thảo',
    body: 'Nội dung góp ý',
    section: 'Điều, khoản góp ý',
    moderation: { label: 'Xem xét', description: 'pending: chờ xem xét; accepted: tiếp thu; rejected: không tiếp thu.' },
    response: 'Giải trình',
    receivedAt: 'Thời điểm nhận',
    authorName: { label: 'Người góp ý', description: 'Dữ liệu cá nhân: không công bố.' },
    authorEmail: { label: 'Thư điện tử người góp ý', description: 'Dữ liệu cá nhân: không công bố.' },
    organisation: 'Cơ quan, tổ chức',
    submissionId: 'Mã tiếp nhận',
  },
  'api::page-feedback.page-feedback': {
    path: 'Trang',
    helpful: 'Hữu ích',
    comment: 'Ý kiến thêm',
    receivedAt: 'Thời điểm nhận',
    submissionId: 'Mã tiếp nhận',
  },
  'api::question.question': {
    title: { label: 'Tiêu đề', description: 'Ngắn gọn, nêu nội dung câu hỏi; hiện trong danh sách hỏi đáp.' },
    field: 'Lĩnh vực',
    question: 'Nội dung câu hỏi',
    askedAt: 'Thời điểm gửi',
    progress: { label: 'Tình trạng xử lý', description: 'Người hỏi tra cứu được tình trạng này bằng mã tra cứu.' },
    body: 'Nội dung trả lời',
    answeredBy: 'Đơn vị trả lời',
    answeredAt: 'Ngày trả lời',
    askerName: { label: 'Họ tên người hỏi', description: 'Dữ liệu cá nhân: không bao giờ được công bố.' },
    askerEmail: { label: 'Thư điện tử người hỏi', description: 'Dữ liệu cá nhân: chỉ dùng để báo khi có trả lời.' },
    askerPhone: { label: 'Điện thoại người hỏi', description: 'Dữ liệu cá nhân: chỉ dùng để liên hệ trả lời.' },
    consentAt: 'Thời điểm đồng ý xử lý dữ liệu cá nhân',
    trackingCode: 'Mã tra cứu',
    notifiedAt: 'Đã báo người hỏi lúc',
  },
  'api::page.page': { inMenu: 'Hiện trên thanh điều hướng' },
  'api::notice.notice': {
    message: 'Nội dung thông báo',
    level: 'Mức độ',
    startsAt: 'Hiện từ',
    endsAt: 'Hiện đến',
    link: 'Liên kết chi tiết',
    portal: { label: 'Cổng thông tin', description: 'Để trống: hiện trên mọi cổng.' },
  },
  'api::linked-site.linked-site': { name: 'Tên trang', url: 'Địa chỉ', owner: 'Cơ quan chủ quản' },
  'api::category.category': { portal: { label: 'Cổng thông tin', description: 'Để trống: chuyên mục dùng chung cho mọi cổng tiếng Việt.' } },
  'api::tag.tag': {},
  'api::portal.portal': {
    code: { label: 'Mã cổng', description: 'Chữ thường không dấu, dùng trong tên miền; đổi mã bằng lệnh "npm run portals -- rename".' },
    name: 'Tên cổng',
    level: 'Cấp',
    kind: 'Loại cổng',
    domain: 'Tên miền',
    emblem: { label: 'Biểu trưng', description: 'Hiện cạnh tên cổng; để trống dùng biểu trưng mặc định.' },
    language: 'Ngôn ngữ',
    parent: 'Cổng cấp trên',
    children: 'Cổng trực thuộc',
    state: 'Trạng thái',
    successor: 'Cổng kế thừa',
    archivedAt: 'Ngày lưu trữ',
    archiveReason: 'Lý do lưu trữ',
    agency: 'Cơ quan',
  },
  'api::syndication-request.syndication-request': {
    article: 'Bài viết',
    portal: 'Cổng được đề nghị',
    state: 'Trạng thái',
    requestedBy: 'Người đề nghị',
    decidedBy: 'Người quyết định',
    decidedAt: 'Thời điểm quyết định',
  },
  'api::editor-assignment.editor-assignment': {
    email: { label: 'Thư điện tử của biên tập viên', description: 'Tài khoản quản trị có địa chỉ này được làm việc trên các cổng dưới đây.' },
    portals: 'Các cổng được phân công',
  },
  'agency.commune-profile': {
    areaKm2: 'Diện tích (km²)',
    population: 'Dân số',
    populationYear: 'Năm thống kê dân số',
    history: 'Lịch sử',
    culture: 'Văn hóa',
    sights: 'Danh lam, thắng cảnh',
  },
  'agency.unit': {
    key: { label: 'Mã đơn vị', description: 'Chữ thường không dấu, duy nhất trong cơ quan; đơn vị con ghi mã này ở "Mã đơn vị cấp trên".' },
    name: 'Tên đơn vị',
    parentKey: 'Mã đơn vị cấp trên',
    head: 'Người đứng đầu',
  },
  'shared.contact': { address: 'Địa chỉ', fax: 'Fax', workingHours: 'Giờ làm việc' },
  'shared.geo-point': { latitude: 'Vĩ độ', longitude: 'Kinh độ', zoom: 'Mức phóng bản đồ' },
  'api::redirect.redirect': { fromCode: 'Từ cổng', fromPath: 'Từ đường dẫn', toCode: 'Tới cổng', toPath: 'Tới đường dẫn' },
};

/** The label for a field of a content type, or undefined where none is written. */
export function labelFor(uid: string, field: string): FieldLabel | undefined {
  const found = BY_TYPE[uid]?.[field] ?? COMMON[field];
  if (found === undefined) return undefined;
  return typeof found === 'string' ? { label: found } : found;
}

/** The field a relation to this type shows in pickers and lists. */
export const MAIN_FIELD: Record<string, string> = {
  'api::portal.portal': 'name',
  'api::article.article': 'title',
  'api::legal-document.legal-document': 'number',
  'api::agency.agency': 'name',
  'api::category.category': 'name',
  'api::tag.tag': 'name',
};
