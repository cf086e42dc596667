// Slot times for the grid and the timetables: at the venue (Ulaanbaatar, UTC+8), and in Japan
// (UTC+9) beside them, since companies often interview online from Japan.
import type { Language } from '../../../../domain/shared/localized-text.ts';

const LOCALE: Record<Language, string> = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' };
export const JAPAN = 'Asia/Tokyo';

export function clock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** The day of a slot at the venue: 2025年6月22日(日) / 2025.06.22 / Sun, 22 Jun 2025. */
export function slotDay(iso: string, timeZone: string, language: Language): string {
  const at = new Date(iso);
  if (language === 'mn') {
    const part = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at).map((p) => [p.type, p.value]));
    return `${part.year}.${part.month}.${part.day}`;
  }
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(at);
}

/** "GMT+8", "GMT+9": the zone as an offset, the same in every language. */
export function zoneLabel(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Whether Japan's clock shows another time than the venue's. */
export const differsFromJapan = (timeZone: string, iso: string) => clock(iso, timeZone) !== clock(iso, JAPAN);

/** Slots grouped by their day at the venue, in order. */
export function slotsByDay<T extends { startsAt: string }>(slots: readonly T[], timeZone: string): { day: string; slots: T[] }[] {
  const days: { day: string; slots: T[] }[] = [];
  for (const slot of slots) {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(slot.startsAt));
    if (days.at(-1)?.day !== day) days.push({ day, slots: [] });
    days.at(-1)!.slots.push(slot);
  }
  return days;
}
