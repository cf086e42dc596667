// Server-side translation (error messages, e-mail) from the same catalogs the web app uses.
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import enCertificates from '../../i18n/locales/en/certificates.json' with { type: 'json' };
import enContracts from '../../i18n/locales/en/contracts.json' with { type: 'json' };
import enErrors from '../../i18n/locales/en/errors.json' with { type: 'json' };
import enExport from '../../i18n/locales/en/export.json' with { type: 'json' };
import enMail from '../../i18n/locales/en/mail.json' with { type: 'json' };
import jaCertificates from '../../i18n/locales/ja/certificates.json' with { type: 'json' };
import jaContracts from '../../i18n/locales/ja/contracts.json' with { type: 'json' };
import jaErrors from '../../i18n/locales/ja/errors.json' with { type: 'json' };
import jaExport from '../../i18n/locales/ja/export.json' with { type: 'json' };
import jaMail from '../../i18n/locales/ja/mail.json' with { type: 'json' };
import mnCertificates from '../../i18n/locales/mn/certificates.json' with { type: 'json' };
import mnContracts from '../../i18n/locales/mn/contracts.json' with { type: 'json' };
import mnErrors from '../../i18n/locales/mn/errors.json' with { type: 'json' };
import mnExport from '../../i18n/locales/mn/export.json' with { type: 'json' };
import mnMail from '../../i18n/locales/mn/mail.json' with { type: 'json' };

/** `export`: the texts of a person's own data export; `certificates`: generated PDF certificates; `contracts`: generated contracts (the housing loan-for-use contract). */
export type ServerNamespace = 'errors' | 'mail' | 'export' | 'certificates' | 'contracts';

const instance = i18next.createInstance();
void instance.init({
  resources: {
    ja: { errors: jaErrors, mail: jaMail, export: jaExport, certificates: jaCertificates, contracts: jaContracts },
    mn: { errors: mnErrors, mail: mnMail, export: mnExport, certificates: mnCertificates, contracts: mnContracts },
    en: { errors: enErrors, mail: enMail, export: enExport, certificates: enCertificates, contracts: enContracts },
  },
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'ja',
  ns: ['errors', 'mail', 'export', 'certificates', 'contracts'],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function translate(language: Language, namespace: ServerNamespace, key: string, params: Record<string, unknown> = {}): string {
  return String(instance.t(key, { ...params, lng: language, ns: namespace }));
}
