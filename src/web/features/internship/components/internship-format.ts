// How the internship pages write days, rates, scores, sizes and Japan times. The internship
// happens in Japan: moments are shown and entered in Japan time, whatever the reader's clock.
import { weekday } from '../../../../domain/internship/internship-days.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';

const LOCALE: Record<Language, string> = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' };
export const JAPAN = 'Asia/Tokyo';
const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** 2025年8月19日（火） / 2025.08.19, Мягмар / 19 Aug 2025, Tue; `names` are the catalog's weekdays, Sunday first. */
export function dayLabel(on: string, language: Language, names: (day: number) => string): string {
  const name = names(weekday(on));
  if (language === 'ja') return `${formatDate(on, language)}（${name}）`;
  return `${formatDate(on, language)}, ${name}`;
}

/** 0.875 → 88 % / 88% as the language writes a percentage. */
export const formatPercent = (share: number, language: Language) => new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A mean score with one decimal: 4.0, 3.5. */
export const formatScore = (score: number, language: Language) => new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);

/** 1.2 MB, 340 KB (the unit is the same in the three languages). */
export function formatBytes(bytes: number, language: Language): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, language)} MB`;
}

/** A moment as a `datetime-local` input holds it in Japan time: 2025-08-21T14:30. */
export const japanInputValue = (at: Date) => new Date(at.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 16);

/** A `datetime-local` value read as Japan time, as the API takes it (with its offset); null when empty. */
export const fromJapanInput = (value: string): string | null => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+09:00` : null);
