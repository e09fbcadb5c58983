/** The leaders of each body (2–4): name, position, short bio and duties. */
import { isGovernment, positionsOf, type Body, type Position } from './bodies.ts';
import { degreeFor, HOMETOWNS, personName, type PersonName } from './names.ts';
import type { UnitSeed } from './org-charts.ts';
import { createRandom, hashString, pickSome, type Random } from './random.ts';
import { landline } from './text.ts';
import { TITLES } from './titles.ts';

export interface PersonSeed {
  portal: string;
  name: string;
  position: string;
  positionEn: string;
  bio: string;
  /** One duty per item, shown as a list. */
  duties: string[];
  phone: string;
  email: string;
  order: number;
}

const GOVERNMENT_AREAS = [
  'kinh tế, tài chính, ngân sách, đầu tư, xây dựng và giao thông',
  'văn hóa - xã hội, giáo dục, y tế, lao động, người có công và xã hội',
  'nông nghiệp, tài nguyên, môi trường và phòng, chống thiên tai',
];
const COMMUNE_AREAS = ['kinh tế, địa chính - xây dựng, nông nghiệp và môi trường', 'văn hóa - xã hội, giáo dục, y tế và chính sách xã hội'];
const EDITORIAL_AREAS = ['nội dung thông tin, biên tập và duyệt tin, bài', 'kỹ thuật, vận hành hệ thống và bảo đảm an toàn thông tin'];
const BODY_AREAS = [
  'công tác cải cách hành chính, chuyển đổi số và pháp chế',
  'công tác kế hoạch, tài chính và đầu tư',
  'công tác thanh tra, kiểm tra, tiếp công dân và giải quyết khiếu nại, tố cáo',
  'công tác tổ chức cán bộ, thi đua - khen thưởng',
];

/** Who the head answers to, for the first duty. */
function superiors(body: Body, parent: Body | null): string {
  const { portal } = body;
  if (portal.level === 3 && portal.kind === 'unit' && parent) return `lãnh đạo ${parent.shortName} và trước pháp luật`;
  if (portal.kind === 'province') return 'Hội đồng nhân dân tỉnh và Thủ tướng Chính phủ';
  if (portal.kind === 'district') return 'Hội đồng nhân dân cùng cấp và Ủy ban nhân dân tỉnh';
  if (portal.kind === 'commune') return `Hội đồng nhân dân ${body.communeType} và Ủy ban nhân dân ${body.district?.type ?? 'cấp trên'}`;
  if (portal.kind === 'organisation') return 'Ban Chấp hành và cơ quan cấp trên';
  if (portal.code === 'tinhuy') return 'Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy';
  if (portal.kind === 'council') return 'Đoàn đại biểu Quốc hội tỉnh và Thường trực Hội đồng nhân dân tỉnh';
  if (portal.kind === 'sector') return 'cơ quan cấp trên và trước pháp luật';
  return 'Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh và trước pháp luật';
}

function bio(rnd: Random, who: PersonName, body: Body, position: Position, now: Date, local: boolean): string {
  const year = now.getUTCFullYear();
  const born = year - rnd.int(40, 58);
  const hometown = local && body.communeType && body.district
    ? `${body.communeType} ${body.communePlace}, ${body.district.type} ${body.district.place}, tỉnh Quảng Ninh`
    : rnd.pick(HOMETOWNS);
  const since = `${rnd.int(1, 12)}/${year - rnd.int(0, 4)}`;
  const elected = /Chủ tịch|Bí thư/u.test(position.vi);
  const pronoun = who.honorific.toLocaleLowerCase('vi-VN');
  const earlier = body.communeType
    ? rnd.pick([`Phó Bí thư Đảng ủy ${body.communeType}`, `Chủ tịch Ủy ban MTTQ ${body.communeType}`, 'công chức Văn phòng - Thống kê', 'công chức Địa chính - Xây dựng'])
    : rnd.pick(['Trưởng phòng Tổng hợp', 'Chánh Văn phòng', 'Trưởng phòng Kế hoạch - Tài chính', 'Trưởng phòng Tổ chức cán bộ', 'Phó Trưởng phòng Nghiệp vụ']);
  return [
    `${who.honorific} ${who.full}, sinh năm ${born}; quê quán: ${hometown}.`,
    `Trình độ chuyên môn: ${degreeFor(rnd, body.info.fields[0] ?? 'khac')}; lý luận chính trị: ${rnd.next() < 0.75 ? 'Cao cấp' : 'Trung cấp'}.`,
    `Trước khi ${elected ? 'được bầu giữ' : 'được bổ nhiệm giữ'} chức vụ ${position.vi} từ tháng ${since}, ${pronoun} từng đảm nhiệm chức vụ ${earlier}.`,
  ].join(' ');
}

/**
 * 2–4 leaders of a body, head first: level-3 bodies have two (a commune its
 * Party secretary and the chair of its People's Committee), the others three
 * or four. Deputies oversee the divisions of the body's organisation chart.
 */
export function generateLeaders(body: Body, parent: Body | null, units: readonly UnitSeed[], now: Date): PersonSeed[] {
  const rnd = createRandom(hashString(`${body.portal.code}:leaders`));
  const positions = positionsOf(body);
  const headTitle = TITLES[body.head].vi;
  const divisions = units.filter((u) => u.parentKey).map((u) => u.name);
  const government = isGovernment(body);
  const highland = ['Tày', 'Dao'].includes(body.district?.peoples[0] ?? '');

  const roles: Array<{ position: Position; duties: string[] }> = [];
  if (body.portal.kind === 'commune') {
    const type = body.communeType ?? 'xã';
    roles.push({
      position: { vi: `Bí thư Đảng ủy ${type}`, en: `Secretary of the ${type === 'phường' ? 'Ward' : type === 'xã' ? 'Commune' : 'Township'} Party Committee` },
      duties: [
        `Lãnh đạo toàn diện công tác xây dựng Đảng và hệ thống chính trị của ${type}; chủ trì các hội nghị của Đảng ủy, Ban Thường vụ Đảng ủy.`,
        'Trực tiếp phụ trách công tác tổ chức, cán bộ, kiểm tra, giám sát và công tác dân vận.',
      ],
    });
  }
  roles.push({
    position: positions.head,
    duties: [
      `Lãnh đạo, quản lý, điều hành toàn diện hoạt động của ${body.shortName}; chịu trách nhiệm trước ${superiors(body, parent)}.`,
      government
        ? 'Trực tiếp phụ trách công tác nội chính, tổ chức bộ máy, quy hoạch, quốc phòng, an ninh và tiếp công dân.'
        : 'Trực tiếp phụ trách công tác tổ chức cán bộ, tài chính, tài sản, thi đua - khen thưởng và phòng, chống tham nhũng.',
      'Là người phát ngôn và cung cấp thông tin cho báo chí của cơ quan.',
    ],
  });
  // The province has a chair and three vice chairs; districts two or three vice chairs; other bodies two deputies.
  const deputies = body.portal.level === 3 ? (body.portal.kind === 'commune' ? 0 : 1) : body.portal.kind === 'province' ? 3 : body.portal.kind === 'district' ? rnd.int(2, 3) : 2;
  const editorial = body.portal.level === 1 && !government;
  const areas = pickSome(rnd, body.portal.kind === 'commune' ? COMMUNE_AREAS : government ? GOVERNMENT_AREAS : editorial ? EDITORIAL_AREAS : BODY_AREAS, deputies);
  for (let i = 0; i < deputies; i += 1) {
    const area = areas[i] ?? `công tác chuyên môn về ${body.info.topic}`;
    const watched = body.portal.kind === 'province' ? [] : divisions.slice(i * 2, i * 2 + 2);
    roles.push({
      position: i === 0 ? positions.firstDeputy : positions.deputy,
      duties: [
        `Giúp ${headTitle} phụ trách ${area}.`,
        ...(watched.length ? [`Theo dõi, chỉ đạo: ${watched.join('; ')}.`] : []),
        ...(i === 0 ? [`Thay mặt ${headTitle} điều hành hoạt động của cơ quan khi ${headTitle} đi vắng hoặc được ủy quyền.`] : []),
      ],
    });
  }

  const used = new Set<string>();
  return roles.map((role, order) => {
    let who = personName(rnd, highland);
    while (used.has(who.full)) who = personName(rnd, highland);
    used.add(who.full);
    return {
      portal: body.portal.code,
      name: who.full,
      position: role.position.vi,
      positionEn: role.position.en,
      bio: bio(rnd, who, body, role.position, now, body.portal.kind === 'commune' && rnd.next() < 0.6),
      duties: role.duties,
      phone: landline(hashString(`${body.portal.code}#${order}`)),
      email: `${who.mailbox}@quangninh.gov.vn`,
      order,
    };
  });
}
