// Dates, numbers and fiscal years the way each language writes them. Japanese gets the
// Reiwa era beside the Western year (as the source documents write it), never instead of it.
import { parseIsoDate, reiwaYear } from '../../domain/programs/fiscal-year.ts';
import type { Language } from '../../domain/shared/localized-text.ts';

const LOCALE: Record<Language, string> = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' };

const toUtcDate = (iso: string) => {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
};

// Japanese reads 2025年8月19日; the others an abbreviated month name.
const dateFormat = (language: Language) =>
  new Intl.DateTimeFormat(LOCALE[language], { year: 'numeric', month: language === 'ja' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' });

// Mongolian data in the browsers' ICU prints months as "M08"; Mongolians write dates as
// 2025.08.19 and months as "8-р сар", so we write those ourselves.
const mnDate = (iso: string) => iso.replaceAll('-', '.');

export function formatDate(iso: string, language: Language): string {
  if (language === 'mn') return mnDate(iso);
  return dateFormat(language).format(toUtcDate(iso));
}

export function formatDateRange(start: string, end: string, language: Language): string {
  if (language === 'mn') {
    if (start === end) return mnDate(start);
    return `${mnDate(start)}–${start.slice(0, 4) === end.slice(0, 4) ? mnDate(end).slice(5) : mnDate(end)}`;
  }
  if (language === 'ja') return jaDateRange(start, end);
  const format = dateFormat(language);
  return start === end ? format.format(toUtcDate(start)) : format.formatRange(toUtcDate(start), toUtcDate(end));
}

/** ICU's Japanese ranges fall back to 2025/08/19～2025/08/30; write 2025年8月19日～30日. */
function jaDateRange(start: string, end: string): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  const first = `${a.year}年${a.month}月${a.day}日`;
  if (start === end) return first;
  if (a.year !== b.year) return `${first}～${b.year}年${b.month}月${b.day}日`;
  if (a.month !== b.month) return `${first}～${b.month}月${b.day}日`;
  return `${first}～${b.day}日`;
}

export function formatMonth(year: number, month: number, language: Language): string {
  if (language === 'mn') return `${month}-р сар`;
  return new Intl.DateTimeFormat(LOCALE[language], { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language]).format(value);
}

/** A share (0.772) as a percentage the way the language writes it: 77.2%, 77,2 %. */
export function formatPercent(ratio: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** A fiscal year where space is short (a chart's axis): "2025年度", "2025 он", "FY2025". */
export function formatFiscalYearShort(fiscalYear: number, language: Language): string {
  return language === 'ja' ? `${fiscalYear}年度` : language === 'mn' ? `${fiscalYear} он` : `FY${fiscalYear}`;
}

/** FY2025 → "2025年度（令和7年度）" / "2025 санхүүгийн жил" / "FY2025". */
export function formatFiscalYear(fiscalYear: number, language: Language): string {
  if (language === 'ja') {
    const reiwa = reiwaYear(fiscalYear);
    return reiwa === null ? `${fiscalYear}年度` : `${fiscalYear}年度（令和${reiwa === 1 ? '元' : reiwa}年度）`;
  }
  if (language === 'mn') return `${fiscalYear} санхүүгийн жил`;
  return `FY${fiscalYear}`;
}

/** Today as an ISO date in Japan, where the programs' dates are kept. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now);
}

/**
 * A moment (an ISO timestamp) in the reader's time zone: 2026年11月25日 16:05,
 * 2026.11.25 16:05, 25 Nov 2026, 16:05.
 */
export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  const at = new Date(iso);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone };
  if (language === 'mn') {
    const part = Object.fromEntries(new Intl.DateTimeFormat('en-CA', options).formatToParts(at).map((p) => [p.type, p.value]));
    return `${part.year}.${part.month}.${part.day} ${part.hour}:${part.minute}`;
  }
  const style: Intl.DateTimeFormatOptions = { dateStyle: language === 'ja' ? 'long' : 'medium', timeStyle: 'short', timeZone };
  return new Intl.DateTimeFormat(LOCALE[language], style).format(at);
}
