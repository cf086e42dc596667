// Server-side translation (error messages, e-mail) from the same catalogs the web app uses.
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import enErrors from '../../i18n/locales/en/errors.json' with { type: 'json' };
import enExport from '../../i18n/locales/en/export.json' with { type: 'json' };
import enMail from '../../i18n/locales/en/mail.json' with { type: 'json' };
import jaErrors from '../../i18n/locales/ja/errors.json' with { type: 'json' };
import jaExport from '../../i18n/locales/ja/export.json' with { type: 'json' };
import jaMail from '../../i18n/locales/ja/mail.json' with { type: 'json' };
import mnErrors from '../../i18n/locales/mn/errors.json' with { type: 'json' };
import mnExport from '../../i18n/locales/mn/export.json' with { type: 'json' };
import mnMail from '../../i18n/locales/mn/mail.json' with { type: 'json' };

/** `export`: the texts of a person's own data export (column headers, notes). */
export type ServerNamespace = 'errors' | 'mail' | 'export';

const instance = i18next.createInstance();
void instance.init({
  resources: {
    ja: { errors: jaErrors, mail: jaMail, export: jaExport },
    mn: { errors: mnErrors, mail: mnMail, export: mnExport },
    en: { errors: enErrors, mail: enMail, export: enExport },
  },
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'ja',
  ns: ['errors', 'mail', 'export'],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function translate(language: Language, namespace: ServerNamespace, key: string, params: Record<string, unknown> = {}): string {
  return String(instance.t(key, { ...params, lng: language, ns: namespace }));
}
