// The messages the account flows send, in the recipient's language.
import { LANGUAGES, pickLocalized, type Language, type LocalizedText } from '../../domain/shared/localized-text.ts';
import type { PasswordResetMailer } from '../auth/auth.ts';
import type { Mailer, OutgoingMail } from './mailer.ts';
import { renderMail } from './render-mail.ts';

export const languageOrJapanese = (value: string): Language => ((LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'ja');

/** Link expiry as people read it: in Japan time, which the programs run on, named as such. */
export function formatExpiry(language: Language, at: Date): string {
  const locale = { ja: 'ja-JP', mn: 'mn-MN', en: 'en-GB' }[language];
  // Spelled out field by field: Intl refuses timeZoneName together with dateStyle/timeStyle.
  const fields = { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  return new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'Asia/Tokyo', timeZoneName: 'short' }).format(at);
}

export function passwordResetMailer(mailer: Mailer): PasswordResetMailer {
  return async (to, link, expiresAt) => {
    const language = languageOrJapanese(to.language);
    await mailer.send(renderMail('passwordReset', language, to.email, { link, expires: formatExpiry(language, expiresAt) }));
  };
}

export type InvitationMail = {
  to: string;
  language: string;
  inviter: string;
  organizationId: string;
  organizationName: LocalizedText;
  link: string;
  expiresAt: Date;
};

/** The invitation, in the invitee's language, with the organization's name in that language if it has one. */
export function invitationMail(invitation: InvitationMail): OutgoingMail {
  const language = languageOrJapanese(invitation.language);
  const params = {
    inviter: invitation.inviter,
    organization: pickLocalized(invitation.organizationName, language),
    link: invitation.link,
    expires: formatExpiry(language, invitation.expiresAt),
  };
  return { ...renderMail('invitation', language, invitation.to, params), organizationId: invitation.organizationId };
}
