// Mail texts come from the i18n catalogs (locales/*/mail.json), in the recipient's language.
import type { Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import type { OutgoingMail } from './mailer.ts';

export const MAIL_KINDS = ['invitation', 'passwordReset', 'fairPublished', 'fairChanged', 'matchedStudent', 'unmatchedStudent', 'companyInterns', 'housingRequested', 'housingAnswered', 'residenceReminder', 'agreementRenewal', 'agreementEnding'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export type MailParams = {
  invitation: { inviter: string; organization: string; link: string; expires: string };
  passwordReset: { link: string; expires: string };
  fairPublished: { fair: string; timetable: string; link: string };
  fairChanged: { fair: string; timetable: string; link: string };
  matchedStudent: { round: string; company: string; choice: number; link: string };
  unmatchedStudent: { round: string; link: string };
  companyInterns: { round: string; interns: string; link: string };
  housingRequested: { company: string; employee: string; moveInOn: string; note: string; link: string };
  housingAnswered: { partner: string; employee: string; answer: string; unit: string; link: string };
  residenceReminder: { what: string; employee: string; company: string; date: string; link: string };
  agreementRenewal: { agreement: string; partner: string; renewal: string; noticeBy: string; link: string };
  agreementEnding: { agreement: string; partner: string; lastDay: string; link: string };
};

export function renderMail<K extends MailKind>(kind: K, language: Language, to: string, params: MailParams[K]): OutgoingMail {
  const t = (key: string) => translate(language, 'mail', key, params);
  return { to, kind, language, subject: t(`${kind}.subject`), text: [t(`${kind}.body`), '', t('footer')].join('\n') };
}
