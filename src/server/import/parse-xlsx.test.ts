import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelLikeXlsx } from '../../../test/fixtures/import/excel-like-xlsx.ts';
import { SAMPLE_COLUMNS, sampleStudents } from '../../../test/fixtures/import/sample-students.ts';
import { ImportError } from './import-error.ts';
import { importLimits } from './import-limits.ts';
import { readTable } from './read-table.ts';
import { writeXlsx } from './write-xlsx.ts';

const limits = importLimits();

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('First'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array, overrides = {}): Promise<ImportError> {
  const error = await readTable(bytes, importLimits(overrides)).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('XLSX', () => {
  it('reads a workbook as Excel writes it: tab order, dates, numbers, cached formula results, blank rows', async () => {
    const table = await readTable(excelLikeXlsx(), limits);
    expect(table.format).toEqual({ kind: 'xlsx', sheetName: 'Data' });
    expect(table.header).toEqual(['name', 'kana', 'birth', 'count', 'ratio', 'zero', 'label', 'ok', 'err', 'none']);
    expect(table.rows).toEqual([
      // a formula cached as 0, a text formula, TRUE, an error, a formula never calculated
      { rowNumber: 2, cells: ['Batbayar GANBOLD', 'バトバヤル', '2000-01-01', '42', '0.1', '0', 'xy', 'TRUE', '#N/A', ''] },
      // row 3 is blank; a date-formatted formula gives its cached date
      { rowNumber: 4, cells: ['Төмөр ӨЛЗИЙ', 'トゥムル', '2001-02-03', '-7', '1234567.5'] },
    ]);
  });

  it('round-trips an export of Latin, Cyrillic and katakana names, dates and numbers', async () => {
    const students = sampleStudents(50);
    const bytes = await writeXlsx(SAMPLE_COLUMNS, students, { language: 'mn' });
    const table = await readTable(bytes, limits);
    expect(table.header).toEqual(SAMPLE_COLUMNS.map((c) => c.labels.mn));
    expect(table.rows).toHaveLength(50);
    const s = students[49]!;
    expect(table.rows[49]).toEqual({ rowNumber: 51, cells: [s.studentNumber, s.familyNameLatin, s.givenNameLatin, s.nameCyrillic, s.nameKatakana, s.birthDate, s.email, String(s.graduationYear), s.jlpt] });
  });

  it('never evaluates a formula: the cached result is read, even when it disagrees with the formula', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['a', 'b', 'c']);
      sheet.getCell('A2').value = { formula: '1+1', result: 5 } as ExcelJS.CellFormulaValue;
      sheet.getCell('B2').value = { formula: 'WEBSERVICE("http://attacker.example/")', result: 'cached' } as ExcelJS.CellFormulaValue;
      sheet.getCell('C2').value = new Date(Date.UTC(2024, 3, 1, 9, 30));
      sheet.getCell('C2').numFmt = 'yyyy-mm-dd hh:mm';
    });
    const table = await readTable(bytes, limits);
    expect(table.rows[0]!.cells).toEqual(['5', 'cached', '2024-04-01T09:30:00']);
  });

  it('reads rich text and hyperlinks as their text, and the first worksheet only', async () => {
    const bytes = await workbookBytes((sheet, workbook) => {
      sheet.addRow(['name', 'site']);
      sheet.addRow([{ richText: [{ text: 'Бат', font: { bold: true } }, { text: 'болд' }] }, { text: 'home', hyperlink: 'https://example.mn' }]);
      workbook.addWorksheet('Second').addRow(['other']);
    });
    const table = await readTable(bytes, limits);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['Батболд', 'home'] }]);
  });

  it('refuses too many rows, long cells (naming row and column) and wide rows', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['a', 'b']);
      for (let i = 0; i < 30; i++) sheet.addRow([i, 'x'.repeat(i === 20 ? 300 : 1)]);
    });
    expect(await refusal(bytes, { maxRows: 25 })).toMatchObject({ code: 'import.tooManyRows' });
    expect(await refusal(bytes, { maxCellLength: 200 })).toMatchObject({ code: 'import.cellTooLong', params: { row: 22, column: 2 } });
    expect(await refusal(bytes, { maxColumns: 1 })).toMatchObject({ code: 'import.tooManyColumns' });
    // Far more row elements than allowed: exceljs's own guard stops it while reading the sheet.
    const tall = await workbookBytes((sheet) => {
      for (let i = 0; i < 200; i++) sheet.addRow([i]);
    });
    expect(await refusal(tall, { maxRows: 10 })).toMatchObject({ code: 'import.tooManyRows', params: { max: 10 } });
  });

  it('refuses an empty workbook, a truncated one and a zip that is not a workbook', async () => {
    expect((await refusal(await workbookBytes(() => {}))).code).toBe('import.empty');
    const whole = excelLikeXlsx();
    expect((await refusal(whole.subarray(0, Math.floor(whole.length * 0.6)))).code).toBe('import.unreadable');
    const { buildZip } = await import('../../../test/fixtures/import/build-zip.ts');
    expect(await refusal(buildZip([{ name: 'word/document.xml', data: '<w/>' }]))).toMatchObject({ code: 'import.unsupportedType', params: { detected: 'zip' } });
  });
});
