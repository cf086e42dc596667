// A class list pasted from a spreadsheet or typed: one student a line, `name, e-mail[, language]`.
// Cells may be separated by tabs, commas (also 、 and ，) or semicolons; a line whose first cell is
// the address and second the name is read the other way round. E-mail addresses are checked by
// the server, which names the row; here only what would make a row unreadable is flagged.
import type { Language } from '../../../../domain/shared/localized-text.ts';

export type ClassListProblem = 'missingName' | 'missingEmail' | 'unknownLanguage' | 'tooManyCells';

export type ClassListRow = { name: string; email: string; language: Language; problem: ClassListProblem | null };

const SEPARATOR = /\t|[,，、;；]/;

/** What people write for a language, in any of the three. */
const LANGUAGE_NAMES: Record<string, Language> = {
  ja: 'ja', jp: 'ja', japanese: 'ja', '日本語': 'ja', 'японы': 'ja', 'япон': 'ja',
  mn: 'mn', mongolian: 'mn', 'монгол': 'mn', 'モンゴル語': 'mn',
  en: 'en', english: 'en', 'англи': 'en', '英語': 'en',
};

export function parseClassList(text: string, defaultLanguage: Language): ClassListRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => parseLine(line, defaultLanguage));
}

function parseLine(line: string, defaultLanguage: Language): ClassListRow {
  const cells = line.split(SEPARATOR).map((cell) => cell.trim());
  let [name = '', email = ''] = cells;
  if (name.includes('@') && !email.includes('@')) [name, email] = [email, name];
  const languageCell = cells[2] ?? '';
  const language = languageCell === '' ? defaultLanguage : LANGUAGE_NAMES[languageCell.toLowerCase()];
  const row = { name, email, language: language ?? defaultLanguage };
  if (cells.length > 3) return { ...row, problem: 'tooManyCells' };
  if (!name) return { ...row, problem: 'missingName' };
  if (!email) return { ...row, problem: 'missingEmail' };
  if (!language) return { ...row, problem: 'unknownLanguage' };
  return { ...row, problem: null };
}

/** The server's field issues `rows.<index>.<field>` as messages per row index. */
export function rowMessagesOf(fields: { field: string; message: string }[] | undefined): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const { field, message } of fields ?? []) {
    const match = /^rows\.(\d+)\./.exec(field);
    if (!match) continue;
    const index = Number(match[1]);
    byRow.set(index, [...(byRow.get(index) ?? []), message]);
  }
  return byRow;
}

export const sameRow = (a: ClassListRow | undefined, b: ClassListRow | undefined) =>
  a !== undefined && b !== undefined && a.name === b.name && a.email === b.email && a.language === b.language;
