// The messages the account flows send, in the recipient's language.
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import type { PasswordResetMailer } from '../auth/auth.ts';
import type { Mailer } from './mailer.ts';
import { renderMail } from './render-mail.ts';

export const languageOrJapanese = (value: string): Language => ((LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'ja');

/** Link expiry as people read it: in Japan time, which the programs run on, named as such. */
export function formatExpiry(language: Language, at: Date): string {
  const locale = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' }[language];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo', timeZoneName: 'short' }).format(at);
}

export function passwordResetMailer(mailer: Mailer): PasswordResetMailer {
  return async (to, link, expiresAt) => {
    const language = languageOrJapanese(to.language);
    await mailer.send(renderMail('passwordReset', language, to.email, { link, expires: formatExpiry(language, expiresAt) }));
  };
}
