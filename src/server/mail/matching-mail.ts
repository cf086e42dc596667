// Intern selection's notices (issue 6 item 3): when the operators publish a round, each student
// learns their placement (or that they go on to the next round) and each company member their
// interns, in their own language, with a link to the result and its explanation.
import type { Language } from '../../domain/shared/localized-text.ts';
import type { OutgoingMail } from './mailer.ts';
import { renderMail } from './render-mail.ts';

export type StudentNames = { nameLatin: string; nameCyrillic: string; nameKatakana: string };

/** A student's name as the reader's language writes it: katakana beside the Latin form in Japanese, Cyrillic in Mongolian. */
export function studentNameFor(language: Language, s: StudentNames): string {
  if (language === 'ja') return s.nameKatakana ? `${s.nameLatin}（${s.nameKatakana}）` : s.nameLatin;
  if (language === 'mn') return s.nameCyrillic || s.nameLatin;
  return s.nameLatin;
}

export function studentResultMail(to: string, language: Language, round: string, link: string, placement: { company: string; choice: number } | null): OutgoingMail {
  return placement ? renderMail('matchedStudent', language, to, { round, link, ...placement }) : renderMail('unmatchedStudent', language, to, { round, link });
}

export function companyInternsMail(to: string, language: Language, round: string, link: string, interns: readonly StudentNames[], organizationId: string): OutgoingMail {
  const list = interns.length > 0 ? interns.map((s) => `・${studentNameFor(language, s)}`).join('\n') : '—';
  return { ...renderMail('companyInterns', language, to, { round, link, interns: list }), organizationId };
}
