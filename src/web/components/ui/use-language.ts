import { useTranslation } from 'react-i18next';
import { isLanguage, pickLocalized, type Language, type LocalizedText } from '../../../domain/shared/localized-text.ts';

/** The reader's language and a picker for texts entered in several languages. */
export function useLanguage(): { language: Language; localized: (text: LocalizedText | null | undefined) => string } {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ja';
  return { language, localized: (text) => pickLocalized(text, language) };
}
