/** The profile every commune-level portal publishes: area, population, history, culture and sights. */
import type { Body } from './bodies.ts';
import { createRandom, hashString, pickSome } from './random.ts';
import { capitalise } from './phrases.ts';

export interface CommuneProfile {
  areaKm2: number;
  population: number;
  populationYear: number;
  history: string[];
  culture: string[];
  sights: string[];
}

/** 12345 → "12.345", as Vietnamese writes numbers. */
export function viNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 12.5 → "12,5" */
export function viDecimal(x: number): string {
  return String(x).replace('.', ',');
}

const ISLANDS = new Set(['vandon', 'coto']);

export function communeProfile(body: Body, now: Date): CommuneProfile | null {
  const { district, communeType, communePlace } = body;
  if (!district || !communeType || !communePlace) return null;
  const rnd = createRandom(hashString(`${body.portal.code}:profile`));
  const name = `${communeType} ${communePlace}`;
  const districtName = `${district.type} ${district.place}`;
  const [areaMin, areaMax] = ISLANDS.has(district.code) ? [8, 45] : communeType === 'phường' ? [2.5, 28] : communeType === 'xã' ? [18, 110] : [5, 40];
  const [popMin, popMax] = communeType === 'phường' ? [6_000, 26_000] : communeType === 'xã' ? [2_500, 11_000] : [5_000, 14_000];
  const areaKm2 = Math.round((areaMin + rnd.next() * (areaMax - areaMin)) * 100) / 100;
  const population = Math.round(rnd.int(popMin, popMax) / 10) * 10;
  const quarters = rnd.int(5, 16);
  const quarterWord = communeType === 'phường' ? 'khu phố' : communeType === 'xã' ? 'thôn' : 'khu';

  const highland = ['Tày', 'Dao', 'Sán Chỉ'].includes(district.peoples[0] ?? '');
  const peoples = district.peoples.slice(0, rnd.int(2, district.peoples.length));
  const festival = rnd.pick(district.festivals);
  const sights = pickSome(rnd, district.sights, rnd.int(2, 3));

  return {
    areaKm2,
    population,
    populationYear: now.getUTCFullYear() - 1,
    history: [
      `Vùng đất ${name} có lịch sử hình thành lâu đời, gắn với quá trình khai phá, lập làng, lập nghiệp của cư dân ${districtName}.`,
      `Trong các cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Nhân dân ${name} đã đóng góp nhiều sức người, sức của, cùng quân và dân cả nước bảo vệ vững chắc vùng Đông Bắc của Tổ quốc.`,
      `Hiện nay, ${name} có ${quarters} ${quarterWord}, diện tích tự nhiên ${viDecimal(areaKm2)} km², dân số ${viNumber(population)} người. ${district.economy}`,
    ],
    culture: [
      `Trên địa bàn có các dân tộc ${peoples.join(', ')} cùng sinh sống, đoàn kết, gắn bó, giữ gìn nhiều phong tục, tập quán tốt đẹp.`,
      `Hằng năm, Nhân dân trong ${communeType} tích cực tham gia ${festival}, góp phần gìn giữ và phát huy giá trị văn hóa truyền thống.`,
      highland
        ? 'Những làn điệu hát then, soóng cọ, các nghề thủ công truyền thống và trang phục dân tộc được đồng bào gìn giữ, truyền dạy cho thế hệ trẻ.'
        : 'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" được triển khai sâu rộng; các câu lạc bộ văn nghệ, thể thao ở khu dân cư duy trì sinh hoạt thường xuyên.',
    ],
    sights: [
      `Từ ${name}, du khách có thể thuận tiện tham quan ${sights.join(', ')}.`,
      `${capitalise(communeType)} đang khuyến khích phát triển du lịch cộng đồng, dịch vụ lưu trú và ẩm thực gắn với bảo tồn cảnh quan, bản sắc văn hóa địa phương.`,
    ],
  };
}
