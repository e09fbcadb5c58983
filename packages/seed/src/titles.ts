/** Titles of the heads of Vietnamese bodies, with their English equivalents. */
export const TITLES = {
  chu_tich: { vi: 'Chủ tịch', en: 'Chairperson', deputyEn: 'Vice Chairperson' },
  giam_doc: { vi: 'Giám đốc', en: 'Director', deputyEn: 'Deputy Director' },
  truong_ban: { vi: 'Trưởng ban', en: 'Head', deputyEn: 'Deputy Head' },
  chanh_van_phong: { vi: 'Chánh Văn phòng', en: 'Chief of Office', deputyEn: 'Deputy Chief of Office' },
  chanh_thanh_tra: { vi: 'Chánh Thanh tra', en: 'Chief Inspector', deputyEn: 'Deputy Chief Inspector' },
  cuc_truong: { vi: 'Cục trưởng', en: 'Director', deputyEn: 'Deputy Director' },
  chi_cuc_truong: { vi: 'Chi cục trưởng', en: 'Head', deputyEn: 'Deputy Head' },
  chi_huy_truong: { vi: 'Chỉ huy trưởng', en: 'Commander', deputyEn: 'Deputy Commander' },
  chanh_an: { vi: 'Chánh án', en: 'Chief Judge', deputyEn: 'Deputy Chief Judge' },
  vien_truong_vks: { vi: 'Viện trưởng', en: 'Chief Procurator', deputyEn: 'Deputy Chief Procurator' },
  vien_truong: { vi: 'Viện trưởng', en: 'Director', deputyEn: 'Deputy Director' },
  bi_thu: { vi: 'Bí thư', en: 'Secretary', deputyEn: 'Deputy Secretary' },
  hieu_truong: { vi: 'Hiệu trưởng', en: 'Principal', deputyEn: 'Vice Principal' },
  tong_bien_tap: { vi: 'Tổng Biên tập', en: 'Editor-in-Chief', deputyEn: 'Deputy Editor-in-Chief' },
  truong_phong: { vi: 'Trưởng phòng', en: 'Head', deputyEn: 'Deputy Head' },
} as const;
export type TitleKey = keyof typeof TITLES;

/** The usual head of a level-3 unit, read from the first words of its name. */
export function unitHead(name: string): TitleKey {
  if (name.startsWith('Chi cục')) return 'chi_cuc_truong';
  if (name.startsWith('Trường')) return 'hieu_truong';
  if (name.startsWith('Ban')) return 'truong_ban';
  if (name.startsWith('Phòng')) return 'truong_phong';
  if (name.startsWith('Viện')) return 'vien_truong';
  if (name.startsWith('Báo')) return 'tong_bien_tap';
  return 'giam_doc';
}
