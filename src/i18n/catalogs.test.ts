// Every catalog exists in ja, mn and en with the same keys, no empty text, and the same
// {{placeholders}} in each language, so no reader ever meets a raw key or a missing value.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = path.join(import.meta.dirname, 'locales');
const LANGUAGES = ['ja', 'mn', 'en'] as const;

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const namespaces = fs.readdirSync(path.join(LOCALES_DIR, 'en')).filter((f) => f.endsWith('.json'));

describe('the translation catalogs', () => {
  it('has the same namespaces in every language', () => {
    for (const language of LANGUAGES) expect(fs.readdirSync(path.join(LOCALES_DIR, language)).sort()).toEqual([...namespaces].sort());
  });

  for (const namespace of namespaces) {
    it(`${namespace}: same keys, no empty text and the same placeholders in ja, mn and en`, () => {
      const [ja, mn, en] = LANGUAGES.map((l) => flatten(JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, l, namespace), 'utf8')) as Catalog));
      for (const other of [mn!, en!]) expect([...other.keys()].sort()).toEqual([...ja!.keys()].sort());
      for (const [key, text] of ja!) {
        for (const catalog of [ja!, mn!, en!]) expect(catalog.get(key)?.trim(), key).not.toBe('');
        expect(placeholders(mn!.get(key)!), `mn ${key}`).toEqual(placeholders(text));
        expect(placeholders(en!.get(key)!), `en ${key}`).toEqual(placeholders(text));
      }
    });
  }
});
