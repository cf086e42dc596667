// Server-side translation (error messages, e-mail, generated files and exports) from the same
// catalogs the web app uses: a list's download carries the headers its screen shows.
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';

const LOCALES_DIR = path.join(import.meta.dirname, '../../i18n/locales');

/** Every catalog of src/i18n/locales (the file name without .json): `errors`, `mail`, `reports`, `applications`, … */
export type ServerNamespace = string;

type Catalog = Record<string, unknown>;

function catalogsOf(language: Language): Record<string, Catalog> {
  const dir = path.join(LOCALES_DIR, language);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  return Object.fromEntries(files.map((f) => [f.slice(0, -'.json'.length), JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Catalog]));
}

const resources = Object.fromEntries(LANGUAGES.map((l) => [l, catalogsOf(l)]));

const instance = i18next.createInstance();
void instance.init({
  resources,
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'ja',
  ns: Object.keys(resources.ja ?? {}),
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function translate(language: Language, namespace: ServerNamespace, key: string, params: Record<string, unknown> = {}): string {
  return String(instance.t(key, { ...params, lng: language, ns: namespace }));
}
