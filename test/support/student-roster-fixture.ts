// Deterministic student rosters for the import tests and the end-to-end test (issue 4 item 4):
// N students of a Mongolian college with names in Latin (as in the passport: patronymic then
// given name), Cyrillic and a katakana reading, departments, JLPT levels and signed consent
// forms; written as CSV (UTF-8 with BOM, or Shift_JIS when every character has a code there)
// and XLSX with the template's headers in ja, mn or en. `brokenRoster` is the same file with
// known mistakes at known rows and columns.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Language } from '../../src/domain/shared/localized-text.ts';
import { STUDENT_IMPORT_CATALOGS, STUDENT_ROSTER_COLUMNS, type StudentRosterKey } from '../../src/server/import/student-roster-columns.ts';

/** Latin as in a Mongolian passport, Cyrillic, katakana. */
const GIVEN: readonly (readonly [string, string, string])[] = [
  ['BATBAYAR', 'Батбаяр', 'バトバヤル'],
  ['ENKHJARGAL', 'Энхжаргал', 'エンフジャルガル'],
  ['TEMUULEN', 'Тэмүүлэн', 'テムーレン'],
  ['NOMIN', 'Номин', 'ノミン'],
  ['ANUJIN', 'Анужин', 'アヌジン'],
  ['BILGUUN', 'Билгүүн', 'ビルグーン'],
  ['MUNKHZUL', 'Мөнхзул', 'ムンフズル'],
  ['KHULAN', 'Хулан', 'ホラン'],
  ['TSOLMON', 'Цолмон', 'ツォルモン'],
  ['GANZORIG', 'Ганзориг', 'ガンゾリグ'],
  ['SARNAI', 'Сарнай', 'サルナイ'],
  ['ERDENEBAT', 'Эрдэнэбат', 'エルデネバト'],
  ['OYUNCHIMEG', 'Оюунчимэг', 'オユンチメグ'],
  ['TUGULDUR', 'Төгөлдөр', 'トゥグルドゥル'],
  ['DULGUUN', 'Дөлгөөн', 'ドゥルグーン'],
  ['ARIUNAA', 'Ариунаа', 'アリウナー'],
  ['BOLOR', 'Болор', 'ボロル'],
  ['ZOLZAYA', 'Золзаяа', 'ゾルザヤー'],
];
const PATRONYMIC: readonly (readonly [string, string, string])[] = [
  ['GANBOLD', 'Ганболд', 'ガンボルド'],
  ['DORJ', 'Дорж', 'ドルジ'],
  ['BATSUKH', 'Батсүх', 'バトスフ'],
  ['ERDENE', 'Эрдэнэ', 'エルデネ'],
  ['ZORIG', 'Зориг', 'ゾリグ'],
  ['NARANBAATAR', 'Наранбаатар', 'ナランバートル'],
  ['OTGONBAYAR', 'Отгонбаяр', 'オトゴンバヤル'],
  ['SUKHBAATAR', 'Сүхбаатар', 'スフバートル'],
  ['TSERENDORJ', 'Цэрэндорж', 'ツェレンドルジ'],
  ['BAYARSAIKHAN', 'Баярсайхан', 'バヤルサイハン'],
  ['GANKHUYAG', 'Ганхуяг', 'ガンフヤグ'],
  ['MUNKHBAT', 'Мөнхбат', 'ムンフバト'],
];
const DEPARTMENTS = ['Мехатроник', 'Цахилгаан', 'Мэдээллийн технологи', 'Барилга', 'Механик инженерчлэл', 'Хими технологи'] as const;
const SKILLS = ['CAD', 'Python', 'гагнуур', 'PLC', 'AutoCAD', 'C++', 'Excel', 'CNC', '3D хэвлэл', 'Arduino'] as const;
const JLPT = ['N2', 'N3', 'N3', 'N4', 'N4', 'N5', 'none'] as const;

/** One roster row as the file holds it: every cell as text, keyed by column. */
export type RosterStudent = Record<StudentRosterKey, string>;

export type RosterOptions = {
  /** Changes who is generated (default 1). */
  seed?: number;
  /** Part of every address, so two rosters of one test never share students (default 'roster'). */
  tag?: string;
  domain?: string;
  /** Only characters Shift_JIS can encode (no Ө, Ү in Cyrillic names): for Japanese Excel's CSV. */
  shiftJisSafe?: boolean;
};

/** `count` students, the same for the same options. */
export function rosterStudents(count: number, options: RosterOptions = {}): RosterStudent[] {
  let state = (options.seed ?? 1) >>> 0 || 1;
  const pick = <T>(list: readonly T[]): T => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return list[state % list.length]!;
  };
  const safe = <T extends readonly [string, string, string]>(list: readonly T[]) => (options.shiftJisSafe ? list.filter(([, cyrillic]) => !/[ӨөҮү]/.test(cyrillic)) : list);
  const given = safe(GIVEN);
  const patronymic = safe(PATRONYMIC);
  const tag = options.tag ?? 'roster';
  const domain = options.domain ?? 'students.example.mn';
  return Array.from({ length: count }, (_, i) => {
    const [gl, gc, gk] = pick(given);
    const [pl, pc, pk] = pick(patronymic);
    const jlpt = pick(JLPT);
    const skills = [pick(SKILLS), pick(SKILLS)].filter((s, j, all) => all.indexOf(s) === j);
    return {
      email: `${gl.toLowerCase()}.${pl.toLowerCase()}.${tag}${i + 1}@${domain}`,
      nameLatin: `${pl} ${gl}`,
      nameCyrillic: `${pc} ${gc}`,
      nameKatakana: `${pk}・${gk}`,
      department: options.shiftJisSafe ? pick(['Барилга', 'Цахилгаан']) : pick(DEPARTMENTS),
      graduationYear: String(2025 + (i % 3)),
      jlptLevel: jlpt,
      jlptDate: jlpt === 'none' ? '' : `2025-${pick(['07-06', '12-07'])}`,
      skills: (options.shiftJisSafe ? skills.filter((s) => /^[\x20-\x7e]+$/.test(s)) : skills).join('; '),
      consentSigned: 'Тийм',
      consentDate: `2026-0${1 + (i % 9)}-1${i % 10}`,
      consentLanguage: 'mn',
    };
  });
}

/** The header row in `language` and one row of cells a student, in the template's column order. */
export function rosterCells(students: readonly RosterStudent[], language: Language = 'mn'): string[][] {
  const header = STUDENT_ROSTER_COLUMNS.map((c) => c.labels[language]);
  return [header, ...students.map((s) => STUDENT_ROSTER_COLUMNS.map((c) => s[c.key]))];
}

const csvField = (text: string) => (/[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** CSV as Excel writes it: UTF-8 with BOM by default, or Shift_JIS (cp932) as Japanese Excel does. */
export function rosterCsv(students: readonly RosterStudent[], options: { language?: Language; encoding?: 'utf-8-bom' | 'utf-8' | 'shift_jis' } = {}): Buffer {
  const text = rosterCells(students, options.language ?? 'mn')
    .map((cells) => cells.map(csvField).join(','))
    .join('\r\n');
  const encoding = options.encoding ?? 'utf-8-bom';
  if (encoding === 'shift_jis') {
    const bytes = iconv.encode(text, 'cp932');
    if (iconv.decode(bytes, 'cp932') !== text) throw new Error('rosterCsv: this roster has characters Shift_JIS cannot encode (use shiftJisSafe)');
    return bytes;
  }
  return Buffer.from(`${encoding === 'utf-8-bom' ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}

/** An XLSX workbook with one sheet named as the template's, every cell as text. */
export async function rosterXlsx(students: readonly RosterStudent[], options: { language?: Language } = {}): Promise<Buffer> {
  const language = options.language ?? 'mn';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(STUDENT_IMPORT_CATALOGS[language].template.sheet);
  for (const cells of rosterCells(students, language)) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A mistake planted in a roster: the spreadsheet row (the header is row 1) and the column. */
export type PlantedError = { row: number; column: StudentRosterKey; code: string };

/**
 * `count` valid students (as rosterStudents with the same options) with these mistakes:
 * row 3 a Cyrillic name in the Latin column; row 5 no signed consent form; row 6 a date that is
 * not one; row 8 the address of row 2 again; row 10 a graduation year out of range; row 11 a
 * JLPT level that does not exist. Needs count ≥ 10.
 */
export function brokenRoster(count: number, options: RosterOptions = {}): { students: RosterStudent[]; errors: PlantedError[] } {
  if (count < 10) throw new Error('brokenRoster needs at least 10 students');
  const students = rosterStudents(count, options).map((s) => ({ ...s }));
  const at = (row: number) => students[row - 2]!;
  at(3).nameLatin = at(3).nameCyrillic;
  at(5).consentSigned = 'Үгүй';
  at(6).consentDate = '2026-02-30';
  at(8).email = at(2).email;
  at(10).graduationYear = '1999';
  at(11).jlptLevel = 'N7';
  return {
    students,
    errors: [
      { row: 3, column: 'nameLatin', code: 'name.latinOnly' },
      { row: 5, column: 'consentSigned', code: 'consent.paperFormMissing' },
      { row: 6, column: 'consentDate', code: 'cell.notDate' },
      { row: 8, column: 'email', code: 'row.duplicate' },
      { row: 10, column: 'graduationYear', code: 'cell.outOfRange' },
      { row: 11, column: 'jlptLevel', code: 'import.jlptLevel' },
    ],
  };
}
