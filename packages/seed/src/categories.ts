export interface CategorySeed {
  slug: string;
  name: string;
  description: string;
  /** Owner portal; absent for the categories every Vietnamese portal shares. */
  portal?: string;
}

export const CATEGORIES: CategorySeed[] = [
  { slug: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện', description: 'Tin hoạt động của các cơ quan, đơn vị và địa phương.' },
  { slug: 'chi-dao-dieu-hanh', name: 'Chỉ đạo - Điều hành', description: 'Ý kiến chỉ đạo, điều hành của lãnh đạo các cấp.' },
  { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính', description: 'Cải cách thủ tục hành chính và chuyển đổi số.' },
  { slug: 'kinh-te-xa-hoi', name: 'Kinh tế - Xã hội', description: 'Tình hình phát triển kinh tế - xã hội.' },
  { slug: 'van-hoa-du-lich', name: 'Văn hóa - Du lịch', description: 'Hoạt động văn hóa, thể thao và du lịch.' },
  { slug: 'thong-bao', name: 'Thông báo', description: 'Thông báo của cơ quan, đơn vị.' },
  { slug: 'news', name: 'News', description: 'News from Quang Ninh province.', portal: 'english' },
  { slug: 'investment', name: 'Investment', description: 'Investment and business environment.', portal: 'english' },
  { slug: 'xinwen', name: '新闻', description: '广宁省新闻。', portal: 'chinese' },
  { slug: 'touzi', name: '投资', description: '投资环境与商机。', portal: 'chinese' },
];

/** Which categories a portal's sample articles use. */
export function categoriesFor(language: 'vi' | 'en' | 'zh'): string[] {
  if (language === 'en') return ['news', 'investment'];
  if (language === 'zh') return ['xinwen', 'touzi'];
  return CATEGORIES.filter((c) => !c.portal).map((c) => c.slug);
}
