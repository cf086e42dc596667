// Money and the small texts of the hiring pages, the way each language writes them.
import type { Language } from '../../../../domain/shared/localized-text.ts';

const LOCALE: Record<Language, string> = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' };

/**
 * A monthly salary in yen: 220,000円 / 220,000 иен / JP¥220,000. Browsers' ICU has no Mongolian
 * currency names (Chromium prints "Japanese yen"), so the Mongolian unit is written here.
 */
export function formatYen(value: number, language: Language): string {
  if (language === 'mn') return `${new Intl.NumberFormat(LOCALE.mn).format(value)} иен`;
  return new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency: 'JPY', currencyDisplay: language === 'en' ? 'symbol' : 'name' }).format(value);
}

/** A warning of the API (`lowScore:1`, `missed:3`, `wantsToLeave:6`) as its kind and month. */
export function parseWarning(warning: string): { kind: string; month: number | null } {
  const [kind = warning, month] = warning.split(':');
  return { kind, month: month === undefined ? null : Number(month) };
}

/** The days ahead a reminder is sent, read from its stable key (`cardExpiry90:2027-03-31`). */
export function reminderDays(key: string, kind: string): number | null {
  const match = /^(\d+):/.exec(key.slice(kind.length));
  return match ? Number(match[1]) : null;
}

/** The step a step reminder is about (`stepDue7:addressRegistration:2026-04-15`). */
export function reminderStep(key: string): string | null {
  const parts = key.split(':');
  return parts.length === 3 ? parts[1]! : null;
}

/** The residence card's number as the immigration bureau prints it: two letters, eight digits, two letters. */
export const RESIDENCE_CARD_NUMBER = /^[A-Z]{2}\d{8}[A-Z]{2}$/;

/** An alert's title in the text colour: orange or red on their light backgrounds is below WCAG AA. */
export const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } };
