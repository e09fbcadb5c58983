/** Free pages ("Giới thiệu chung", "Sơ đồ cổng thông tin") and site-wide notice banners. */
import type { BlockNode } from '@qn/content';
import type { AgencySeed } from './agencies.ts';
import { PROVINCE_EN, PROVINCE_ZH } from './agency-texts.ts';
import type { NoticeLevel } from './enums.ts';
import { addDays, bulletList, heading, paragraphs, startOfDay, viDate } from './text.ts';

export interface PageSeed {
  portal: string;
  title: string;
  slug: string;
  summary: string;
  body: BlockNode[];
  order: number;
  inMenu: boolean;
}

export interface NoticeSeed {
  /** Null: shown on every portal. */
  portal: string | null;
  message: string;
  level: NoticeLevel;
  startsAt: string;
  endsAt: string;
  link?: string;
}

const SITE_MAP = [
  'Trang chủ',
  'Giới thiệu: giới thiệu chung, cơ cấu tổ chức, lãnh đạo, thông tin liên hệ',
  'Tin tức - Sự kiện',
  'Văn bản: văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành',
  'Chiến lược, định hướng, quy hoạch, kế hoạch',
  'Công khai thông tin: ngân sách, mua sắm công, đầu tư công, số liệu thống kê',
  'Lấy ý kiến dự thảo văn bản',
  'Tuyển dụng',
  'Hỏi đáp, tiếp nhận phản ánh, kiến nghị',
  'Tìm kiếm',
];

function aboutPage(agency: AgencySeed): PageSeed {
  const lines = agency.introduction;
  const body: BlockNode[] = [...paragraphs(...lines)];
  if (agency.functions) body.push(heading('Chức năng, nhiệm vụ'), bulletList(agency.functions));
  if (agency.profile) body.push(heading('Lịch sử hình thành'), ...paragraphs(...agency.profile.history), heading('Văn hóa'), ...paragraphs(...agency.profile.culture));
  return { portal: agency.portal, title: 'Giới thiệu chung', slug: 'gioi-thieu-chung', summary: lines[0] ?? agency.name, body, order: 1, inMenu: true };
}

/** Every portal has its "About" page; the level-1 Vietnamese portals also a site map. */
export function generatePages(agency: AgencySeed, portalName: string, level: number, language: 'vi' | 'en' | 'zh'): PageSeed[] {
  if (language === 'en') {
    return [{ portal: agency.portal, title: 'About Quang Ninh', slug: 'about', summary: PROVINCE_EN.split('. ')[0] ?? PROVINCE_EN, body: paragraphs(PROVINCE_EN), order: 1, inMenu: true }];
  }
  if (language === 'zh') {
    return [{ portal: agency.portal, title: '广宁概况', slug: 'guangning-gaikuang', summary: PROVINCE_ZH.split('。')[0] ?? PROVINCE_ZH, body: paragraphs(PROVINCE_ZH), order: 1, inMenu: true }];
  }
  const pages = [aboutPage(agency)];
  if (level === 1) {
    pages.push({
      portal: agency.portal,
      title: 'Sơ đồ cổng thông tin',
      slug: 'so-do-cong-thong-tin',
      summary: `Các chuyên mục chính của ${portalName}.`,
      body: [...paragraphs('Cổng thông tin gồm các chuyên mục chính sau:'), bulletList(SITE_MAP)],
      order: 9,
      inMenu: false,
    });
  }
  return pages;
}

/** 08:00 in Viet Nam (UTC+7) on the day of `date`. */
function morning(date: Date): Date {
  return new Date(startOfDay(date).getTime() + 3_600_000);
}

/**
 * One planned-maintenance banner for every portal, announced five days
 * ahead, and a few banners of single portals.
 */
export function generateNotices(now: Date): NoticeSeed[] {
  const day = addDays(startOfDay(now), 5);
  // 22:00 to 02:00 in Viet Nam is 15:00 to 19:00 UTC.
  const downFrom = new Date(day.getTime() + 15 * 3_600_000);
  const downTo = new Date(day.getTime() + 19 * 3_600_000);
  return [
    {
      portal: null,
      level: 'warning',
      message: `Hệ thống Cổng thông tin điện tử tỉnh Quảng Ninh sẽ tạm dừng hoạt động để bảo trì, nâng cấp từ 22h00 ngày ${viDate(downFrom)} đến 02h00 ngày ${viDate(addDays(day, 1))}. Trong thời gian này, bạn đọc có thể không truy cập được một số chức năng. Xin cảm ơn!`,
      startsAt: morning(addDays(now, -1)).toISOString(),
      endsAt: downTo.toISOString(),
    },
    {
      portal: 'halong',
      level: 'info',
      message: 'Chủ tịch UBND thành phố Hạ Long tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân thành phố; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.',
      startsAt: morning(addDays(now, -3)).toISOString(),
      endsAt: morning(addDays(now, 30)).toISOString(),
    },
    {
      portal: 'soyte',
      level: 'warning',
      message: 'Khuyến cáo phòng, chống sốt xuất huyết: người dân chủ động diệt lăng quăng, bọ gậy; khi có biểu hiện sốt cao cần đến cơ sở y tế gần nhất để được khám và điều trị kịp thời.',
      startsAt: morning(addDays(now, -2)).toISOString(),
      endsAt: morning(addDays(now, 45)).toISOString(),
    },
    {
      portal: 'dulich',
      level: 'info',
      message: 'Du khách tham quan vịnh Hạ Long có thể mua vé điện tử và tra cứu lịch trình các tuyến tham quan trên Cổng thông tin Du lịch Quảng Ninh.',
      startsAt: morning(addDays(now, -7)).toISOString(),
      endsAt: morning(addDays(now, 60)).toISOString(),
    },
  ];
}
