import { slugify, type Portal } from '@qn/portal-model';
import { categoriesFor } from './categories.ts';
import { createRandom, hashString, type Random } from './random.ts';
import { EN, VI, VI_PARAGRAPHS, VI_SUMMARIES, VI_TITLES, ZH, type TitleVars } from './phrases.ts';

export interface ArticleSeed {
  portal: string;
  category: string;
  title: string;
  slug: string;
  summary: string;
  /** Paragraphs, one per line. */
  body: string;
  publishedAt: string;
}

/** Shorter names read better in titles: "UBND thành phố Hạ Long" stays, "Cổng thông tin …" loses its prefix. */
function orgName(portal: Portal): string {
  return portal.name.replace(/^Cổng thông tin (điện tử )?/u, '').replace(/^tỉnh /u, 'Tỉnh ');
}

function vietnamese(portal: Portal, rnd: Random, date: Date): Omit<ArticleSeed, 'portal' | 'category' | 'slug' | 'publishedAt'> {
  const vars: TitleVars = {
    org: orgName(portal),
    event: rnd.pick(VI.events),
    work: rnd.pick(VI.works),
    goal: rnd.pick(VI.goals),
    festival: rnd.pick(VI.festivals),
    place: rnd.pick(VI.places),
    month: date.getUTCMonth() + 1,
    year: date.getUTCFullYear(),
  };
  const paragraphVars = { ...vars, day: date.getUTCDate(), percent: rnd.int(82, 100), percent2: rnd.int(95, 100) };
  const count = rnd.int(4, VI_PARAGRAPHS.length);
  const start = rnd.int(0, VI_PARAGRAPHS.length - count);
  return {
    title: rnd.pick(VI_TITLES)(vars),
    summary: rnd.pick(VI_SUMMARIES)(vars),
    body: VI_PARAGRAPHS.slice(start, start + count)
      .map((p) => p(paragraphVars))
      .join('\n'),
  };
}

function foreign(bank: typeof EN | typeof ZH, rnd: Random, date: Date) {
  const paragraphs = bank.paragraphs.slice(rnd.int(0, 1));
  return { title: rnd.pick(bank.titles)(date.getUTCFullYear()), summary: paragraphs[0] ?? '', body: paragraphs.join('\n') };
}

const DAY_MS = 86_400_000;

/**
 * `total` sample articles spread over the portals in turn, deterministic for a
 * given portal list, total and reference date: running the seed again yields
 * the same titles and slugs, which is what makes it idempotent.
 */
export function generateArticles(portals: readonly Portal[], total: number, now: Date): ArticleSeed[] {
  const articles: ArticleSeed[] = [];
  const slugsByPortal = new Map<string, Set<string>>();
  const titlesByPortal = new Map<string, Set<string>>();
  for (let i = 0; i < total; i += 1) {
    const portal = portals[i % portals.length];
    if (!portal) break;
    const serial = Math.floor(i / portals.length);
    const rnd = createRandom(hashString(`${portal.code}#${serial}`));
    const date = new Date(now.getTime() - (serial * 3 + rnd.int(0, 2)) * DAY_MS - rnd.int(0, 36_000) * 1000);
    const write = () => (portal.language === 'en' ? foreign(EN, rnd, date) : portal.language === 'zh' ? foreign(ZH, rnd, date) : vietnamese(portal, rnd, date));
    // A portal's list reads like a real one: a title it already has is drawn again (a few times at most, the phrase banks are finite).
    const titles = titlesByPortal.get(portal.code) ?? new Set<string>();
    titlesByPortal.set(portal.code, titles);
    let text = write();
    for (let attempt = 0; attempt < 12 && titles.has(text.title); attempt += 1) text = write();
    titles.add(text.title);
    const used = slugsByPortal.get(portal.code) ?? new Set<string>();
    slugsByPortal.set(portal.code, used);
    const base = (slugify(text.title) || `bai-viet-${serial + 1}`).slice(0, 150).replace(/-+$/, '');
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    articles.push({
      portal: portal.code,
      category: rnd.pick(categoriesFor(portal.language)),
      slug,
      publishedAt: date.toISOString(),
      ...text,
    });
  }
  return articles;
}
