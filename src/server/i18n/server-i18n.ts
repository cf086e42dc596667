// Server-side translation (error messages, e-mail) from the same catalogs the web app uses.
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import enCertificates from '../../i18n/locales/en/certificates.json' with { type: 'json' };
import enContracts from '../../i18n/locales/en/contracts.json' with { type: 'json' };
import enErrors from '../../i18n/locales/en/errors.json' with { type: 'json' };
import enExport from '../../i18n/locales/en/export.json' with { type: 'json' };
import enMail from '../../i18n/locales/en/mail.json' with { type: 'json' };
import enFunderReport from '../../i18n/locales/en/funder-report.json' with { type: 'json' };
import enReports from '../../i18n/locales/en/reports.json' with { type: 'json' };
import jaCertificates from '../../i18n/locales/ja/certificates.json' with { type: 'json' };
import jaContracts from '../../i18n/locales/ja/contracts.json' with { type: 'json' };
import jaErrors from '../../i18n/locales/ja/errors.json' with { type: 'json' };
import jaExport from '../../i18n/locales/ja/export.json' with { type: 'json' };
import jaMail from '../../i18n/locales/ja/mail.json' with { type: 'json' };
import jaFunderReport from '../../i18n/locales/ja/funder-report.json' with { type: 'json' };
import jaReports from '../../i18n/locales/ja/reports.json' with { type: 'json' };
import mnCertificates from '../../i18n/locales/mn/certificates.json' with { type: 'json' };
import mnContracts from '../../i18n/locales/mn/contracts.json' with { type: 'json' };
import mnErrors from '../../i18n/locales/mn/errors.json' with { type: 'json' };
import mnExport from '../../i18n/locales/mn/export.json' with { type: 'json' };
import mnMail from '../../i18n/locales/mn/mail.json' with { type: 'json' };
import mnFunderReport from '../../i18n/locales/mn/funder-report.json' with { type: 'json' };
import mnReports from '../../i18n/locales/mn/reports.json' with { type: 'json' };

/** `export`: the texts of a person's own data export; `certificates`: generated PDF certificates; `contracts`: generated contracts (the housing loan-for-use contract); `reports`: the dashboards' exports; `funder-report`: a funded project's report (XLSX, PDF). */
export type ServerNamespace = 'errors' | 'mail' | 'export' | 'certificates' | 'contracts' | 'reports' | 'funder-report';

const instance = i18next.createInstance();
void instance.init({
  resources: {
    ja: { errors: jaErrors, mail: jaMail, export: jaExport, certificates: jaCertificates, contracts: jaContracts, reports: jaReports, 'funder-report': jaFunderReport },
    mn: { errors: mnErrors, mail: mnMail, export: mnExport, certificates: mnCertificates, contracts: mnContracts, reports: mnReports, 'funder-report': mnFunderReport },
    en: { errors: enErrors, mail: enMail, export: enExport, certificates: enCertificates, contracts: enContracts, reports: enReports, 'funder-report': enFunderReport },
  },
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'ja',
  ns: ['errors', 'mail', 'export', 'certificates', 'contracts', 'reports', 'funder-report'],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function translate(language: Language, namespace: ServerNamespace, key: string, params: Record<string, unknown> = {}): string {
  return String(instance.t(key, { ...params, lng: language, ns: namespace }));
}
