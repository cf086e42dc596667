// A Mongolian student's name the way each reader expects it: Japanese readers the katakana
// reading, Mongolian readers the Cyrillic name, English readers the Latin name as in the
// passport (which the others also get beside, as the name on official papers).
import type { Language } from '../../domain/shared/localized-text.ts';

export type StudentNames = { nameLatin: string; nameCyrillic: string; nameKatakana: string };

export function studentName(names: StudentNames, language: Language): { primary: string; secondary: string | null } {
  if (language === 'ja') return { primary: names.nameKatakana || names.nameLatin, secondary: names.nameLatin };
  if (language === 'mn') return { primary: names.nameCyrillic || names.nameLatin, secondary: names.nameLatin };
  return { primary: names.nameLatin, secondary: null };
}
