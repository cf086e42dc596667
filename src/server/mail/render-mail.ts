// Mail texts come from the i18n catalogs (locales/*/mail.json), in the recipient's language.
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import enMail from '../../i18n/locales/en/mail.json' with { type: 'json' };
import jaMail from '../../i18n/locales/ja/mail.json' with { type: 'json' };
import mnMail from '../../i18n/locales/mn/mail.json' with { type: 'json' };
import type { OutgoingMail } from './mailer.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: { ja: { mail: jaMail }, mn: { mail: mnMail }, en: { mail: enMail } },
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'ja',
  defaultNS: 'mail',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export const MAIL_KINDS = ['invitation', 'passwordReset'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export type MailParams = {
  invitation: { inviter: string; organization: string; link: string; expires: string };
  passwordReset: { link: string; expires: string };
};

export function renderMail<K extends MailKind>(kind: K, language: Language, to: string, params: MailParams[K]): OutgoingMail {
  const t = (key: string) => String(instance.t(key, { lng: language, ...(params as Record<string, string>) }));
  return { to, kind, language, subject: t(`${kind}.subject`), text: [t(`${kind}.body`), '', t('footer')].join('\n') };
}
