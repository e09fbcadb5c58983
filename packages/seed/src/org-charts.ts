/** Small organisation charts (3–8 boxes) for every body except the communes, linked by parentKey. */
import type { Body } from './bodies.ts';
import { personName } from './names.ts';
import { createRandom, hashString } from './random.ts';
import { landline, slugOf } from './text.ts';
import type { TitleKey } from './titles.ts';

export interface UnitSeed {
  key: string;
  name: string;
  parentKey?: string;
  head?: string;
  description?: string;
  phone?: string;
}

const LEADERSHIP: Record<TitleKey, string> = {
  chu_tich: 'Ban Thường trực',
  giam_doc: 'Ban Giám đốc',
  truong_ban: 'Lãnh đạo Ban',
  chanh_van_phong: 'Lãnh đạo Văn phòng',
  chanh_thanh_tra: 'Lãnh đạo Thanh tra',
  cuc_truong: 'Lãnh đạo Cục',
  chi_cuc_truong: 'Lãnh đạo Chi cục',
  chi_huy_truong: 'Ban Chỉ huy',
  chanh_an: 'Lãnh đạo Tòa án',
  vien_truong_vks: 'Lãnh đạo Viện',
  vien_truong: 'Lãnh đạo Viện',
  bi_thu: 'Ban Thường vụ',
  hieu_truong: 'Ban Giám hiệu',
  tong_bien_tap: 'Ban Biên tập',
  truong_phong: 'Lãnh đạo Phòng',
};

/** Bodies whose structure is not the usual one of their kind. */
const SPECIAL: Record<string, string[]> = {
  vpubnd: ['Phòng Hành chính - Tổ chức', 'Phòng Tổng hợp', 'Phòng Kinh tế - Ngành', 'Phòng Văn xã', 'Phòng Nội chính', 'Ban Tiếp công dân tỉnh'],
  thanhtra: ['Văn phòng', 'Phòng Thanh tra, giải quyết khiếu nại, tố cáo', 'Phòng Phòng, chống tham nhũng', 'Phòng Giám sát, kiểm tra và xử lý sau thanh tra'],
  congan: ['Phòng Tham mưu', 'Phòng Cảnh sát giao thông', 'Phòng Cảnh sát hình sự', 'Phòng Quản lý xuất nhập cảnh', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội'],
  bchqs: ['Phòng Tham mưu', 'Phòng Chính trị', 'Phòng Hậu cần - Kỹ thuật'],
  bdbp: ['Phòng Tham mưu', 'Phòng Chính trị', 'Phòng Trinh sát', 'Phòng Phòng, chống ma túy và tội phạm'],
  toaan: ['Văn phòng', 'Tòa Hình sự', 'Tòa Dân sự', 'Tòa Hành chính', 'Tòa Kinh tế', 'Tòa Gia đình và người chưa thành niên'],
  vienkiemsat: ['Văn phòng', 'Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự', 'Phòng Kiểm sát việc giải quyết các vụ, việc dân sự', 'Phòng Kiểm sát thi hành án dân sự'],
  cucthue: ['Văn phòng', 'Phòng Tổ chức cán bộ', 'Phòng Kê khai và Kế toán thuế', 'Phòng Thanh tra - Kiểm tra thuế', 'Phòng Quản lý hộ kinh doanh, cá nhân và thu khác'],
  haiquan: ['Văn phòng', 'Phòng Nghiệp vụ', 'Chi cục Hải quan cửa khẩu Móng Cái', 'Chi cục Hải quan cửa khẩu cảng Cái Lân', 'Đội Kiểm soát hải quan'],
  tinhuy: ['Phòng Tổng hợp', 'Phòng Hành chính - Lưu trữ', 'Phòng Quản trị - Tài vụ', 'Phòng Tài chính Đảng'],
  hdnd: ['Phòng Công tác Quốc hội', 'Phòng Công tác Hội đồng nhân dân', 'Phòng Hành chính - Tổ chức - Quản trị'],
};

const BY_KIND: Record<string, string[]> = {
  department: ['Văn phòng', 'Thanh tra', 'Phòng Kế hoạch - Tài chính'],
  board: ['Văn phòng', 'Phòng Kế hoạch - Tổng hợp', 'Phòng Kỹ thuật - Thẩm định', 'Phòng Quản lý dự án'],
  sector: ['Văn phòng', 'Phòng Tổ chức cán bộ', 'Phòng Nghiệp vụ', 'Phòng Thanh tra - Kiểm tra'],
  council: ['Phòng Tổng hợp', 'Phòng Hành chính - Tổ chức - Quản trị'],
  organisation: ['Văn phòng', 'Ban Tổ chức - Kiểm tra', 'Ban Tuyên giáo', 'Ban Phong trào'],
  unit: ['Phòng Hành chính - Tổng hợp', 'Phòng Chuyên môn - Nghiệp vụ'],
  editorial: ['Tổ Thư ký', 'Bộ phận Biên tập nội dung', 'Bộ phận Kỹ thuật, quản trị hệ thống'],
  province: ['Văn phòng UBND tỉnh', 'Các cơ quan chuyên môn thuộc UBND tỉnh', 'Các đơn vị sự nghiệp thuộc UBND tỉnh', 'UBND các huyện, thị xã, thành phố'],
};

/** Extra boxes a level-3 unit has, by the first word of its name. */
const UNIT_EXTRA: Array<[RegExp, string[]]> = [
  [/^Bệnh viện/u, ['Phòng Kế hoạch tổng hợp', 'Khoa Khám bệnh', 'Khoa Hồi sức tích cực - Chống độc', 'Khoa Nội tổng hợp']],
  [/^Trường/u, ['Tổ Toán - Tin học', 'Tổ Ngữ văn', 'Tổ Ngoại ngữ']],
  [/^Báo/u, ['Ban Thư ký tòa soạn', 'Ban Thời sự']],
  [/^Trung tâm Kiểm soát bệnh tật/u, ['Khoa Phòng, chống bệnh truyền nhiễm', 'Khoa Xét nghiệm']],
];

const DESCRIPTIONS: Record<string, string> = {
  'Văn phòng': 'Tham mưu công tác tổng hợp, hành chính, văn thư, lưu trữ, quản trị và tài vụ của cơ quan.',
  'Thanh tra': 'Thanh tra hành chính, thanh tra chuyên ngành; tiếp công dân, giải quyết khiếu nại, tố cáo theo thẩm quyền.',
  'Phòng Kế hoạch - Tài chính': 'Tham mưu công tác kế hoạch, tài chính, quản lý tài sản và đầu tư của cơ quan.',
  'Phòng Tổ chức cán bộ': 'Tham mưu công tác tổ chức bộ máy, quản lý cán bộ, công chức, viên chức và đào tạo, bồi dưỡng.',
  'Phòng Hành chính - Tổng hợp': 'Thực hiện công tác hành chính, tổ chức, tổng hợp, văn thư, lưu trữ và tài chính, kế toán.',
  'Phòng Chuyên môn - Nghiệp vụ': 'Tổ chức thực hiện các nhiệm vụ chuyên môn, nghiệp vụ được giao.',
  'Văn phòng HĐND và UBND': 'Tham mưu tổng hợp, phục vụ hoạt động của Hội đồng nhân dân và Ủy ban nhân dân; kiểm soát thủ tục hành chính.',
  'Văn phòng UBND tỉnh': 'Tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt động chung và phục vụ sự chỉ đạo, điều hành.',
  'Các cơ quan chuyên môn thuộc UBND tỉnh': 'Các sở và cơ quan ngang sở tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước theo ngành, lĩnh vực.',
  'Các đơn vị sự nghiệp thuộc UBND tỉnh': 'Các đơn vị cung cấp dịch vụ sự nghiệp công trực thuộc Ủy ban nhân dân tỉnh.',
  'UBND các huyện, thị xã, thành phố': 'Chính quyền cấp huyện chịu sự chỉ đạo, điều hành trực tiếp của Ủy ban nhân dân tỉnh.',
};

function districtDivisions(body: Body): string[] {
  const urban = body.district?.type !== 'huyện';
  return [
    'Văn phòng HĐND và UBND', 'Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Phòng Tài nguyên và Môi trường',
    urban ? 'Phòng Quản lý đô thị' : 'Phòng Kinh tế và Hạ tầng', 'Phòng Văn hóa và Thông tin', 'Phòng Giáo dục và Đào tạo',
  ];
}

function divisionsOf(body: Body): string[] {
  const { portal } = body;
  if (portal.kind === 'province') return BY_KIND.province!;
  if (portal.level === 1) return [...BY_KIND.editorial!, ...(portal.language === 'vi' ? [] : ['Bộ phận Biên dịch'])];
  if (portal.kind === 'district') return districtDivisions(body);
  const special = SPECIAL[portal.code];
  if (special) return special;
  const extra = portal.level === 3 ? (UNIT_EXTRA.find(([pattern]) => pattern.test(portal.name))?.[1] ?? []) : (body.info.divisions ?? []);
  return [...(BY_KIND[portal.kind] ?? BY_KIND.unit!), ...extra];
}

function rootName(body: Body): string {
  if (body.portal.kind === 'province') return 'Lãnh đạo Ủy ban nhân dân tỉnh';
  if (body.portal.kind === 'district' && body.district) return `Lãnh đạo UBND ${body.district.type}`;
  return LEADERSHIP[body.head];
}

/**
 * The organisation chart of a body: a leadership box, its divisions and the
 * level-3 units under it (`subUnits`), at most 8 boxes. Communes have none:
 * their profile says who they are.
 */
export function orgChart(body: Body, subUnits: readonly string[] = []): UnitSeed[] {
  if (body.portal.kind === 'commune') return [];
  const rnd = createRandom(hashString(`${body.portal.code}:units`));
  const root: UnitSeed = { key: slugOf(rootName(body), 40), name: rootName(body) };
  const children = [...divisionsOf(body), ...subUnits].slice(0, 7);
  const used = new Set([root.key]);
  const units = [root];
  children.forEach((name, i) => {
    let key = slugOf(name, 38);
    for (let n = 2; used.has(key); n += 1) key = `${slugOf(name, 36)}-${n}`;
    used.add(key);
    const subUnit = subUnits.includes(name);
    units.push({
      key,
      name,
      parentKey: root.key,
      // The province's boxes group many bodies: they have no single head.
      ...(body.portal.kind === 'province' ? {} : { head: personName(rnd, false).full }),
      description: subUnit ? 'Đơn vị sự nghiệp trực thuộc, có tư cách pháp nhân, con dấu và tài khoản riêng.' : (DESCRIPTIONS[name] ?? `Thực hiện các nhiệm vụ thuộc chức năng của ${name} theo phân công của lãnh đạo cơ quan.`),
      phone: landline(hashString(`${body.portal.code}/${i}`)),
    });
  });
  return units;
}
