// Server-side translation of error codes, from the same catalogs the web app uses.
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import enErrors from '../../i18n/locales/en/errors.json' with { type: 'json' };
import jaErrors from '../../i18n/locales/ja/errors.json' with { type: 'json' };
import mnErrors from '../../i18n/locales/mn/errors.json' with { type: 'json' };

const instance = i18next.createInstance();
void instance.init({
  resources: { ja: { errors: jaErrors }, mn: { errors: mnErrors }, en: { errors: enErrors } },
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'ja',
  defaultNS: 'errors',
  ns: ['errors'],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

const translators = new Map<Language, TFunction>(LANGUAGES.map((l) => [l, instance.getFixedT(l, 'errors')]));

export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  return (translators.get(language) ?? instance.t)(key, params) as string;
}
