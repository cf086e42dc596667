// The language of a request's human-readable messages: the first of ja, mn, en in the
// Accept-Language header (by quality), Japanese otherwise.
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';

export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'ja';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { base } of ranked) {
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'ja';
}
