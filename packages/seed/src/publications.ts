/** Strategies, plans and programmes; budget, procurement, public investment and statistics disclosures. */
import { areaOf, isGovernment, type Body } from './bodies.ts';
import { viNumber } from './commune-profile.ts';
import { DISCLOSURE_TYPES, type DisclosureType, type PlanKind } from './enums.ts';
import { VI } from './phrases.ts';
import { createRandom, hashString, pickSome } from './random.ts';
import { lowerFirst, slugOf } from './text.ts';

export interface PlanSeed {
  portal: string;
  title: string;
  slug: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  summary: string;
  body: string[];
}

export interface DisclosureSeed {
  portal: string;
  title: string;
  slug: string;
  type: DisclosureType;
  year: number;
  quarter?: number;
  period: string;
  summary: string;
  body: string[];
}

/** The five-year period that contains `year`: 2026 → [2026, 2030]. */
export function fiveYearPeriod(year: number): [number, number] {
  const start = 2021 + 5 * Math.floor((year - 2021) / 5);
  return [start, start + 4];
}

/** The last quarter that has ended by `now`. */
export function lastQuarter(now: Date): { quarter: number; year: number } {
  const q = Math.floor(now.getUTCMonth() / 3);
  return q === 0 ? { quarter: 4, year: now.getUTCFullYear() - 1 } : { quarter: q, year: now.getUTCFullYear() };
}

type PlanTemplate = { kind: PlanKind; title: string; start: number; end: number; aim: string };

function planTemplates(body: Body, year: number): PlanTemplate[] {
  const [p0, p1] = fiveYearPeriod(year);
  const { kind } = body.portal;
  const templates: PlanTemplate[] = [
    { kind: 'plan', title: `Kế hoạch cải cách hành chính năm ${year}`, start: year, end: year, aim: 'nâng cao chất lượng phục vụ người dân và doanh nghiệp, cải thiện các chỉ số PAR INDEX và SIPAS' },
    { kind: 'plan', title: `Kế hoạch chuyển đổi số năm ${year}`, start: year, end: year, aim: 'phát triển chính quyền số, kinh tế số, xã hội số và đẩy mạnh thanh toán không dùng tiền mặt trong dịch vụ công' },
    { kind: 'programme', title: `Chương trình thực hành tiết kiệm, chống lãng phí năm ${year}`, start: year, end: year, aim: 'sử dụng hiệu quả ngân sách, tài sản công và thời gian lao động, phòng ngừa lãng phí' },
    { kind: 'project', title: `Đề án nâng cao chất lượng phục vụ người dân và doanh nghiệp giai đoạn ${p0} - ${p1}`, start: p0, end: p1, aim: 'nâng cao mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước' },
  ];
  if (body.portal.code === 'quangninh') {
    templates.unshift({ kind: 'master_plan', title: 'Quy hoạch tỉnh Quảng Ninh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050', start: 2021, end: 2030, aim: 'phát triển Quảng Ninh thành tỉnh dịch vụ, công nghiệp hiện đại, trung tâm du lịch quốc tế và cực tăng trưởng của khu vực phía Bắc' });
  }
  if (kind === 'district' || kind === 'commune') {
    templates.unshift({ kind: 'master_plan', title: `Quy hoạch chung xây dựng ${areaOf(body)} đến năm 2040`, start: p0, end: 2040, aim: 'định hướng phát triển không gian, hạ tầng kỹ thuật và hạ tầng xã hội, làm cơ sở quản lý đất đai và đầu tư xây dựng' });
    templates.push({ kind: 'plan', title: `Kế hoạch phát triển kinh tế - xã hội 5 năm ${p0} - ${p1}`, start: p0, end: p1, aim: 'tăng trưởng kinh tế nhanh, bền vững, nâng cao đời sống vật chất và tinh thần của Nhân dân' });
  }
  if (kind === 'department' || kind === 'board') {
    templates.push({ kind: 'strategy', title: `Chiến lược phát triển lĩnh vực ${body.info.topic} đến năm 2030, tầm nhìn đến năm 2045`, start: 2021, end: 2030, aim: `phát triển lĩnh vực ${body.info.topic} hiện đại, hiệu quả, đáp ứng yêu cầu phát triển của tỉnh` });
  }
  return templates;
}

/** `count` plans of a body (0–2), from the templates of its kind. */
export function generatePlans(body: Body, now: Date, count: number): PlanSeed[] {
  if (body.portal.language !== 'vi' || count === 0) return [];
  const rnd = createRandom(hashString(`${body.portal.code}:plans`));
  const year = now.getUTCFullYear();
  const templates = planTemplates(body, year);
  // Governments lead with their master plan; other bodies publish any of theirs.
  const chosen = isGovernment(body) ? [templates[0]!, ...pickSome(rnd, templates.slice(1), count - 1)] : pickSome(rnd, templates, count);
  const executors = body.portal.kind === 'commune' ? `Các bộ phận chuyên môn và ${body.communeType === 'xã' ? 'các thôn' : 'các khu phố'}` : `Các phòng, ban, đơn vị thuộc ${body.shortName}`;
  return chosen.map((t) => {
    const work = rnd.pick(VI.works);
    return {
      portal: body.portal.code,
      title: t.title,
      slug: slugOf(t.title, 150),
      kind: t.kind,
      startYear: t.start,
      endYear: t.end,
      summary: `${t.title} của ${body.shortName} xác định mục tiêu ${t.aim}.`,
      body: [
        `1. Mục tiêu: ${t.aim}; phấn đấu hoàn thành toàn diện các chỉ tiêu được giao ${t.start === t.end ? `trong năm ${t.start}` : `trong giai đoạn ${t.start} - ${t.end}`}.`,
        `2. Nhiệm vụ trọng tâm: rà soát, hoàn thiện cơ chế, chính sách; gắn với công tác ${work}; ứng dụng công nghệ số trong chỉ đạo, điều hành.`,
        '3. Giải pháp: tăng cường vai trò của người đứng đầu; bố trí nguồn lực phù hợp; đẩy mạnh thông tin, tuyên truyền để tạo đồng thuận trong Nhân dân.',
        `4. Tổ chức thực hiện: ${lowerFirst(executors)} căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, định kỳ báo cáo kết quả thực hiện.`,
      ],
    };
  });
}

function disclosureOf(body: Body, type: DisclosureType, now: Date, variant: number, millions: (min: number, max: number) => number): DisclosureSeed {
  const year = now.getUTCFullYear();
  const { quarter, year: qYear } = lastQuarter(now);
  const yearly = variant === 0;
  const scale = body.portal.level === 1 ? 40 : body.portal.level === 2 ? 8 : 1;
  const base = { portal: body.portal.code, type, year: yearly ? year : qYear, ...(yearly ? {} : { quarter }), period: yearly ? `Năm ${year}` : `Quý ${quarter} năm ${qYear}` };
  let title: string;
  let lines: string[];
  if (type === 'budget') {
    const revenue = millions(2_000, 9_000) * scale;
    const spending = Math.round(revenue * 0.97);
    title = yearly ? `Công khai dự toán ngân sách năm ${year}` : `Công khai tình hình thực hiện dự toán ngân sách quý ${quarter} năm ${qYear}`;
    lines = [`Tổng dự toán thu: ${viNumber(revenue)} triệu đồng.`, `Tổng dự toán chi: ${viNumber(spending)} triệu đồng, trong đó chi thường xuyên ${viNumber(spending * 0.82)} triệu đồng.`];
  } else if (type === 'procurement') {
    const value = millions(300, 4_000) * Math.min(scale, 8);
    title = yearly ? `Công khai kế hoạch lựa chọn nhà thầu mua sắm tài sản, trang thiết bị năm ${year}` : `Công khai kết quả lựa chọn nhà thầu quý ${quarter} năm ${qYear}`;
    lines = [
      `Gói thầu số 01: Mua sắm trang thiết bị làm việc, giá gói thầu ${viNumber(value)} triệu đồng.`,
      'Hình thức lựa chọn nhà thầu: đấu thầu rộng rãi qua Hệ thống mạng đấu thầu quốc gia; phương thức một giai đoạn một túi hồ sơ.',
    ];
  } else if (type === 'public_investment') {
    const plan = millions(5_000, 60_000) * scale;
    const percent = 35 + ((plan / 1000) % 50);
    title = yearly ? `Công khai kế hoạch đầu tư công năm ${year}` : `Công khai tình hình thực hiện, giải ngân vốn đầu tư công quý ${quarter} năm ${qYear}`;
    lines = [`Tổng kế hoạch vốn được giao: ${viNumber(plan)} triệu đồng.`, `Giá trị giải ngân đến hết kỳ báo cáo: ${viNumber((plan * percent) / 100)} triệu đồng, đạt ${Math.round(percent)}% kế hoạch.`];
  } else {
    title = yearly ? `Số liệu thống kê hoạt động của ${body.shortName} năm ${year - 1}` : `Số liệu thống kê tình hình thực hiện nhiệm vụ quý ${quarter} năm ${qYear}`;
    if (yearly) Object.assign(base, { year: year - 1, period: `Năm ${year - 1}` });
    lines = [
      `Số hồ sơ thủ tục hành chính tiếp nhận: ${viNumber(millions(120, 2_400) * Math.min(scale, 8))}; tỷ lệ giải quyết đúng và trước hạn: ${96 + (millions(0, 39) % 4)}%.`,
      `Tỷ lệ hồ sơ nộp trực tuyến: ${70 + (millions(0, 29) % 25)}%.`,
    ];
  }
  return {
    ...base,
    title,
    slug: slugOf(title, 150),
    summary: title.startsWith('Công khai ')
      ? `${body.shortName} công khai ${title.slice('Công khai '.length)} theo quy định về công khai thông tin.`
      : `${body.shortName} công bố ${lowerFirst(title)} theo quy định về công khai thông tin.`,
    body: [...lines, 'Số liệu được công khai theo quy định của pháp luật và cập nhật khi có thay đổi.'],
  };
}

/**
 * `count` disclosures of a body, of consecutive types by `slot`, so the
 * portals together cover every type.
 */
export function generateDisclosures(body: Body, now: Date, slot: number, count: number): DisclosureSeed[] {
  if (body.portal.language !== 'vi') return [];
  const rnd = createRandom(hashString(`${body.portal.code}:disclosures`));
  const millions = (min: number, max: number) => rnd.int(min, max);
  const out: DisclosureSeed[] = [];
  for (let i = 0; i < count; i += 1) {
    const type = DISCLOSURE_TYPES[(slot * count + i) % DISCLOSURE_TYPES.length]!;
    out.push(disclosureOf(body, type, now, (slot + i) % 2, millions));
  }
  return out;
}
