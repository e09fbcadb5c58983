/**
 * Vietnamese-aware slugs: tone marks removed, đ → d, lowercase ASCII words
 * joined by hyphens. "Đông Triều" → "dong-trieu".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug without separators, the shape of portal codes ("Hạ Long" → "halong"). */
export function compactSlug(text: string): string {
  return slugify(text).replace(/-/g, '');
}

/** Text normalised to NFC, the only form the platform stores and indexes. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
