import type { Language } from '@qn/portal-model';
import { en } from './i18n/en.ts';
import { vi, type Dictionary } from './i18n/vi.ts';
import { zh } from './i18n/zh.ts';

export type { Dictionary };
export const DICTIONARIES: Record<Language, Dictionary> = { vi, en, zh };

export function t(language: Language): Dictionary {
  return DICTIONARIES[language];
}

export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' };

/** Each language named in itself, for links to translations. */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English', zh: '中文' };

const ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Formatters are made once per language and options: constructing an
 * Intl.DateTimeFormat costs far more than formatting with it, and a listing
 * page formats twenty dates.
 */
function memo<T>(make: (language: Language) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let value = made.get(language);
    if (value === undefined) made.set(language, (value = make(language)));
    return value;
  };
}

const dateTimeFormat = memo(
  (language) =>
    new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
);
const dateFormat = memo((language) => new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }));
const numberFormat = memo((language) => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }));
const bytesFormat = [
  memo((language) => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 })),
  memo((language) => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 })),
] as const;

/** Dates as readers in Vietnam see them: the province's time zone, the portal's locale ("29/11/2026 18:30"). */
export function formatDateTime(iso: string, language: Language): string {
  return dateTimeFormat(language).format(new Date(iso));
}

/**
 * A day, from a timestamp or a calendar date ("2026-11-29"). Calendar dates
 * are midnight UTC, which is 07:00 the same day in Vietnam, so the zone never
 * shifts them to another day.
 */
export function formatDate(iso: string, language: Language): string {
  return dateFormat(language).format(new Date(iso));
}

export function formatNumber(value: number, language: Language): string {
  return numberFormat(language).format(value);
}

/** "1,2 MB" / "340 KB": what a reader on a metered phone plan wants to know before a download. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${bytesFormat[digits](language).format(value)} ${units[unit]}`;
}
