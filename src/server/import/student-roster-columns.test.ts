import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/shared/localized-text.ts';
import { splitSkills, STUDENT_ROSTER_COLUMNS } from './student-roster-columns.ts';
import { validateRows } from './validate-rows.ts';

const header = (language: (typeof LANGUAGES)[number]) => STUDENT_ROSTER_COLUMNS.map((c) => c.labels[language]);
const row = (overrides: Record<string, string> = {}) => {
  const cells: Record<string, string> = {
    email: 'Nomin.Dorj@Example.MN',
    nameLatin: 'DORJ NOMIN',
    nameCyrillic: 'Дорж Номин',
    nameKatakana: 'ﾄﾞﾙｼﾞ・ﾉﾐﾝ',
    department: 'Мехатроник',
    graduationYear: '２０２６',
    jlptLevel: 'Байхгүй',
    jlptDate: '',
    skills: 'CAD、Python; гагнуур',
    consentSigned: 'Тийм',
    consentDate: '2026/4/15',
    consentLanguage: '',
    ...overrides,
  };
  return { rowNumber: 2, cells: STUDENT_ROSTER_COLUMNS.map((c) => cells[c.key]!) };
};
const validate = (cells = row(), language: (typeof LANGUAGES)[number] = 'mn') => validateRows({ header: header(language), rows: [cells] }, STUDENT_ROSTER_COLUMNS, { naturalKey: ['email'], language });

describe('the student roster columns', () => {
  it('accept the template headers of every language and read a row as typed values', () => {
    for (const language of LANGUAGES) {
      const result = validate(row(), language);
      expect(result).toMatchObject({
        ok: true,
        rows: [
          {
            values: {
              email: 'nomin.dorj@example.mn',
              nameKatakana: 'ドルジ・ノミン',
              graduationYear: 2026,
              jlptLevel: 'none',
              jlptDate: null,
              skills: ['CAD', 'Python', 'гагнуур'],
              consentSigned: true,
              consentDate: '2026-04-15',
              consentLanguage: null,
            },
          },
        ],
      });
    }
  });

  it('read “yes” and “none” in Japanese and English too, and JLPT levels in any case', () => {
    for (const [signed, none] of [
      ['はい', 'なし'],
      ['Yes', 'None'],
      ['✓', '-'],
    ]) {
      expect(validate(row({ consentSigned: signed!, jlptLevel: none! })).ok).toBe(true);
    }
    expect(validate(row({ jlptLevel: 'jlpt n3' }))).toMatchObject({ ok: true, rows: [{ values: { jlptLevel: 'N3' } }] });
  });

  it('check names with the application contract’s own rules, and refuse an unsigned form', () => {
    const result = validate(row({ nameLatin: 'Дорж Номин', nameKatakana: 'Nomin', consentSigned: 'Үгүй', jlptLevel: 'N6', skills: 'x'.repeat(101) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.column, i.code])).toEqual([
      ['Овог нэр (латинаар, паспортынх шиг)', 'name.latinOnly'],
      ['Нэр (катаканагаар)', 'name.katakanaOnly'],
      ['JLPT түвшин', 'import.jlptLevel'],
      ['Ур чадвар', 'cell.tooLong'],
      ['Зөвшөөрлийн маягтад гарын үсэг зурсан', 'consent.paperFormMissing'],
    ]);
  });

  it('split skills on ; and 、 and drop empty parts', () => {
    expect(splitSkills(' CAD ;; Python、溶接；PLC ')).toEqual(['CAD', 'Python', '溶接', 'PLC']);
  });
});
