import type { Language } from '@qn/portal-model';

/** "2021 - 2030", or one year when a plan covers a single one. */
export function yearSpan(start: number | null, end: number | null): string | null {
  if (start !== null && end !== null) return start === end ? String(start) : `${start} - ${end}`;
  return start !== null ? String(start) : end !== null ? String(end) : null;
}

/**
 * Items grouped by a key, groups in `order` (keys it does not name come
 * last, in order of appearance), items keeping their order.
 */
export function groupBy<T>(items: readonly T[], key: (item: T) => string, order: readonly string[] = []): Array<{ key: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  return [...groups.entries()].map(([k, list]) => ({ key: k, items: list })).toSorted((a, b) => rank(a.key) - rank(b.key));
}

const QUARTER: Record<Language, (quarter: number, year: number) => string> = {
  vi: (q, y) => `Quý ${q} năm ${y}`,
  en: (q, y) => `Q${q} ${y}`,
  zh: (q, y) => `${y}年第${q}季度`,
};

/** What period a disclosure covers: the editors' wording, else the quarter and year. */
export function disclosurePeriod(d: { period: string | null; year: number; quarter: number | null }, language: Language): string {
  if (d.period) return d.period;
  return d.quarter ? QUARTER[language](d.quarter, d.year) : String(d.year);
}
