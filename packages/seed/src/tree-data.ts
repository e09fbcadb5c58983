/**
 * The Quảng Ninh portal tree as it stood before the July 2025 reorganisation:
 * 5 level-1 portals, 60 level-2 bodies (13 district-level People's Committees
 * and 47 provincial departments, boards, sectors and organisations) and 128
 * level-3 units (communes, wards and towns of the 13 districts, and units
 * under the provincial bodies). Names are the bodies' real names; the
 * commune list is a representative subset of each district's.
 */
import type { PortalKind } from '@qn/portal-model';

export interface LevelOneSeed {
  code: string;
  name: string;
  kind: PortalKind;
  language: 'vi' | 'en' | 'zh';
}

export const LEVEL_ONE: LevelOneSeed[] = [
  { code: 'quangninh', name: 'Cổng thông tin điện tử tỉnh Quảng Ninh', kind: 'province', language: 'vi' },
  { code: 'english', name: 'Quang Ninh Province Portal', kind: 'english', language: 'en' },
  { code: 'chinese', name: '广宁省电子信息门户', kind: 'chinese', language: 'zh' },
  { code: 'dulich', name: 'Cổng thông tin Du lịch Quảng Ninh', kind: 'tourism', language: 'vi' },
  { code: 'doanhnghiep', name: 'Cổng thông tin Doanh nghiệp Quảng Ninh', kind: 'business', language: 'vi' },
];

export interface BodySeed {
  /** Short code; defaults to the compact slug of `name`. */
  code: string;
  name: string;
  kind: PortalKind;
  /** Level-3 units under this body. */
  units?: string[];
}

export const DEPARTMENTS: BodySeed[] = [
  { code: 'vpubnd', name: 'Văn phòng UBND tỉnh', kind: 'department', units: ['Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Thông tin tỉnh'] },
  { code: 'sonoivu', name: 'Sở Nội vụ', kind: 'department', units: ['Ban Thi đua - Khen thưởng tỉnh', 'Chi cục Văn thư - Lưu trữ'] },
  { code: 'sotuphap', name: 'Sở Tư pháp', kind: 'department', units: ['Trung tâm Trợ giúp pháp lý Nhà nước', 'Phòng Công chứng số 1'] },
  { code: 'sokhdt', name: 'Sở Kế hoạch và Đầu tư', kind: 'department', units: ['Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa'] },
  { code: 'sotaichinh', name: 'Sở Tài chính', kind: 'department' },
  { code: 'socongthuong', name: 'Sở Công Thương', kind: 'department', units: ['Trung tâm Khuyến công và Xúc tiến thương mại'] },
  { code: 'sonnptnt', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department', units: ['Chi cục Kiểm lâm', 'Chi cục Thủy sản', 'Trung tâm Khuyến nông'] },
  { code: 'sogtvt', name: 'Sở Giao thông vận tải', kind: 'department', units: ['Cảng vụ Đường thủy nội địa'] },
  { code: 'soxaydung', name: 'Sở Xây dựng', kind: 'department', units: ['Viện Quy hoạch Kiến trúc', 'Trung tâm Kiểm định chất lượng xây dựng'] },
  { code: 'sotnmt', name: 'Sở Tài nguyên và Môi trường', kind: 'department', units: ['Trung tâm Quan trắc môi trường', 'Văn phòng Đăng ký đất đai'] },
  { code: 'sotttt', name: 'Sở Thông tin và Truyền thông', kind: 'department', units: ['Trung tâm Thông tin và Truyền thông'] },
  { code: 'soldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', kind: 'department', units: ['Trung tâm Dịch vụ việc làm'] },
  { code: 'sovhtt', name: 'Sở Văn hóa và Thể thao', kind: 'department', units: ['Bảo tàng Quảng Ninh', 'Thư viện tỉnh'] },
  { code: 'sodulich', name: 'Sở Du lịch', kind: 'department', units: ['Trung tâm Thông tin xúc tiến du lịch'] },
  { code: 'sokhcn', name: 'Sở Khoa học và Công nghệ', kind: 'department', units: ['Trung tâm Ứng dụng tiến bộ khoa học và công nghệ'] },
  { code: 'sogddt', name: 'Sở Giáo dục và Đào tạo', kind: 'department', units: ['Trường THPT Chuyên Hạ Long'] },
  { code: 'soyte', name: 'Sở Y tế', kind: 'department', units: ['Bệnh viện Đa khoa tỉnh', 'Trung tâm Kiểm soát bệnh tật tỉnh'] },
  { code: 'songoaivu', name: 'Sở Ngoại vụ', kind: 'department' },
  { code: 'thanhtra', name: 'Thanh tra tỉnh', kind: 'department' },
  { code: 'bandantoc', name: 'Ban Dân tộc tỉnh', kind: 'department' },
  { code: 'bqlkkt', name: 'Ban Quản lý Khu kinh tế Quảng Ninh', kind: 'board', units: ['Trung tâm Hỗ trợ doanh nghiệp khu kinh tế'] },
  { code: 'bqlvhl', name: 'Ban Quản lý vịnh Hạ Long', kind: 'board' },
  { code: 'bxtdt', name: 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', kind: 'board' },
  { code: 'bqldadd', name: 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp', kind: 'board' },
  { code: 'bqldagt', name: 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông', kind: 'board' },
  { code: 'bqldann', name: 'Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn', kind: 'board' },
  { code: 'congan', name: 'Công an tỉnh', kind: 'sector' },
  { code: 'bchqs', name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'sector' },
  { code: 'bdbp', name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', kind: 'sector' },
  { code: 'cucthue', name: 'Cục Thuế tỉnh', kind: 'sector' },
  { code: 'haiquan', name: 'Cục Hải quan tỉnh', kind: 'sector' },
  { code: 'khobac', name: 'Kho bạc Nhà nước Quảng Ninh', kind: 'sector' },
  { code: 'nganhang', name: 'Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh', kind: 'sector' },
  { code: 'bhxh', name: 'Bảo hiểm xã hội tỉnh', kind: 'sector' },
  { code: 'thongke', name: 'Cục Thống kê tỉnh', kind: 'sector' },
  { code: 'toaan', name: 'Tòa án nhân dân tỉnh', kind: 'sector' },
  { code: 'vienkiemsat', name: 'Viện Kiểm sát nhân dân tỉnh', kind: 'sector' },
  { code: 'thads', name: 'Cục Thi hành án dân sự tỉnh', kind: 'sector' },
  { code: 'tinhuy', name: 'Văn phòng Tỉnh ủy', kind: 'council' },
  { code: 'hdnd', name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', kind: 'council' },
  { code: 'mttq', name: 'Ủy ban MTTQ Việt Nam tỉnh', kind: 'organisation' },
  { code: 'ldld', name: 'Liên đoàn Lao động tỉnh', kind: 'organisation', units: ['Nhà Văn hóa Lao động tỉnh'] },
  { code: 'tinhdoan', name: 'Tỉnh đoàn Quảng Ninh', kind: 'organisation' },
  { code: 'hoiphunu', name: 'Hội Liên hiệp Phụ nữ tỉnh', kind: 'organisation' },
  { code: 'hoinongdan', name: 'Hội Nông dân tỉnh', kind: 'organisation' },
  { code: 'hoiccb', name: 'Hội Cựu chiến binh tỉnh', kind: 'organisation' },
  { code: 'ttttt', name: 'Trung tâm Truyền thông tỉnh', kind: 'unit', units: ['Báo Quảng Ninh điện tử'] },
];

export interface DistrictSeed {
  code: string;
  name: string;
  /** "Phường …", "Xã …" or "Thị trấn …" */
  communes: string[];
}

export const DISTRICTS: DistrictSeed[] = [
  {
    code: 'halong',
    name: 'UBND thành phố Hạ Long',
    communes: [
      'Phường Hồng Gai', 'Phường Bạch Đằng', 'Phường Trần Hưng Đạo', 'Phường Hồng Hải', 'Phường Hồng Hà',
      'Phường Hà Tu', 'Phường Cao Xanh', 'Phường Giếng Đáy', 'Phường Bãi Cháy', 'Phường Tuần Châu',
      'Phường Hoành Bồ', 'Xã Thống Nhất', 'Xã Sơn Dương', 'Xã Kỳ Thượng',
    ],
  },
  {
    code: 'campha',
    name: 'UBND thành phố Cẩm Phả',
    communes: [
      'Phường Cẩm Đông', 'Phường Cẩm Sơn', 'Phường Cẩm Thủy', 'Phường Cẩm Trung', 'Phường Cửa Ông',
      'Phường Mông Dương', 'Phường Quang Hanh', 'Xã Cẩm Hải', 'Xã Cộng Hòa', 'Xã Dương Huy',
    ],
  },
  {
    code: 'uongbi',
    name: 'UBND thành phố Uông Bí',
    communes: [
      'Phường Bắc Sơn', 'Phường Nam Khê', 'Phường Quang Trung', 'Phường Thanh Sơn', 'Phường Trưng Vương',
      'Phường Vàng Danh', 'Phường Phương Đông', 'Xã Thượng Yên Công',
    ],
  },
  {
    code: 'mongcai',
    name: 'UBND thành phố Móng Cái',
    communes: [
      'Phường Ka Long', 'Phường Trần Phú', 'Phường Hải Hòa', 'Phường Trà Cổ', 'Phường Bình Ngọc',
      'Xã Hải Sơn', 'Xã Hải Xuân', 'Xã Vạn Ninh', 'Xã Vĩnh Thực',
    ],
  },
  {
    code: 'dongtrieu',
    name: 'UBND thị xã Đông Triều',
    communes: [
      'Phường Đông Triều', 'Phường Mạo Khê', 'Phường Xuân Sơn', 'Phường Kim Sơn', 'Phường Đức Chính',
      'Phường Hoàng Quế', 'Phường Yên Thọ', 'Xã An Sinh', 'Xã Bình Khê', 'Xã Tràng Lương',
    ],
  },
  {
    code: 'quangyen',
    name: 'UBND thị xã Quảng Yên',
    communes: [
      'Phường Quảng Yên', 'Phường Yên Giang', 'Phường Nam Hòa', 'Phường Hà An', 'Phường Đông Mai',
      'Phường Minh Thành', 'Phường Phong Cốc', 'Xã Hoàng Tân', 'Xã Liên Hòa',
    ],
  },
  {
    code: 'vandon',
    name: 'UBND huyện Vân Đồn',
    communes: ['Thị trấn Cái Rồng', 'Xã Bản Sen', 'Xã Đông Xá', 'Xã Minh Châu', 'Xã Ngọc Vừng', 'Xã Quan Lạn', 'Xã Vạn Yên'],
  },
  { code: 'coto', name: 'UBND huyện Cô Tô', communes: ['Thị trấn Cô Tô', 'Xã Đồng Tiến', 'Xã Thanh Lân'] },
  {
    code: 'tienyen',
    name: 'UBND huyện Tiên Yên',
    communes: ['Thị trấn Tiên Yên', 'Xã Đông Ngũ', 'Xã Đông Hải', 'Xã Hải Lạng', 'Xã Phong Dụ', 'Xã Yên Than'],
  },
  {
    code: 'damha',
    name: 'UBND huyện Đầm Hà',
    communes: ['Thị trấn Đầm Hà', 'Xã Đại Bình', 'Xã Dực Yên', 'Xã Quảng Lâm', 'Xã Quảng Tân', 'Xã Tân Bình'],
  },
  {
    code: 'haiha',
    name: 'UBND huyện Hải Hà',
    communes: [
      'Thị trấn Quảng Hà', 'Xã Cái Chiên', 'Xã Đường Hoa', 'Xã Quảng Đức', 'Xã Quảng Long', 'Xã Quảng Sơn',
      'Xã Quảng Thành',
    ],
  },
  {
    code: 'binhlieu',
    name: 'UBND huyện Bình Liêu',
    communes: ['Thị trấn Bình Liêu', 'Xã Đồng Tâm', 'Xã Đồng Văn', 'Xã Hoành Mô', 'Xã Lục Hồn', 'Xã Vô Ngại'],
  },
  {
    code: 'bache',
    name: 'UBND huyện Ba Chẽ',
    communes: ['Thị trấn Ba Chẽ', 'Xã Đạp Thanh', 'Xã Lương Mông', 'Xã Minh Cầm', 'Xã Thanh Lâm'],
  },
];
