/** Vietnamese personal names, home towns and qualifications for the sample leaders. */
import type { LegalField } from './enums.ts';
import type { Random } from './random.ts';
import { ascii } from './text.ts';

const SURNAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô',
  'Dương', 'Đinh', 'Phan', 'Lương', 'Hà', 'Cao', 'Tô', 'Đoàn',
];
/** Common among the Tày, Dao and Sán Chỉ of the mountain districts. */
const HIGHLAND_SURNAMES = ['Hoàng', 'Nông', 'Vi', 'Lục', 'Triệu', 'Bàn', 'Chíu', 'Lý', 'Lăng', 'Tằng'];
const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Tiến', 'Xuân', 'Mạnh', 'Thanh', 'Ngọc', 'Trọng', 'Công', 'Duy', 'Hồng', 'Việt'];
const FEMALE_MIDDLE = ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Thị Thu', 'Thị Thanh', 'Phương', 'Thúy'];
const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Thắng', 'Cường', 'Long', 'Hải', 'Sơn', 'Hiếu', 'Khánh', 'Bình', 'Hòa', 'Quân', 'Trung', 'Thành', 'Nam',
  'Phong', 'Tùng', 'Đạt', 'Hưng', 'Vinh', 'Kiên', 'Toàn', 'Tâm', 'Huy', 'Lâm', 'Chiến', 'Tiến',
];
const FEMALE_GIVEN = ['Lan', 'Hương', 'Hằng', 'Hạnh', 'Thảo', 'Trang', 'Nga', 'Hà', 'Thủy', 'Yến', 'Huyền', 'Mai', 'Loan', 'Nhung', 'Phượng', 'Hoa', 'Dung', 'Vân'];

export interface PersonName {
  full: string;
  /** "Ông" or "Bà", as Vietnamese bios refer to a person. */
  honorific: 'Ông' | 'Bà';
  /** The official mailbox name: given name then initials, "hungnv". */
  mailbox: string;
}

export function personName(rnd: Random, highland = false): PersonName {
  const female = rnd.next() < 0.3;
  const surname = highland && rnd.next() < 0.6 ? rnd.pick(HIGHLAND_SURNAMES) : rnd.pick(SURNAMES);
  const middle = rnd.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = rnd.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  const initials = [surname, ...middle.split(' ')].map((word) => ascii(word).charAt(0).toLowerCase()).join('');
  return { full: `${surname} ${middle} ${given}`, honorific: female ? 'Bà' : 'Ông', mailbox: `${ascii(given).toLowerCase()}${initials}` };
}

export const HOMETOWNS = [
  'xã Hoàng Tân, thị xã Quảng Yên, tỉnh Quảng Ninh',
  'phường Mạo Khê, thị xã Đông Triều, tỉnh Quảng Ninh',
  'xã Hải Xuân, thành phố Móng Cái, tỉnh Quảng Ninh',
  'phường Cẩm Trung, thành phố Cẩm Phả, tỉnh Quảng Ninh',
  'xã Quảng Long, huyện Hải Hà, tỉnh Quảng Ninh',
  'xã Đông Xá, huyện Vân Đồn, tỉnh Quảng Ninh',
  'phường Quang Trung, thành phố Uông Bí, tỉnh Quảng Ninh',
  'xã Đồng Tâm, huyện Bình Liêu, tỉnh Quảng Ninh',
  'xã Thống Nhất, thành phố Hạ Long, tỉnh Quảng Ninh',
  'huyện Kiến Thụy, thành phố Hải Phòng',
  'huyện Thủy Nguyên, thành phố Hải Phòng',
  'huyện Nam Trực, tỉnh Nam Định',
  'huyện Thái Thụy, tỉnh Thái Bình',
  'huyện Gia Lộc, tỉnh Hải Dương',
  'huyện Kim Sơn, tỉnh Ninh Bình',
  'huyện Khoái Châu, tỉnh Hưng Yên',
];

const DEGREES: Partial<Record<LegalField, string[]>> = {
  y_te: ['Bác sĩ chuyên khoa II', 'Tiến sĩ Y học', 'Thạc sĩ Y tế công cộng'],
  giao_duc: ['Thạc sĩ Quản lý giáo dục', 'Thạc sĩ Lý luận và phương pháp dạy học'],
  quoc_phong_an_ninh: ['Cử nhân Khoa học quân sự', 'Thạc sĩ Luật', 'Cử nhân An ninh nhân dân'],
  tu_phap: ['Thạc sĩ Luật', 'Cử nhân Luật'],
  xay_dung: ['Kỹ sư Xây dựng', 'Thạc sĩ Kỹ thuật xây dựng', 'Kiến trúc sư'],
  giao_thong: ['Kỹ sư Cầu đường', 'Thạc sĩ Kỹ thuật xây dựng công trình giao thông'],
  nong_nghiep: ['Kỹ sư Nông nghiệp', 'Thạc sĩ Khoa học cây trồng', 'Kỹ sư Lâm nghiệp'],
  tai_chinh: ['Thạc sĩ Tài chính - Ngân hàng', 'Cử nhân Kế toán', 'Thạc sĩ Kinh tế'],
  thong_tin_truyen_thong: ['Thạc sĩ Báo chí học', 'Kỹ sư Công nghệ thông tin'],
};
const GENERAL_DEGREES = ['Thạc sĩ Quản lý kinh tế', 'Thạc sĩ Quản lý công', 'Cử nhân Kinh tế', 'Thạc sĩ Luật', 'Tiến sĩ Kinh tế', 'Kỹ sư Khai thác mỏ', 'Cử nhân Hành chính'];

export function degreeFor(rnd: Random, field: LegalField): string {
  const own = DEGREES[field];
  return own && rnd.next() < 0.7 ? rnd.pick(own) : rnd.pick(GENERAL_DEGREES);
}
