import { textToBlocks, type BlockNode } from '@qn/content';
import { slugify } from '@qn/portal-model';

/** Paragraph blocks, one per line (Strapi's "blocks" rich text). */
export function paragraphs(...lines: string[]): BlockNode[] {
  return textToBlocks(lines.join('\n'));
}

export function heading(text: string, level = 2): BlockNode {
  return { type: 'heading', level, children: [{ type: 'text', text }] };
}

export function bulletList(items: readonly string[]): BlockNode {
  return { type: 'list', format: 'unordered', children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })) };
}

/** "Hồng Gai" → "Hong Gai": Vietnamese without tone marks, for English names and e-mail boxes. */
export function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A slug of at most `max` characters that still matches the schemas' slug pattern. */
export function slugOf(text: string, max = 200): string {
  return slugify(text).slice(0, max).replace(/-+$/, '');
}

export const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Midnight UTC of the day, so date-only fields do not depend on the hour the seed runs. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** "2026-11-29", the form Strapi's date fields take. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "29/11/2026", the form Vietnamese documents write dates in. */
export function viDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** "ngày 29 tháng 11 năm 2026", as in the body of a document. */
export function viLongDate(date: Date): string {
  return `ngày ${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
}

/** A Quảng Ninh landline (area code 0203). */
export function landline(n: number): string {
  const digits = String(3_800_000 + (n % 200_000)).padStart(7, '0');
  return `0203 ${digits.slice(0, 3)} ${digits.slice(3)}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);
}
