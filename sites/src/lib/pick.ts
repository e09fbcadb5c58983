/**
 * The first `n` items that pass, without scanning the rest: listings are
 * newest first, so a page that shows a handful of them stays constant-time
 * however many thousand articles a portal has.
 */
export function firstN<T>(items: Iterable<T>, n: number, keep: (item: T) => boolean = () => true): T[] {
  const picked: T[] = [];
  if (n <= 0) return picked;
  for (const item of items) {
    if (!keep(item)) continue;
    picked.push(item);
    if (picked.length >= n) break;
  }
  return picked;
}
