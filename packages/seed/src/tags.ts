/** Free tags for the sample articles. */
import { slugOf } from './text.ts';
import { createRandom, hashString, pickSome } from './random.ts';

export interface TagSeed {
  name: string;
  slug: string;
}

const NAMES = [
  'Chuyển đổi số', 'Cải cách hành chính', 'Dịch vụ công trực tuyến', 'Chỉ số PAR INDEX', 'Chỉ số PCI', 'Vịnh Hạ Long',
  'Du lịch', 'Nông thôn mới', 'OCOP', 'Đầu tư công', 'Khu kinh tế Vân Đồn', 'Phòng, chống thiên tai', 'An sinh xã hội',
  'Giáo dục', 'Y tế', 'Môi trường', 'Biên giới', 'Doanh nghiệp', 'Lễ hội', 'Xây dựng Đảng',
];

export const TAGS: TagSeed[] = NAMES.map((name) => ({ name, slug: slugOf(name, 80) }));

/** One or two tags for a sample Vietnamese article, stable for its portal and slug. */
export function tagsForArticle(portal: string, slug: string): string[] {
  const rnd = createRandom(hashString(`${portal}/${slug}:tags`));
  return pickSome(rnd, TAGS, rnd.int(1, 2)).map((tag) => tag.slug);
}
