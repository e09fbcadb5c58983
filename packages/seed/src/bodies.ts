import type { Portal } from '@qn/portal-model';
import { BODY_INFO, LEVEL_ONE_INFO, UNIT_INFO, type BodyInfo } from './body-data.ts';
import { DISTRICT_INFO, PROVINCIAL_BUILDINGS, PROVINCIAL_CENTRE, type DistrictInfo } from './district-data.ts';
import { createRandom, hashString } from './random.ts';
import { ascii, landline } from './text.ts';
import { TITLES, unitHead, type TitleKey } from './titles.ts';

export type CommuneType = 'phường' | 'xã' | 'thị trấn';

/**
 * The body behind a portal, as every generator sees it: names, the field it
 * works in, where it is and how to reach it. Derived from the portal and the
 * data tables only, so it is the same on every run.
 */
export interface Body {
  portal: Portal;
  /** Full Vietnamese name: "Ủy ban nhân dân phường Hồng Gai", "Sở Nội vụ tỉnh Quảng Ninh". */
  name: string;
  /** As people write it: "UBND phường Hồng Gai", "Sở Nội vụ". */
  shortName: string;
  nameEn: string;
  info: BodyInfo;
  /** For districts and communes: their district's data and code. */
  district: (DistrictInfo & { code: string }) | null;
  communeType: CommuneType | null;
  /** The place name without its type, for communes: "Hồng Gai". */
  communePlace: string | null;
  head: TitleKey;
  symbol: string;
  contact: { address: string; phone: string; email: string; fax?: string; workingHours: string };
  location: { latitude: number; longitude: number; zoom: number };
}

const WORKING_HOURS = 'Sáng: 7h30 - 11h30; chiều: 13h30 - 17h00, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)';
const HA_LONG_STREETS = ['đường Nguyễn Văn Cừ, phường Hồng Hải', 'đường Lê Thánh Tông, phường Bạch Đằng', 'đường Trần Hưng Đạo, phường Trần Hưng Đạo', 'đường 25/4, phường Hồng Gai', 'đường Hạ Long, phường Bãi Cháy', 'đường Cao Xanh, phường Cao Xanh'];
const COMMUNE_PREFIX = /^(Phường|Xã|Thị trấn)\s+/u;

function withProvince(name: string): string {
  if (/Quảng Ninh|Hạ Long/u.test(name)) return name;
  return / tỉnh$|Tỉnh ủy$/u.test(name) ? `${name} Quảng Ninh` : `${name} tỉnh Quảng Ninh`;
}

/** Document symbol from a name's initials: "Trung tâm Khuyến nông" → "TTKN". */
export function initialsSymbol(name: string): string {
  const skip = new Set(['và', 'tỉnh', 'Quảng', 'Ninh', 'số', '-']);
  return name
    .split(/[\s-]+/u)
    .filter((word) => word && !skip.has(word))
    .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0).toLocaleUpperCase('vi-VN')))
    .join('');
}

function round(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

function districtBody(portal: Portal): BodyInfo {
  const district = DISTRICT_INFO[portal.code];
  const place = district ? `${district.type} ${district.place}` : portal.name;
  return {
    en: `${district?.en ?? ascii(portal.name)} People's Committee`,
    topic: `quản lý nhà nước trên địa bàn ${place}`,
    topicEn: `state administration in ${district?.en ?? ascii(portal.name)}`,
    fields: ['dat_dai', 'xay_dung', 'nong_nghiep', 'van_hoa_du_lich', 'noi_vu', 'tai_chinh'],
    symbol: 'UBND',
    head: 'chu_tich',
  };
}

function communeBody(portal: Portal, type: CommuneType, place: string): BodyInfo {
  const en = `${ascii(place)} ${type === 'phường' ? 'Ward' : type === 'xã' ? 'Commune' : 'Township'}`;
  return {
    en: `${en} People's Committee`,
    topic: `quản lý nhà nước trên địa bàn ${type} ${place}`,
    topicEn: `local administration in ${en}`,
    fields: ['dat_dai', 'nong_nghiep', 'noi_vu', 'van_hoa_du_lich', 'tai_chinh'],
    symbol: 'UBND',
    head: 'chu_tich',
  };
}

function infoOf(portal: Portal, communeType: CommuneType | null, communePlace: string | null): BodyInfo {
  if (portal.level === 1) return LEVEL_ONE_INFO[portal.code] ?? LEVEL_ONE_INFO.quangninh!;
  if (portal.kind === 'district') return districtBody(portal);
  if (portal.kind === 'commune' && communeType && communePlace) return communeBody(portal, communeType, communePlace);
  const info = portal.level === 2 ? BODY_INFO[portal.code] : UNIT_INFO[portal.name];
  return info ?? { en: ascii(portal.name), topic: 'chuyên môn, nghiệp vụ', topicEn: 'its specialised field', fields: ['khac'] };
}

function defaultHead(portal: Portal): TitleKey {
  switch (portal.kind) {
    case 'board':
      return 'truong_ban';
    case 'council':
      return 'chanh_van_phong';
    case 'organisation':
      return 'chu_tich';
    case 'unit':
      return portal.level === 3 ? unitHead(portal.name) : 'giam_doc';
    default:
      return 'giam_doc';
  }
}

export function describeBody(portal: Portal): Body {
  const rnd = createRandom(hashString(`${portal.code}:body`));
  const match = portal.kind === 'commune' ? COMMUNE_PREFIX.exec(portal.name) : null;
  const communeType = match ? (match[1]!.toLocaleLowerCase('vi-VN') as CommuneType) : null;
  const communePlace = match ? portal.name.replace(COMMUNE_PREFIX, '') : null;
  const districtCode = portal.kind === 'commune' ? portal.parentCode : portal.kind === 'district' ? portal.code : null;
  const districtInfo = districtCode ? DISTRICT_INFO[districtCode] : undefined;
  const district = districtInfo && districtCode ? { ...districtInfo, code: districtCode } : null;
  const info = infoOf(portal, communeType, communePlace);

  let name: string;
  let shortName = portal.name;
  if (info.agencyName) name = info.agencyName;
  else if (portal.kind === 'district') name = portal.name.replace(/^UBND /u, 'Ủy ban nhân dân ');
  else if (communeType && communePlace) {
    name = `Ủy ban nhân dân ${communeType} ${communePlace}`;
    shortName = `UBND ${communeType} ${communePlace}`;
  } else name = withProvince(portal.name);
  if (portal.level === 1) shortName = 'UBND tỉnh Quảng Ninh';
  if (info.shortName) shortName = info.shortName;

  const code = portal.code.split('-');
  const email = communeType ? `ubnd.${code.slice(1).join('')}.${code[0]}@quangninh.gov.vn` : `${code.join('.')}@quangninh.gov.vn`;
  const address = addressOf(portal, district, communeType, communePlace, rnd.int(1, 12), rnd.pick(HA_LONG_STREETS), rnd.pick(PROVINCIAL_BUILDINGS));
  const base = district ?? PROVINCIAL_CENTRE;
  const spread = portal.kind === 'commune' ? (district?.spread ?? 0.03) : portal.kind === 'district' ? 0.004 : portal.level === 3 ? 0.03 : 0.008;
  const jitter = () => (rnd.next() * 2 - 1) * spread;
  const hash = hashString(portal.code);
  return {
    portal,
    name,
    shortName,
    nameEn: info.en,
    info,
    district,
    communeType,
    communePlace,
    head: info.head ?? defaultHead(portal),
    symbol: info.symbol ?? initialsSymbol(portal.name),
    contact: {
      address,
      phone: landline(hash),
      email,
      ...(portal.level < 3 ? { fax: landline(hash + 7) } : {}),
      workingHours: WORKING_HOURS,
    },
    location: { latitude: round(base.lat + jitter()), longitude: round(base.lng + jitter()), zoom: portal.kind === 'commune' ? 14 : 16 },
  };
}

function addressOf(
  portal: Portal,
  district: DistrictInfo | null,
  communeType: CommuneType | null,
  communePlace: string | null,
  n: number,
  street: string,
  building: string,
): string {
  const province = 'tỉnh Quảng Ninh';
  if (portal.code === 'quangninh' || portal.level === 1) return `Khu Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, ${province}`;
  if (district && portal.kind === 'district') return `Trung tâm hành chính ${district.type} ${district.place}, ${province}`;
  if (district && communeType && communePlace) {
    const locality = communeType === 'xã' ? `Thôn ${n}` : `Khu ${n}`;
    return `${locality}, ${communeType} ${communePlace}, ${district.type} ${district.place}, ${province}`;
  }
  if (portal.kind === 'department' || portal.kind === 'board' || portal.kind === 'council' || portal.kind === 'organisation') {
    return `${building}, phường Hồng Hà, thành phố Hạ Long, ${province}`;
  }
  return `Số ${n * 17 + 3}, ${street}, thành phố Hạ Long, ${province}`;
}

/** The province, district and commune People's Committees: bodies that govern an area. */
export function isGovernment(body: Body): boolean {
  return body.portal.kind === 'province' || body.portal.kind === 'district' || body.portal.kind === 'commune';
}

/** "tỉnh Quảng Ninh", "thành phố Hạ Long", "phường Hồng Gai": the area a body serves. */
export function areaOf(body: Body): string {
  if (body.communeType) return `${body.communeType} ${body.communePlace}`;
  if (body.district) return `${body.district.type} ${body.district.place}`;
  return 'tỉnh Quảng Ninh';
}

/** "Giám đốc Sở", "Chủ tịch UBND phường", with English: the head's and deputies' positions in a body. */
export function positionsOf(body: Body): { head: Position; deputy: Position; firstDeputy: Position } {
  const title = TITLES[body.head];
  const { vi, suffixEn } = qualify(body, title.vi);
  return {
    head: { vi, en: `${title.en}${suffixEn}` },
    deputy: { vi: `Phó ${vi}`, en: `${title.deputyEn}${suffixEn}` },
    firstDeputy: body.head === 'chu_tich' && (body.portal.kind === 'province' || body.portal.kind === 'district')
      ? { vi: `Phó ${vi.replace('Chủ tịch', 'Chủ tịch Thường trực')}`, en: `Standing ${title.deputyEn}${suffixEn}` }
      : { vi: `Phó ${vi}`, en: `${title.deputyEn}${suffixEn}` },
  };
}

export interface Position {
  vi: string;
  en: string;
}

function qualify(body: Body, title: string): { vi: string; suffixEn: string } {
  const { portal } = body;
  if (portal.kind === 'province') return { vi: `${title} UBND tỉnh`, suffixEn: " of the Provincial People's Committee" };
  if (portal.kind === 'district' && body.district) return { vi: `${title} UBND ${body.district.type}`, suffixEn: " of the People's Committee" };
  if (body.communeType) return { vi: `${title} UBND ${body.communeType}`, suffixEn: " of the People's Committee" };
  if (portal.name.startsWith('Sở ') && body.head === 'giam_doc') return { vi: `${title} Sở`, suffixEn: '' };
  return { vi: title, suffixEn: '' };
}
