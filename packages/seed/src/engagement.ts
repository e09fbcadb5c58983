/** Recruitment notices and drafts published for public comment (open or closed relative to `now`). */
import type { Body } from './bodies.ts';
import { WORKS } from './legal-documents.ts';
import type { UnitSeed } from './org-charts.ts';
import { fiveYearPeriod } from './publications.ts';
import { createRandom, hashString } from './random.ts';
import { addDays, lowerFirst, slugOf, startOfDay, viDate } from './text.ts';

export interface RecruitmentSeed {
  portal: string;
  title: string;
  slug: string;
  positions: number;
  deadline: string;
  summary: string;
  body: string[];
}

export interface ConsultationSeed {
  portal: string;
  title: string;
  slug: string;
  opensAt: string;
  closesAt: string;
  summary: string;
  body: string[];
  commentEmail: string;
}

/** Some bodies are recruiting: a third of the level-1 and level-2 bodies and of the level-3 units. */
export function generateRecruitments(body: Body, units: readonly UnitSeed[], now: Date, slot: number): RecruitmentSeed[] {
  const { portal } = body;
  // Communes and the portals' editorial boards recruit through their parent bodies.
  if (portal.language !== 'vi' || slot % 3 !== 0 || portal.kind === 'commune' || portal.kind === 'tourism' || portal.kind === 'business') return [];
  const rnd = createRandom(hashString(`${portal.code}:recruitment`));
  const year = now.getUTCFullYear();
  const civilServants = portal.level < 3 && (portal.kind === 'department' || portal.kind === 'province' || portal.kind === 'district');
  const staff = civilServants ? 'công chức' : portal.kind === 'organisation' ? 'lao động hợp đồng' : 'viên chức';
  const positions = portal.level === 3 ? rnd.int(1, 6) : rnd.int(2, 12);
  const opens = addDays(startOfDay(now), -rnd.int(5, 40));
  const deadline = addDays(opens, 30);
  const title = `Thông báo tuyển dụng ${staff} năm ${year}`;
  const roles = units.filter((u) => u.parentKey).slice(0, 3).map((u) => u.name);
  const law = civilServants ? 'Luật Cán bộ, công chức' : staff === 'viên chức' ? 'Luật Viên chức' : 'Bộ luật Lao động';
  return [
    {
      portal: portal.code,
      title,
      slug: slugOf(title, 150),
      positions,
      deadline: deadline.toISOString().slice(0, 10),
      summary: `${body.shortName} thông báo tuyển dụng ${positions} chỉ tiêu ${staff} năm ${year}; nhận phiếu đăng ký dự tuyển đến hết ngày ${viDate(deadline)}.`,
      body: [
        `1. Chỉ tiêu tuyển dụng: ${positions} chỉ tiêu${roles.length ? `, bố trí tại: ${roles.join('; ')}` : ''}.`,
        `2. Điều kiện đăng ký dự tuyển: người có đủ tiêu chuẩn, điều kiện theo quy định của ${law} và yêu cầu của vị trí việc làm cần tuyển.`,
        '3. Hồ sơ đăng ký: Phiếu đăng ký dự tuyển theo mẫu; bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí dự tuyển.',
        `4. Thời gian, địa điểm nhận phiếu: từ ngày ${viDate(opens)} đến hết ngày ${viDate(deadline)}, trong giờ hành chính, tại ${body.contact.address}.`,
        `5. Hình thức tuyển dụng: ${rnd.next() < 0.5 ? 'thi tuyển' : 'xét tuyển'}, thực hiện qua hai vòng theo quy định.`,
      ],
    },
  ];
}

function draftTitles(body: Body, year: number): string[] {
  const [p0, p1] = fiveYearPeriod(year);
  const rnd = createRandom(hashString(`${body.portal.code}:drafts`));
  const work = rnd.pick(WORKS).text;
  if (body.portal.kind === 'tourism' || body.portal.kind === 'business') {
    return [
      `Lấy ý kiến góp ý dự thảo Quy chế cung cấp, đăng tải thông tin trên ${body.portal.name}`,
      `Lấy ý kiến bạn đọc về dự thảo bố cục chuyên mục mới của ${body.portal.name}`,
    ];
  }
  if (body.portal.kind === 'commune') {
    const quarter = body.communeType === 'xã' ? 'các thôn' : 'các khu phố';
    return [
      `Lấy ý kiến Nhân dân về dự thảo phương án cải tạo, nâng cấp đường giao thông ${quarter} năm ${year}`,
      `Lấy ý kiến Nhân dân về dự thảo quy ước, hương ước của ${quarter}`,
    ];
  }
  return [
    `Lấy ý kiến góp ý dự thảo Kế hoạch ${work} giai đoạn ${p0} - ${p1}`,
    `Lấy ý kiến góp ý dự thảo Quy chế phối hợp trong công tác ${rnd.pick(WORKS.filter((w) => w.text !== work)).text}`,
  ];
}

/** A body's consultations, one per entry of `open`: open now (true) or already closed (false). */
export function generateConsultations(body: Body, now: Date, open: readonly boolean[]): ConsultationSeed[] {
  const { portal } = body;
  if (portal.language !== 'vi' || open.length === 0) return [];
  const rnd = createRandom(hashString(`${portal.code}:consultations`));
  const titles = draftTitles(body, now.getUTCFullYear());
  // 08:00 in Viet Nam (UTC+7).
  const at8 = (date: Date) => new Date(startOfDay(date).getTime() + 3_600_000);
  return open.map((isOpen, i) => {
    const opensAt = isOpen ? at8(addDays(now, -rnd.int(2, 20))) : at8(addDays(now, -rnd.int(75, 120)));
    const closesAt = isOpen ? at8(addDays(now, rnd.int(10, 45))) : addDays(opensAt, 30);
    const title = titles[i] ?? titles[0]!;
    return {
      portal: portal.code,
      title,
      slug: slugOf(title, 150),
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      summary: `${body.shortName} ${lowerFirst(title)}. Thời gian nhận ý kiến: từ ngày ${viDate(opensAt)} đến hết ngày ${viDate(closesAt)}.`,
      body: [
        `Thực hiện quy định về lấy ý kiến Nhân dân, ${body.name} công khai dự thảo để các cơ quan, tổ chức, doanh nghiệp và người dân tham gia góp ý.`,
        'Toàn văn dự thảo được niêm yết tại trụ sở cơ quan và đăng tải trên cổng thông tin điện tử.',
        `Ý kiến góp ý gửi bằng văn bản về ${body.contact.address} hoặc qua thư điện tử ${body.contact.email} trước khi hết thời hạn lấy ý kiến.`,
      ],
      commentEmail: body.contact.email,
    };
  });
}
