// Dates as each language writes them on a printed document: Japanese with the era year beside
// the Gregorian one (令和 where the source documents use it, never alone), Mongolian
// yyyy.mm.dd as the web app shows it, English day month year. Dates are calendar dates
// (ISO yyyy-mm-dd), so no time zone is involved.
import type { Language } from '../../domain/shared/localized-text.ts';

const parse = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d, utc: new Date(Date.UTC(y, m - 1, d)) };
};

const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
const english = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const englishShort = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const pad = (n: number) => String(n).padStart(2, '0');

/** A date in running text: 2026年11月25日（令和8年）, 2026.11.25, 25 November 2026. */
export function documentDate(iso: string, language: Language): string {
  const { y, m, d, utc } = parse(iso);
  if (language === 'ja') return `${y}年${m}月${d}日（${era.format(utc)}）`;
  if (language === 'mn') return `${y}.${pad(m)}.${pad(d)}`;
  return english.format(utc);
}

/** A date in a table column: 2026/11/25, 2026.11.25, 25 Nov 2026. */
export function tableDate(iso: string, language: Language): string {
  const { y, m, d, utc } = parse(iso);
  if (language === 'ja') return `${y}/${pad(m)}/${pad(d)}`;
  if (language === 'mn') return `${y}.${pad(m)}.${pad(d)}`;
  return englishShort.format(utc);
}

/** The end of a session that starts at HH:MM and lasts some minutes, as HH:MM (same day). */
export function endTime(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
