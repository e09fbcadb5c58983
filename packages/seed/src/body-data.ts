/**
 * What the seed knows about the body behind each level-1 and level-2 portal
 * and each level-3 unit: English name, the field it works in (short `topic`
 * for titles, longer `domain` for introductions), the fields of its legal
 * documents, the symbol in its document numbers and its head's title.
 */
import type { LegalField } from './enums.ts';
import type { TitleKey } from './titles.ts';

export interface BodyInfo {
  en: string;
  topic: string;
  topicEn: string;
  /** Longer description of the field; defaults to `topic`. */
  domain?: string;
  /** What the body does, replacing the sentence its kind would give. */
  mission?: string;
  /** For socio-political organisations: whom they represent. */
  members?: string;
  fields: LegalField[];
  /** The symbol in document numbers ("…/QĐ-SNV"); defaults to the initials of the name. */
  symbol?: string;
  head?: TitleKey;
  /** Divisions of the body for its organisation chart, beyond those its kind has. */
  divisions?: string[];
  /** The agency's own name when it differs from the portal's. */
  agencyName?: string;
  /** How people write the name when the portal's is too long (at most 80 characters). */
  shortName?: string;
}

const EDITORIAL = 'quản lý, biên tập và vận hành';

export const LEVEL_ONE_INFO: Record<string, BodyInfo> = {
  quangninh: {
    agencyName: 'Ủy ban nhân dân tỉnh Quảng Ninh', en: "Quang Ninh Provincial People's Committee",
    topic: 'phát triển kinh tế - xã hội', topicEn: 'economic and social development', symbol: 'UBND', head: 'chu_tich',
    fields: ['dau_tu', 'noi_vu', 'tai_nguyen_moi_truong', 'van_hoa_du_lich', 'giao_thong'],
  },
  english: {
    agencyName: 'Ban Biên tập Cổng thông tin điện tử tỉnh Quảng Ninh (tiếng Anh)', en: 'Editorial Board of the Quang Ninh Province Portal (English edition)',
    shortName: 'Ban Biên tập Cổng thông tin tiếng Anh', topic: 'thông tin đối ngoại bằng tiếng Anh', topicEn: 'information in English for foreign readers', symbol: 'BBT', head: 'truong_ban',
    mission: `${EDITORIAL} phiên bản tiếng Anh của Cổng thông tin điện tử tỉnh`, fields: ['thong_tin_truyen_thong'],
  },
  chinese: {
    agencyName: 'Ban Biên tập Cổng thông tin điện tử tỉnh Quảng Ninh (tiếng Trung)', en: 'Editorial Board of the Quang Ninh Province Portal (Chinese edition)',
    shortName: 'Ban Biên tập Cổng thông tin tiếng Trung', topic: 'thông tin đối ngoại bằng tiếng Trung', topicEn: 'information in Chinese for foreign readers', symbol: 'BBT', head: 'truong_ban',
    mission: `${EDITORIAL} phiên bản tiếng Trung của Cổng thông tin điện tử tỉnh`, fields: ['thong_tin_truyen_thong'],
  },
  dulich: {
    agencyName: 'Ban Biên tập Cổng thông tin Du lịch Quảng Ninh', en: 'Editorial Board of the Quang Ninh Tourism Portal',
    shortName: 'Ban Biên tập Cổng thông tin Du lịch', topic: 'thông tin, quảng bá du lịch', topicEn: 'tourism information and promotion', symbol: 'BBT', head: 'truong_ban',
    mission: `${EDITORIAL} Cổng thông tin Du lịch, quảng bá điểm đến Quảng Ninh tới du khách trong nước và quốc tế`, fields: ['van_hoa_du_lich'],
  },
  doanhnghiep: {
    agencyName: 'Ban Biên tập Cổng thông tin Doanh nghiệp Quảng Ninh', en: 'Editorial Board of the Quang Ninh Business Portal',
    shortName: 'Ban Biên tập Cổng thông tin Doanh nghiệp', topic: 'thông tin hỗ trợ doanh nghiệp', topicEn: 'information and support for businesses', symbol: 'BBT', head: 'truong_ban',
    mission: `${EDITORIAL} Cổng thông tin Doanh nghiệp, cung cấp thông tin về cơ chế, chính sách và cơ hội đầu tư cho doanh nghiệp, nhà đầu tư`, fields: ['dau_tu'],
  },
};

export const BODY_INFO: Record<string, BodyInfo> = {
  vpubnd: { en: "Office of the Provincial People's Committee", topic: 'công tác văn phòng', topicEn: 'general administration and coordination', mission: 'tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo, điều hành các hoạt động chung', fields: ['noi_vu', 'thong_tin_truyen_thong'], symbol: 'VPUBND', head: 'chanh_van_phong', divisions: ['Phòng Tổng hợp', 'Phòng Kinh tế - Ngành', 'Phòng Văn xã'] },
  sonoivu: { en: 'Department of Home Affairs', topic: 'nội vụ', topicEn: 'home affairs', domain: 'tổ chức bộ máy, công chức, viên chức, cải cách hành chính, thi đua - khen thưởng, văn thư và lưu trữ', fields: ['noi_vu'], symbol: 'SNV', divisions: ['Phòng Tổ chức, biên chế', 'Phòng Cải cách hành chính'] },
  sotuphap: { en: 'Department of Justice', topic: 'tư pháp', topicEn: 'justice', domain: 'xây dựng và thi hành pháp luật, phổ biến, giáo dục pháp luật, hộ tịch, lý lịch tư pháp và bổ trợ tư pháp', fields: ['tu_phap'], symbol: 'STP', divisions: ['Phòng Xây dựng và kiểm tra văn bản'] },
  sokhdt: { en: 'Department of Planning and Investment', topic: 'kế hoạch và đầu tư', topicEn: 'planning and investment', domain: 'quy hoạch, kế hoạch, đầu tư công, đầu tư trong nước và nước ngoài, đăng ký doanh nghiệp', fields: ['dau_tu'], symbol: 'SKHĐT', divisions: ['Phòng Đăng ký kinh doanh'] },
  sotaichinh: { en: 'Department of Finance', topic: 'tài chính', topicEn: 'finance', domain: 'ngân sách nhà nước, tài sản công và giá', fields: ['tai_chinh'], symbol: 'STC', divisions: ['Phòng Quản lý ngân sách', 'Phòng Quản lý giá và công sản'] },
  socongthuong: { en: 'Department of Industry and Trade', topic: 'công thương', topicEn: 'industry and trade', domain: 'công nghiệp, thương mại, năng lượng và xuất nhập khẩu', fields: ['cong_thuong'], symbol: 'SCT', divisions: ['Phòng Quản lý năng lượng'] },
  sonnptnt: { en: 'Department of Agriculture and Rural Development', topic: 'nông nghiệp và phát triển nông thôn', topicEn: 'agriculture and rural development', domain: 'nông nghiệp, lâm nghiệp, thủy sản, thủy lợi, phòng, chống thiên tai và phát triển nông thôn', fields: ['nong_nghiep'], symbol: 'SNNPTNT' },
  sogtvt: { en: 'Department of Transport', topic: 'giao thông vận tải', topicEn: 'transport', domain: 'đường bộ, đường thủy nội địa, hàng hải và vận tải', fields: ['giao_thong'], symbol: 'SGTVT', divisions: ['Phòng Quản lý vận tải, phương tiện và người lái'] },
  soxaydung: { en: 'Department of Construction', topic: 'xây dựng', topicEn: 'construction', domain: 'quy hoạch xây dựng, kiến trúc, phát triển đô thị, nhà ở và vật liệu xây dựng', fields: ['xay_dung'], symbol: 'SXD' },
  sotnmt: { en: 'Department of Natural Resources and Environment', topic: 'tài nguyên và môi trường', topicEn: 'natural resources and the environment', domain: 'đất đai, tài nguyên nước, khoáng sản, môi trường, biển và hải đảo', fields: ['dat_dai', 'tai_nguyen_moi_truong'], symbol: 'STNMT' },
  sotttt: { en: 'Department of Information and Communications', topic: 'thông tin và truyền thông', topicEn: 'information and communications', domain: 'báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số', fields: ['thong_tin_truyen_thong'], symbol: 'STTTT', divisions: ['Phòng Chuyển đổi số'] },
  soldtbxh: { en: 'Department of Labour, Invalids and Social Affairs', topic: 'lao động, người có công và xã hội', topicEn: 'labour, war invalids and social affairs', domain: 'lao động, việc làm, giáo dục nghề nghiệp, người có công, bảo trợ xã hội, trẻ em và bình đẳng giới', fields: ['lao_dong_xa_hoi'], symbol: 'SLĐTBXH' },
  sovhtt: { en: 'Department of Culture and Sports', topic: 'văn hóa và thể thao', topicEn: 'culture and sports', domain: 'văn hóa, gia đình, thể dục, thể thao', fields: ['van_hoa_du_lich'], symbol: 'SVHTT', divisions: ['Phòng Quản lý di sản văn hóa'] },
  sodulich: { en: 'Department of Tourism', topic: 'du lịch', topicEn: 'tourism', domain: 'du lịch, xúc tiến và quảng bá du lịch', fields: ['van_hoa_du_lich'], symbol: 'SDL' },
  sokhcn: { en: 'Department of Science and Technology', topic: 'khoa học và công nghệ', topicEn: 'science and technology', domain: 'khoa học, công nghệ, đổi mới sáng tạo, tiêu chuẩn, đo lường, chất lượng và sở hữu trí tuệ', fields: ['khoa_hoc_cong_nghe'], symbol: 'SKHCN' },
  sogddt: { en: 'Department of Education and Training', topic: 'giáo dục và đào tạo', topicEn: 'education and training', domain: 'giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên và đào tạo', fields: ['giao_duc'], symbol: 'SGDĐT', divisions: ['Phòng Giáo dục Trung học', 'Phòng Khảo thí và Kiểm định chất lượng'] },
  soyte: { en: 'Department of Health', topic: 'y tế', topicEn: 'health', domain: 'y tế dự phòng, khám bệnh, chữa bệnh, dược, an toàn thực phẩm và dân số', fields: ['y_te'], symbol: 'SYT', divisions: ['Phòng Nghiệp vụ Y', 'Phòng Nghiệp vụ Dược'] },
  songoaivu: { en: 'Department of Foreign Affairs', topic: 'ngoại vụ', topicEn: 'foreign affairs', domain: 'công tác đối ngoại, biên giới lãnh thổ quốc gia và công tác người Việt Nam ở nước ngoài', fields: ['khac'], symbol: 'SNgV', divisions: ['Phòng Biên giới'] },
  thanhtra: { en: 'Provincial Inspectorate', topic: 'thanh tra', topicEn: 'inspection', domain: 'công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng', fields: ['noi_vu'], symbol: 'TTr', head: 'chanh_thanh_tra' },
  bandantoc: { en: 'Provincial Committee for Ethnic Minority Affairs', topic: 'công tác dân tộc', topicEn: 'ethnic minority affairs', domain: 'công tác dân tộc và thực hiện chính sách dân tộc', fields: ['lao_dong_xa_hoi'], symbol: 'BDT', head: 'truong_ban' },
  bqlkkt: { en: 'Quang Ninh Economic Zone Authority', topic: 'khu kinh tế, khu công nghiệp', topicEn: 'economic zones and industrial parks', mission: 'quản lý nhà nước trực tiếp đối với các khu kinh tế, khu công nghiệp trên địa bàn tỉnh', fields: ['dau_tu'], symbol: 'BQLKKT' },
  bqlvhl: { en: 'Ha Long Bay Management Board', topic: 'bảo tồn di sản vịnh Hạ Long', topicEn: 'the conservation of Ha Long Bay', mission: 'quản lý, bảo tồn và phát huy giá trị Di sản thiên nhiên thế giới vịnh Hạ Long', fields: ['van_hoa_du_lich', 'tai_nguyen_moi_truong'], symbol: 'BQLVHL' },
  bxtdt: { en: 'Provincial Investment Promotion and Support Board', topic: 'xúc tiến đầu tư', topicEn: 'investment promotion', mission: 'xúc tiến đầu tư, hỗ trợ nhà đầu tư và doanh nghiệp trong quá trình triển khai dự án', fields: ['dau_tu'], symbol: 'BXTHTĐT' },
  bqldadd: { en: 'Management Board of Civil and Industrial Construction Projects', topic: 'đầu tư xây dựng công trình dân dụng và công nghiệp', topicEn: 'civil and industrial construction projects', fields: ['xay_dung'], symbol: 'BQLDA', shortName: 'BQLDA công trình dân dụng và công nghiệp' },
  bqldagt: { en: 'Management Board of Transport Construction Projects', topic: 'đầu tư xây dựng công trình giao thông', topicEn: 'transport construction projects', fields: ['giao_thong'], symbol: 'BQLDAGT', shortName: 'BQLDA công trình giao thông' },
  bqldann: { en: 'Management Board of Agricultural and Rural Development Projects', topic: 'đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn', topicEn: 'agricultural and rural development projects', fields: ['nong_nghiep'], symbol: 'BQLDANN', shortName: 'BQLDA công trình nông nghiệp và PTNT' },
  congan: { en: 'Provincial Police', topic: 'an ninh, trật tự', topicEn: 'security and public order', mission: 'bảo vệ an ninh quốc gia, bảo đảm trật tự, an toàn xã hội trên địa bàn tỉnh', fields: ['quoc_phong_an_ninh'], symbol: 'CAT', head: 'giam_doc' },
  bchqs: { en: 'Provincial Military Command', topic: 'quốc phòng địa phương', topicEn: 'local defence', mission: 'tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác quân sự, quốc phòng địa phương', fields: ['quoc_phong_an_ninh'], symbol: 'BCH', head: 'chi_huy_truong' },
  bdbp: { en: 'Provincial Border Guard Command', topic: 'quản lý, bảo vệ biên giới', topicEn: 'border management and protection', mission: 'quản lý, bảo vệ chủ quyền, an ninh biên giới quốc gia trên đất liền và vùng biển của tỉnh', fields: ['quoc_phong_an_ninh'], symbol: 'BĐBP', head: 'chi_huy_truong' },
  cucthue: { en: 'Provincial Tax Department', topic: 'thuế', topicEn: 'taxation', mission: 'quản lý thu thuế, phí, lệ phí và các khoản thu khác của ngân sách nhà nước trên địa bàn tỉnh', fields: ['tai_chinh'], symbol: 'CTQNI', head: 'cuc_truong' },
  haiquan: { en: 'Quang Ninh Customs Department', topic: 'hải quan', topicEn: 'customs', mission: 'quản lý nhà nước về hải quan đối với hàng hóa xuất khẩu, nhập khẩu và phương tiện xuất cảnh, nhập cảnh qua các cửa khẩu của tỉnh', fields: ['tai_chinh'], symbol: 'HQQN', head: 'cuc_truong' },
  khobac: { en: 'State Treasury of Quang Ninh', topic: 'kho bạc nhà nước', topicEn: 'the state treasury', mission: 'quản lý quỹ ngân sách nhà nước và kiểm soát chi ngân sách trên địa bàn tỉnh', fields: ['tai_chinh'], symbol: 'KBQN', head: 'giam_doc' },
  nganhang: { en: 'State Bank of Viet Nam, Quang Ninh Branch', topic: 'tiền tệ và hoạt động ngân hàng', topicEn: 'monetary and banking affairs', mission: 'quản lý nhà nước về tiền tệ và hoạt động ngân hàng trên địa bàn tỉnh', fields: ['tai_chinh'], symbol: 'QNI', head: 'giam_doc' },
  bhxh: { en: 'Provincial Social Security', topic: 'bảo hiểm xã hội, bảo hiểm y tế', topicEn: 'social and health insurance', mission: 'tổ chức thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp trên địa bàn tỉnh', fields: ['lao_dong_xa_hoi'], symbol: 'BHXH', head: 'giam_doc' },
  thongke: { en: 'Provincial Statistics Office', topic: 'thống kê', topicEn: 'statistics', mission: 'thu thập, tổng hợp, phân tích và phổ biến thông tin thống kê kinh tế - xã hội của tỉnh', fields: ['khac'], symbol: 'CTK', head: 'cuc_truong' },
  toaan: { en: "Provincial People's Court", topic: 'công tác xét xử', topicEn: 'adjudication', mission: 'thực hiện quyền tư pháp, xét xử các vụ án và giải quyết các việc khác theo thẩm quyền', fields: ['tu_phap'], symbol: 'TA', head: 'chanh_an' },
  vienkiemsat: { en: "Provincial People's Procuracy", topic: 'công tác kiểm sát', topicEn: 'prosecution and supervision of judicial activities', mission: 'thực hành quyền công tố và kiểm sát hoạt động tư pháp trên địa bàn tỉnh', fields: ['tu_phap'], symbol: 'VKS', head: 'vien_truong_vks' },
  thads: { en: 'Provincial Department of Civil Judgment Enforcement', topic: 'thi hành án dân sự', topicEn: 'civil judgment enforcement', mission: 'tổ chức thi hành các bản án, quyết định dân sự theo quy định của pháp luật', fields: ['tu_phap'], symbol: 'CTHADS', head: 'cuc_truong' },
  tinhuy: { en: 'Office of the Provincial Party Committee', topic: 'công tác văn phòng cấp ủy', topicEn: 'the work of the Party Committee', mission: 'tham mưu, giúp việc Tỉnh ủy, Ban Thường vụ Tỉnh ủy và Thường trực Tỉnh ủy', fields: ['khac'], symbol: 'VPTU' },
  hdnd: { en: "Office of the National Assembly Delegation and Provincial People's Council", topic: 'công tác dân cử', topicEn: 'elected bodies', mission: 'tham mưu, phục vụ hoạt động của Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', fields: ['noi_vu'], symbol: 'VPĐĐBQH' },
  mttq: { en: 'Viet Nam Fatherland Front Committee of Quang Ninh Province', topic: 'công tác Mặt trận', topicEn: 'the Fatherland Front', members: 'các tầng lớp Nhân dân', fields: ['khac'], symbol: 'MTTQ' },
  ldld: { en: 'Quang Ninh Federation of Labour', topic: 'công tác công đoàn', topicEn: 'trade unions', members: 'công nhân, viên chức, người lao động', fields: ['lao_dong_xa_hoi'], symbol: 'LĐLĐ' },
  tinhdoan: { en: 'Quang Ninh Youth Union', topic: 'công tác Đoàn và phong trào thanh thiếu nhi', topicEn: 'youth work', members: 'đoàn viên, thanh niên', fields: ['khac'], symbol: 'TĐTN', head: 'bi_thu' },
  hoiphunu: { en: "Quang Ninh Women's Union", topic: 'công tác phụ nữ', topicEn: "women's affairs", members: 'phụ nữ', fields: ['lao_dong_xa_hoi'], symbol: 'HLHPN' },
  hoinongdan: { en: "Quang Ninh Farmers' Association", topic: 'công tác Hội Nông dân', topicEn: 'farmers', members: 'hội viên nông dân', fields: ['nong_nghiep'], symbol: 'HND' },
  hoiccb: { en: "Quang Ninh Veterans' Association", topic: 'công tác Hội Cựu chiến binh', topicEn: 'veterans', members: 'cựu chiến binh', fields: ['khac'], symbol: 'HCCB' },
  ttttt: { en: 'Quang Ninh Media Centre', topic: 'báo chí, phát thanh, truyền hình', topicEn: 'press, radio and television', mission: 'thông tin, tuyên truyền về mọi mặt đời sống chính trị, kinh tế, văn hóa, xã hội của tỉnh trên báo in, phát thanh, truyền hình và báo điện tử', fields: ['thong_tin_truyen_thong'], symbol: 'TTTT', head: 'giam_doc', divisions: ['Ban Thời sự', 'Ban Biên tập báo in'] },
};

/** Level-3 units under the provincial bodies, by name. */
export const UNIT_INFO: Record<string, BodyInfo> = {
  'Trung tâm Phục vụ hành chính công tỉnh': { en: 'Provincial Public Administration Service Centre', topic: 'tiếp nhận, giải quyết thủ tục hành chính', topicEn: 'handling administrative procedures', fields: ['noi_vu'] },
  'Trung tâm Thông tin tỉnh': { en: 'Provincial Information Centre', topic: 'vận hành Cổng thông tin điện tử tỉnh', topicEn: "running the province's e-portal", fields: ['thong_tin_truyen_thong'] },
  'Ban Thi đua - Khen thưởng tỉnh': { en: 'Provincial Emulation and Commendation Board', topic: 'thi đua, khen thưởng', topicEn: 'emulation and commendation', fields: ['noi_vu'] },
  'Chi cục Văn thư - Lưu trữ': { en: 'Sub-department of Records and Archives', topic: 'văn thư, lưu trữ', topicEn: 'records and archives', fields: ['noi_vu'] },
  'Trung tâm Trợ giúp pháp lý Nhà nước': { en: 'State Legal Aid Centre', topic: 'trợ giúp pháp lý', topicEn: 'legal aid', fields: ['tu_phap'] },
  'Phòng Công chứng số 1': { en: 'Notary Office No. 1', topic: 'công chứng', topicEn: 'notarial services', fields: ['tu_phap'] },
  'Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa': { en: 'Small and Medium Enterprise Support Centre', topic: 'hỗ trợ doanh nghiệp nhỏ và vừa', topicEn: 'support for small and medium enterprises', fields: ['dau_tu'] },
  'Trung tâm Khuyến công và Xúc tiến thương mại': { en: 'Industry and Trade Promotion Centre', topic: 'khuyến công, xúc tiến thương mại', topicEn: 'industry and trade promotion', fields: ['cong_thuong'] },
  'Chi cục Kiểm lâm': { en: 'Forest Protection Sub-department', topic: 'quản lý, bảo vệ rừng', topicEn: 'forest protection', fields: ['nong_nghiep'] },
  'Chi cục Thủy sản': { en: 'Fisheries Sub-department', topic: 'thủy sản', topicEn: 'fisheries', fields: ['nong_nghiep'] },
  'Trung tâm Khuyến nông': { en: 'Agricultural Extension Centre', topic: 'khuyến nông', topicEn: 'agricultural extension', fields: ['nong_nghiep'] },
  'Cảng vụ Đường thủy nội địa': { en: 'Inland Waterway Port Authority', topic: 'quản lý cảng, bến thủy nội địa', topicEn: 'inland waterway ports', fields: ['giao_thong'] },
  'Viện Quy hoạch Kiến trúc': { en: 'Institute of Planning and Architecture', topic: 'quy hoạch, kiến trúc', topicEn: 'planning and architecture', fields: ['xay_dung'] },
  'Trung tâm Kiểm định chất lượng xây dựng': { en: 'Construction Quality Testing Centre', topic: 'kiểm định chất lượng công trình xây dựng', topicEn: 'construction quality testing', fields: ['xay_dung'] },
  'Trung tâm Quan trắc môi trường': { en: 'Environmental Monitoring Centre', topic: 'quan trắc môi trường', topicEn: 'environmental monitoring', fields: ['tai_nguyen_moi_truong'] },
  'Văn phòng Đăng ký đất đai': { en: 'Land Registration Office', topic: 'đăng ký đất đai', topicEn: 'land registration', fields: ['dat_dai'] },
  'Trung tâm Thông tin và Truyền thông': { en: 'Information and Communications Centre', topic: 'công nghệ thông tin và truyền thông', topicEn: 'information technology and communications', fields: ['thong_tin_truyen_thong'] },
  'Trung tâm Dịch vụ việc làm': { en: 'Employment Service Centre', topic: 'dịch vụ việc làm', topicEn: 'employment services', fields: ['lao_dong_xa_hoi'] },
  'Bảo tàng Quảng Ninh': { en: 'Quang Ninh Museum', topic: 'bảo tàng', topicEn: 'museum work', fields: ['van_hoa_du_lich'] },
  'Thư viện tỉnh': { en: 'Provincial Library', topic: 'thư viện', topicEn: 'library services', fields: ['van_hoa_du_lich'] },
  'Trung tâm Thông tin xúc tiến du lịch': { en: 'Tourism Information and Promotion Centre', topic: 'thông tin, xúc tiến du lịch', topicEn: 'tourism information and promotion', fields: ['van_hoa_du_lich'] },
  'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ': { en: 'Centre for the Application of Science and Technology', topic: 'ứng dụng tiến bộ khoa học và công nghệ', topicEn: 'applying science and technology', fields: ['khoa_hoc_cong_nghe'] },
  'Trường THPT Chuyên Hạ Long': { en: 'Ha Long High School for the Gifted', topic: 'giáo dục trung học phổ thông chuyên', topicEn: 'secondary education for gifted pupils', fields: ['giao_duc'] },
  'Bệnh viện Đa khoa tỉnh': { en: 'Quang Ninh General Hospital', topic: 'khám bệnh, chữa bệnh', topicEn: 'medical examination and treatment', fields: ['y_te'] },
  'Trung tâm Kiểm soát bệnh tật tỉnh': { en: 'Provincial Centre for Disease Control', topic: 'y tế dự phòng, kiểm soát bệnh tật', topicEn: 'disease prevention and control', fields: ['y_te'] },
  'Trung tâm Hỗ trợ doanh nghiệp khu kinh tế': { en: 'Economic Zone Business Support Centre', topic: 'hỗ trợ doanh nghiệp trong khu kinh tế', topicEn: 'support for businesses in the economic zones', fields: ['dau_tu'] },
  'Nhà Văn hóa Lao động tỉnh': { en: "Provincial Workers' Cultural House", topic: 'hoạt động văn hóa, thể thao cho người lao động', topicEn: 'cultural and sports activities for workers', fields: ['van_hoa_du_lich'] },
  'Báo Quảng Ninh điện tử': { en: 'Quang Ninh Online Newspaper', topic: 'báo chí điện tử', topicEn: 'online journalism', fields: ['thong_tin_truyen_thong'] },
};
