import { describe, expect, expectTypeOf, it } from 'vitest';
import { SAMPLE_COLUMNS, sampleStudents } from '../../../test/fixtures/import/sample-students.ts';
import { integer, isoDate, text } from './cell-parsers.ts';
import { column } from './column-definition.ts';
import type { TableRow } from './parsed-table.ts';
import { validateRows } from './validate-rows.ts';

const COLUMNS = [
  column({ key: 'code', labels: { ja: 'コード', mn: 'Код', en: 'Code' }, required: true, parse: text({ maxLength: 8 }) }),
  column({ key: 'name', labels: { ja: '氏名', mn: 'Нэр', en: 'Name' }, aliases: ['Full name'], required: true, parse: text() }),
  column({ key: 'born', labels: { ja: '生年月日', mn: 'Төрсөн огноо', en: 'Birth date' }, required: false, parse: isoDate() }),
  column({ key: 'year', labels: { ja: '卒業年', mn: 'Төгсөх он', en: 'Graduation year' }, required: false, parse: integer({ min: 2000, max: 2100 }) }),
] as const;

const rows = (...cells: string[][]): TableRow[] => cells.map((c, i) => ({ rowNumber: i + 2, cells: c }));

describe('validateRows', () => {
  it('gives typed rows when every row is valid; optional cells left empty are null', () => {
    const result = validateRows({ header: ['Code', 'Name', 'Birth date', 'Graduation year'], rows: rows(['A1', 'Бат', '2003/4/5', '２０２５'], ['A2', 'タナカ', '', '']) }, COLUMNS);
    expect(result).toEqual({
      ok: true,
      rows: [
        { rowNumber: 2, values: { code: 'A1', name: 'Бат', born: '2003-04-05', year: 2025 } },
        { rowNumber: 3, values: { code: 'A2', name: 'タナカ', born: null, year: null } },
      ],
    });
    if (result.ok) expectTypeOf(result.rows[0]!.values).toEqualTypeOf<{ code: string; name: string; born: string | null; year: number | null }>();
  });

  it('accepts headers in ja, mn or en, aliases, any order, any case and full- or half-width', () => {
    for (const header of [
      ['コード', '氏名', '生年月日', '卒業年'],
      ['КОД', 'нэр', 'ТӨРСӨН  ОГНОО', 'Төгсөх он'],
      ['ｃｏｄｅ', ' FULL NAME ', 'birth date', 'GRADUATION　YEAR'],
      ['Name', 'Code'],
    ]) {
      const cells = header.map((h) => ({ コード: 'X', КОД: 'X', ｃｏｄｅ: 'X', Code: 'X' })[h] ?? 'v');
      const result = validateRows({ header, rows: rows(cells.map((c, i) => (i >= 2 ? '' : c))) }, COLUMNS);
      expect(result.ok, header.join('|')).toBe(true);
    }
  });

  it('lists every issue, each naming its row and the column as headed in the file, and writes nothing', () => {
    const result = validateRows(
      { header: ['コード', '氏名', '生年月日', '卒業年'], rows: rows(['A1', 'ok', '2003-02-30', '1999'], ['TOO-LONG-CODE', '', 'x', 'abc'], ['A3', 'fine', '', '']) },
      COLUMNS,
    );
    expect(result).toEqual({
      ok: false,
      truncated: false,
      issues: [
        { row: 2, column: '生年月日', columnIndex: 3, code: 'cell.notDate' },
        { row: 2, column: '卒業年', columnIndex: 4, code: 'cell.outOfRange', params: { min: 2000, max: 2100 } },
        { row: 3, column: 'コード', columnIndex: 1, code: 'cell.tooLong', params: { max: 8 } },
        { row: 3, column: '氏名', columnIndex: 2, code: 'cell.required' },
        { row: 3, column: '生年月日', columnIndex: 3, code: 'cell.notDate' },
        { row: 3, column: '卒業年', columnIndex: 4, code: 'cell.notInteger' },
      ],
    });
  });

  it('reports header problems once, on the header row: missing, repeated and unknown columns', () => {
    const result = validateRows({ header: ['Code', 'Notes', 'コード'], headerRowNumber: 3, rows: rows(['A', 'B', 'C']) }, COLUMNS, { language: 'ja' });
    expect(result).toEqual({
      ok: false,
      truncated: false,
      issues: [
        { row: 3, column: 'Notes', columnIndex: 2, code: 'header.unknown' },
        { row: 3, column: 'コード', columnIndex: 3, code: 'header.duplicate', params: { firstColumn: 'Code' } },
        { row: 3, column: '氏名', code: 'header.missing', params: { key: 'name' } },
      ],
    });
  });

  it('ignores unknown columns when asked, and otherwise flags data under no header by its letter', () => {
    const table = { header: ['Code', 'Name', '', 'Memo'], rows: rows(['A', 'B', 'stray', 'note', 'beyond']) };
    expect(validateRows(table, COLUMNS, { unknownColumns: 'ignore' }).ok).toBe(true);
    const strict = validateRows({ header: ['Code', 'Name'], rows: rows(['A', 'B', '', 'stray']) }, COLUMNS);
    expect(strict).toMatchObject({ ok: false, issues: [{ row: 2, column: 'D', columnIndex: 4, code: 'cell.unexpected' }] });
  });

  it('flags a natural key seen earlier in the file on the later row, case- and width-insensitively', () => {
    const result = validateRows({ header: ['Code', 'Name'], rows: rows(['A1', 'x'], ['B1', 'y'], ['ａ１', 'z'], ['a1', 'w']) }, COLUMNS, { naturalKey: ['code'] });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { row: 4, column: 'Code', code: 'row.duplicate', params: { firstRow: 2 } },
        { row: 5, column: 'Code', code: 'row.duplicate', params: { firstRow: 2 } },
      ],
    });
  });

  it('reads back the apostrophe our exports put before formula-like text', () => {
    const result = validateRows({ header: ['Code', 'Name'], rows: rows(["'=1+1", "'-Bat"], ["'plain", "'+976"]) }, COLUMNS);
    expect(result).toMatchObject({ ok: true, rows: [{ values: { code: '=1+1', name: '-Bat' } }, { values: { code: "'plain", name: '+976' } }] });
  });

  it('stops listing at maxIssues and says so', () => {
    const many = rows(...Array.from({ length: 50 }, () => ['', '']));
    const result = validateRows({ header: ['Code', 'Name'], rows: many }, COLUMNS, { maxIssues: 7 });
    expect(result).toMatchObject({ ok: false, truncated: true });
    if (!result.ok) expect(result.issues).toHaveLength(7);
  });

  it('validates the sample students', () => {
    const students = sampleStudents(100);
    const table = { header: SAMPLE_COLUMNS.map((c) => c.labels.en), rows: students.map((s, i) => ({ rowNumber: i + 2, cells: SAMPLE_COLUMNS.map((c) => String(s[c.key])) })) };
    const result = validateRows(table, SAMPLE_COLUMNS, { naturalKey: ['studentNumber'] });
    expect(result.ok && result.rows.map((r) => r.values)).toEqual(students);
  });
});
