/**
 * Readers' questions a body has answered and published (Hỏi đáp), written
 * from what people in Quảng Ninh ask their People's Committees and
 * departments: land titles, social insurance, school places, household
 * businesses, permits. The askers' names and contact details are seeded as
 * the CMS would hold them (private fields) so privacy is testable.
 */
import type { EnumValue } from '@qn/content';
import type { Body } from './bodies.ts';
import { personName } from './names.ts';
import { createRandom, hashString } from './random.ts';
import { addDays, ascii, slugOf, startOfDay } from './text.ts';

export interface QuestionSeed {
  portal: string;
  title: string;
  slug: string;
  field: EnumValue<'legalField'>;
  question: string;
  askedAt: string;
  body: string[];
  answeredBy: string;
  answeredAt: string;
  askerName: string;
  askerEmail: string;
  askerPhone: string;
  trackingCode: string;
}

interface Template {
  field: EnumValue<'legalField'>;
  title: string;
  question: (place: string) => string;
  answer: (body: Body) => string[];
}

const TEMPLATES: readonly Template[] = [
  {
    field: 'dat_dai',
    title: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu',
    question: (place) =>
      `Gia đình tôi ở ${place} sử dụng ổn định một thửa đất ở từ năm 1998, không có tranh chấp nhưng chưa được cấp giấy chứng nhận. Xin hỏi hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu gồm những gì và nộp ở đâu?`,
    answer: (body) => [
      'Theo Luật Đất đai năm 2024, hộ gia đình sử dụng đất ổn định, không có tranh chấp, phù hợp quy hoạch được xem xét cấp giấy chứng nhận quyền sử dụng đất.',
      'Hồ sơ gồm: đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu; giấy tờ về quyền sử dụng đất (nếu có); chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ liên quan đến miễn, giảm (nếu có).',
      `Ông (bà) nộp hồ sơ tại Trung tâm Phục vụ hành chính công hoặc bộ phận một cửa của ${body.shortName}, hoặc nộp trực tuyến trên Cổng dịch vụ công quốc gia.`,
    ],
  },
  {
    field: 'lao_dong_xa_hoi',
    title: 'Điều kiện hưởng trợ cấp xã hội hằng tháng đối với người cao tuổi',
    question: (place) =>
      `Mẹ tôi năm nay 80 tuổi, sống tại ${place}, không có lương hưu hay trợ cấp bảo hiểm xã hội. Xin hỏi mẹ tôi có được hưởng trợ cấp xã hội hằng tháng không và thủ tục như thế nào?`,
    answer: (body) => [
      'Theo Nghị định số 20/2021/NĐ-CP, người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thuộc diện được hưởng trợ cấp xã hội hằng tháng.',
      'Gia đình lập tờ khai theo mẫu, kèm bản sao căn cước của người cao tuổi, nộp tại Ủy ban nhân dân cấp xã nơi cư trú.',
      `Mọi vướng mắc, ông (bà) liên hệ ${body.shortName} qua số điện thoại ${body.contact.phone} trong giờ hành chính để được hướng dẫn.`,
    ],
  },
  {
    field: 'giao_duc',
    title: 'Tuyển sinh vào lớp 1 cho trẻ có hộ khẩu tạm trú',
    question: (place) =>
      `Gia đình tôi đăng ký tạm trú tại ${place} được hai năm. Con tôi năm nay vào lớp 1 thì có được học tại trường tiểu học trên địa bàn không, hồ sơ cần những gì?`,
    answer: (body) => [
      'Trẻ em trong độ tuổi vào lớp 1 cư trú trên địa bàn, kể cả tạm trú, được tuyển vào trường tiểu học theo tuyến tuyển sinh do Ủy ban nhân dân cấp xã quy định.',
      'Hồ sơ gồm đơn đăng ký nhập học và bản sao giấy khai sinh; thông tin cư trú được nhà trường tra cứu trên Cơ sở dữ liệu quốc gia về dân cư.',
      `${body.shortName} thông báo kế hoạch tuyển sinh trên cổng thông tin điện tử trước ngày 15 tháng 6 hằng năm.`,
    ],
  },
  {
    field: 'cong_thuong',
    title: 'Đăng ký hộ kinh doanh bán hàng tạp hóa',
    question: (place) =>
      `Tôi muốn mở cửa hàng tạp hóa nhỏ tại nhà ở ${place}. Xin hỏi tôi có phải đăng ký hộ kinh doanh không, lệ phí bao nhiêu và bao lâu thì được cấp giấy?`,
    answer: (body) => [
      'Cá nhân kinh doanh thường xuyên tại một địa điểm cố định phải đăng ký hộ kinh doanh theo Nghị định số 01/2021/NĐ-CP.',
      'Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản sao giấy tờ pháp lý của chủ hộ. Giấy chứng nhận được cấp trong 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
      `Lệ phí thực hiện theo nghị quyết của Hội đồng nhân dân tỉnh; nộp hồ sơ trực tuyến được giảm lệ phí. Chi tiết xem tại bộ phận một cửa của ${body.shortName}.`,
    ],
  },
  {
    field: 'xay_dung',
    title: 'Sửa chữa nhà ở riêng lẻ có phải xin giấy phép xây dựng',
    question: (place) =>
      `Nhà tôi ở ${place} là nhà cấp bốn, nay tôi muốn thay mái tôn và lát lại nền, không thay đổi kết cấu chịu lực. Xin hỏi tôi có phải xin giấy phép xây dựng không?`,
    answer: () => [
      'Theo khoản 2 Điều 89 Luật Xây dựng, sửa chữa, cải tạo bên trong công trình hoặc bên ngoài không tiếp giáp đường trong đô thị, không làm thay đổi kết cấu chịu lực, công năng sử dụng thì được miễn giấy phép xây dựng.',
      'Trường hợp của ông (bà) thuộc diện được miễn giấy phép; tuy nhiên cần bảo đảm an toàn, vệ sinh môi trường và không ảnh hưởng đến các hộ liền kề trong quá trình thi công.',
    ],
  },
  {
    field: 'y_te',
    title: 'Cấp lại thẻ bảo hiểm y tế bị mất',
    question: (place) => `Tôi ở ${place}, bị mất thẻ bảo hiểm y tế hộ gia đình. Xin hỏi thủ tục cấp lại thẻ và trong thời gian chờ tôi khám bệnh bằng gì?`,
    answer: () => [
      'Người tham gia bảo hiểm y tế có thể dùng ứng dụng VssID hoặc căn cước gắn chip để khám, chữa bệnh mà không cần thẻ giấy.',
      'Trường hợp cần thẻ giấy, ông (bà) nộp tờ khai đề nghị cấp lại tại cơ quan bảo hiểm xã hội cấp huyện hoặc qua Cổng dịch vụ công quốc gia; thẻ được cấp lại trong 03 ngày làm việc.',
    ],
  },
  {
    field: 'tu_phap',
    title: 'Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn',
    question: (place) => `Vợ chồng tôi sống chung tại ${place} nhưng chưa đăng ký kết hôn, nay sinh con. Xin hỏi có được đăng ký khai sinh cho cháu ghi đủ tên bố không?`,
    answer: (body) => [
      'Theo Luật Hộ tịch, trường hợp cha mẹ chưa đăng ký kết hôn, Ủy ban nhân dân cấp xã kết hợp giải quyết đăng ký khai sinh và nhận cha con trong cùng một thủ tục.',
      `Ông (bà) mang theo giấy chứng sinh và chứng cứ chứng minh quan hệ cha con (nếu có) đến bộ phận một cửa của ${body.shortName} hoặc nộp trực tuyến.`,
    ],
  },
  {
    field: 'tai_nguyen_moi_truong',
    title: 'Phản ánh về thu gom rác thải sinh hoạt',
    question: (place) => `Khu dân cư chúng tôi tại ${place} thời gian gần đây xe thu gom rác đến không đúng lịch, rác tồn đọng nhiều ngày. Đề nghị cơ quan chức năng kiểm tra, xử lý.`,
    answer: (body) => [
      `Tiếp nhận phản ánh, ${body.shortName} đã làm việc với đơn vị thu gom và yêu cầu bố trí lại lịch thu gom hằng ngày, từ 17 giờ đến 21 giờ.`,
      'Đề nghị các hộ gia đình để rác đúng nơi quy định và phản ánh ngay qua đường dây nóng nếu tình trạng tiếp diễn.',
    ],
  },
];

/** Where askers of province-wide and district bodies live. */
const PLACES = [
  'phường Hồng Hải, thành phố Hạ Long',
  'phường Bãi Cháy, thành phố Hạ Long',
  'phường Cẩm Trung, thành phố Cẩm Phả',
  'phường Quang Trung, thành phố Uông Bí',
  'phường Trần Phú, thành phố Móng Cái',
  'xã Đồng Tâm, huyện Bình Liêu',
  'thị trấn Tiên Yên, huyện Tiên Yên',
  'phường Mạo Khê, thị xã Đông Triều',
];

/** How many questions a body has answered publicly: the larger bodies more, one level-3 portal in four one. */
function countFor(body: Body, slot: number): number {
  if (body.portal.language !== 'vi') return 0;
  if (body.portal.level === 1) return 4;
  if (body.portal.level === 2) return 2;
  return slot % 4 === 1 ? 1 : 0;
}

/** A code like the public service's: 10 characters without look-alikes (0/O, 1/I/L). */
function trackingCode(rnd: ReturnType<typeof createRandom>): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  return Array.from({ length: 10 }, () => alphabet[rnd.int(0, alphabet.length - 1)]).join('');
}

export function generateQuestions(body: Body, now: Date, slot: number): QuestionSeed[] {
  const count = countFor(body, slot);
  if (count === 0) return [];
  const rnd = createRandom(hashString(`${body.portal.code}:questions`));
  const place = body.communePlace ? body.name.replace(/^Ủy ban nhân dân\s+/u, '') : rnd.pick(PLACES);
  const start = rnd.int(0, TEMPLATES.length - 1);
  return Array.from({ length: count }, (_, i) => {
    const template = TEMPLATES[(start + i) % TEMPLATES.length]!;
    const asked = addDays(startOfDay(now), -rnd.int(20, 200));
    const answered = addDays(asked, rnd.int(3, 15));
    const name = personName(rnd);
    const handle = ascii(name.full).toLowerCase().replace(/[^a-z]+/g, '.');
    return {
      portal: body.portal.code,
      title: template.title,
      slug: slugOf(template.title, 150),
      field: template.field,
      question: template.question(place),
      askedAt: new Date(asked.getTime() + rnd.int(7, 21) * 3_600_000).toISOString(),
      body: template.answer(body),
      answeredBy: body.shortName,
      answeredAt: new Date(answered.getTime() + 3 * 3_600_000).toISOString(),
      askerName: name.full,
      askerEmail: `${handle}@example.vn`,
      askerPhone: `09${String(rnd.int(10_000_000, 99_999_999))}`,
      trackingCode: trackingCode(rnd),
    };
  });
}
