// The columns of a college's student roster (issue 4 item 4): one row a student, its headers in
// ja/mn/en from the student-import catalogs (the template writes them, the import accepts any of
// them). Cells are parsed here; the rules of an application itself are the contract's
// (contracts/applications.ts applicationInput), checked by the import service on the parsed row
// so the student's own form and the roster cannot drift apart.
import { JLPT_LEVELS, type JlptLevel } from '../../domain/applications/application.ts';
import { LANGUAGES, type Language } from '../../domain/shared/localized-text.ts';
import en from '../../i18n/locales/en/student-import.json' with { type: 'json' };
import ja from '../../i18n/locales/ja/student-import.json' with { type: 'json' };
import mn from '../../i18n/locales/mn/student-import.json' with { type: 'json' };
import type { z } from 'zod';
import { applicationInput } from '../../contracts/applications.ts';
import { email, integer, isoDate, oneOf } from './cell-parsers.ts';
import { column, fail, ok, type CellOutcome } from './column-definition.ts';

export const STUDENT_IMPORT_CATALOGS = { ja, mn, en } as const;
type ColumnKey = keyof typeof en.columns;

const labels = (key: ColumnKey): Record<Language, string> => ({ ja: ja.columns[key].label, mn: mn.columns[key].label, en: en.columns[key].label });

const fold = (value: string) => value.normalize('NFKC').trim().toLowerCase();

/** Words a person writes for “signed” in any of the three languages. */
const YES = new Set([...LANGUAGES.map((l) => fold(STUDENT_IMPORT_CATALOGS[l].values.yes)), 'yes', 'y', 'true', '1', '✓', '✔', '○', '〇', '◯', 'はい', '済', '署名済', '署名済み', 'тийм', 'зурсан', 'tiim'].map(fold));
/** “None” for the JLPT level in any of the three languages, and the usual dashes. */
const NO_JLPT = new Set([...LANGUAGES.map((l) => fold(STUDENT_IMPORT_CATALOGS[l].values.none)), 'none', 'なし', '無し', 'байхгүй', '-', '—', 'ー'].map(fold));

function jlptLevel() {
  const level = oneOf(JLPT_LEVELS);
  return (value: string): CellOutcome<JlptLevel> => {
    const folded = fold(value).replace(/^jlpt\s*/, '');
    if (NO_JLPT.has(folded)) return ok('none');
    const parsed = level(folded);
    return parsed.ok ? parsed : fail('import.jlptLevel');
  };
}

/** Signed or not; anything but a “yes” is a row the import must refuse. */
function signed() {
  return (value: string): CellOutcome<true> => (YES.has(fold(value)) ? ok(true) : fail('consent.paperFormMissing'));
}

const ISSUE_CODE = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/;

/** A contract issue as a cell issue: our own codes as they are, a maximum as cell.tooLong. */
export function cellIssueOf(issue: z.core.$ZodIssue): { code: string; params?: Record<string, number> } {
  if (ISSUE_CODE.test(issue.message)) return { code: issue.message };
  const max = (issue as { maximum?: unknown }).maximum;
  if (issue.code === 'too_big' && typeof max === 'number') return issue.path.length > 1 || issue.origin === 'string' ? { code: 'cell.tooLong', params: { max } } : { code: 'cell.tooMany', params: { max } };
  return { code: 'invalid' };
}

/** The cell checked by the same field schema as the student's own application form. */
function asInApplication<K extends keyof typeof applicationInput.shape, V>(field: K, before: (text: string) => CellOutcome<V> = (t) => ok(t as V)) {
  const schema = applicationInput.shape[field];
  return (text: string): CellOutcome<z.output<(typeof applicationInput.shape)[K]>> => {
    const first = before(text);
    if (!first.ok) return first;
    const parsed = schema.safeParse(first.value);
    if (parsed.success) return ok(parsed.data as z.output<(typeof applicationInput.shape)[K]>);
    const { code, params } = cellIssueOf(parsed.error.issues[0]!);
    return fail(code, params);
  };
}

/** Separated by ; or 、 (also their full-width forms); empty parts dropped. */
export function splitSkills(value: string): string[] {
  return value
    .split(/[;；、､]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export const STUDENT_ROSTER_COLUMNS = [
  column({ key: 'email', labels: labels('email'), aliases: ['Email', 'E-mail address', 'メール', 'Имэйл', 'И-мэйл'], required: true, width: 32, parse: (v) => {
    const parsed = email()(v);
    return parsed.ok ? ok(parsed.value.toLowerCase()) : parsed;
  } }),
  column({ key: 'nameLatin', labels: labels('nameLatin'), aliases: ['Name (Latin)', '氏名（ローマ字）', 'Нэр (латинаар)'], required: true, width: 28, parse: asInApplication('nameLatin') }),
  column({ key: 'nameCyrillic', labels: labels('nameCyrillic'), aliases: ['Нэр (кириллээр)'], required: true, width: 28, parse: asInApplication('nameCyrillic') }),
  // Half-width katakana (ｶﾀｶﾅ) typed on a Japanese keyboard becomes full-width.
  column({ key: 'nameKatakana', labels: labels('nameKatakana'), required: true, width: 28, parse: asInApplication('nameKatakana', (v) => ok(v.normalize('NFKC'))) }),
  column({ key: 'department', labels: labels('department'), required: true, width: 24, parse: asInApplication('department') }),
  column({ key: 'graduationYear', labels: labels('graduationYear'), required: true, width: 14, parse: asInApplication('graduationYear', integer({ min: 2000, max: 2100 })) }),
  column({ key: 'jlptLevel', labels: labels('jlptLevel'), aliases: ['JLPT', '日本語能力試験'], required: false, width: 14, parse: jlptLevel() }),
  column({ key: 'jlptDate', labels: labels('jlptDate'), required: false, width: 14, parse: asInApplication('jlptDate', isoDate()) }),
  column({ key: 'skills', labels: labels('skills'), required: false, width: 30, parse: asInApplication('skills', (v) => ok(splitSkills(v))), format: (skills: string[]) => skills.join('; ') }),
  column({ key: 'consentSigned', labels: labels('consentSigned'), aliases: ['同意書署名済み', 'Consent signed'], required: true, width: 18, parse: signed() }),
  column({ key: 'consentDate', labels: labels('consentDate'), required: true, width: 16, parse: isoDate() }),
  column({ key: 'consentLanguage', labels: labels('consentLanguage'), required: false, width: 14, parse: oneOf(LANGUAGES) }),
] as const;

export type StudentRosterKey = (typeof STUDENT_ROSTER_COLUMNS)[number]['key'];
