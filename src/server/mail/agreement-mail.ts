// The framework agreement's renewal reminder (issue 7 item 4), in the reader's language. It is
// about the agreement only: the partner, the dates and a link, never anybody housed under it.
import type { AgreementReminder } from '../../domain/housing/agreement.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { OutgoingMail } from './mailer.ts';
import { renderMail } from './render-mail.ts';

const LOCALE: Record<Language, string> = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' };

/** 2026年7月17日 / 2026.07.17 / 17 Jul 2026, as the web app writes dates (ICU's Mongolian month names are not what Mongolians write). */
export function formatMailDate(language: Language, isoDate: string): string {
  if (language === 'mn') return isoDate.replaceAll('-', '.');
  const month = language === 'ja' ? 'long' : 'short';
  return new Intl.DateTimeFormat(LOCALE[language], { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export type AgreementMailFacts = { agreement: string; partner: string; link: string };

export function agreementReminderMail(to: string, language: Language, reminder: AgreementReminder, facts: AgreementMailFacts): OutgoingMail {
  const date = (iso: string) => formatMailDate(language, iso);
  return reminder.renews
    ? renderMail('agreementRenewal', language, to, { ...facts, renewal: date(reminder.about), noticeBy: date(reminder.noticeBy) })
    : renderMail('agreementEnding', language, to, { ...facts, lastDay: date(reminder.currentTermEnds) });
}
