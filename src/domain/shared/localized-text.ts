// Text entered by people in one or more of the three languages. Names of organizations and
// programs have an official form in one language and translations in the others.
export const LANGUAGES = ['ja', 'mn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type LocalizedText = Partial<Record<Language, string>>;

/** Which languages to fall back to, in order, when a text lacks the reader's language. */
const FALLBACKS: Record<Language, Language[]> = {
  ja: ['ja', 'en', 'mn'],
  mn: ['mn', 'en', 'ja'],
  en: ['en', 'ja', 'mn'],
};

export function pickLocalized(text: LocalizedText | null | undefined, language: Language): string {
  if (!text) return '';
  for (const candidate of FALLBACKS[language]) {
    const value = text[candidate]?.trim();
    if (value) return value;
  }
  return '';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
