// The interview fair's notices (issue 5 item 5): when the operator publishes the timetable, and
// when it changes afterwards, each student, company member and interpreter gets their own
// interviews by e-mail in their language, with times at the venue and, where it differs, in
// Japan (online interviews from Japan are common).
import type { Language } from '../../domain/shared/localized-text.ts';
import type { OutgoingMail } from './mailer.ts';
import { renderMail } from './render-mail.ts';

export type TimetableEntry = { startsAt: Date; endsAt: Date; counterpart: string; room: string; interpreter: string | null };

const LOCALE: Record<Language, string> = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' };
const JAPAN = 'Asia/Tokyo';

/** "22 Jun 2025 09:00–09:20 GMT+8 (10:00–10:20 JST)": the slot at the venue, and in Japan when the clocks differ. */
export function formatSlot(language: Language, startsAt: Date, endsAt: Date, timeZone: string): string {
  const locale = LOCALE[language];
  const date = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(startsAt);
  const time = (zone: string, at: Date) => new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const zoneName = (zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(startsAt).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const local = `${date} ${time(timeZone, startsAt)}–${time(timeZone, endsAt)} ${zoneName(timeZone)}`;
  if (time(timeZone, startsAt) === time(JAPAN, startsAt)) return local;
  return `${local} (${time(JAPAN, startsAt)}–${time(JAPAN, endsAt)} ${zoneName(JAPAN)})`;
}

export function timetableText(language: Language, entries: readonly TimetableEntry[], timeZone: string, interpreterLabel: string): string {
  return [...entries]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((e) => `・${formatSlot(language, e.startsAt, e.endsAt, timeZone)} — ${e.counterpart}, ${e.room}${e.interpreter ? ` (${interpreterLabel}: ${e.interpreter})` : ''}`)
    .join('\n');
}

export type FairNotice = { kind: 'fairPublished' | 'fairChanged'; to: string; language: Language; fair: string; entries: TimetableEntry[]; timeZone: string; link: string; interpreterLabel: string; organizationId: string | null };

export function fairNoticeMail(notice: FairNotice): OutgoingMail {
  const timetable = notice.entries.length > 0 ? timetableText(notice.language, notice.entries, notice.timeZone, notice.interpreterLabel) : '—';
  return { ...renderMail(notice.kind, notice.language, notice.to, { fair: notice.fair, timetable, link: notice.link }), organizationId: notice.organizationId };
}
