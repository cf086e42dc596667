// An export or template as XLSX (exceljs): a worksheet per table, the header in the requested
// language in bold and frozen, dates as date cells (yyyy-mm-dd), every text neutralised against
// formulas (export-cells.ts) even though a text cell is not run as one until someone edits it.
import ExcelJS from 'exceljs';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { AnyColumn } from './column-definition.ts';
import { exportCells, exportHeader, type ExportRow } from './export-cells.ts';

export type Sheet = { name: string; columns: readonly AnyColumn[]; rows: Iterable<ExportRow> };

export async function writeXlsx(columns: readonly AnyColumn[], rows: Iterable<ExportRow>, options: { language: Language; sheetName?: string }): Promise<Buffer> {
  return writeWorkbook([{ name: options.sheetName ?? 'Sheet1', columns, rows }], options.language);
}

export async function writeWorkbook(sheets: readonly Sheet[], language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = exportHeader(columns, language);
    sheet.columns = columns.map((c, i) => ({ key: c.key, width: c.width ?? Math.max(12, [...header[i]!].length * 2 + 2) }));
    const headerRow = sheet.addRow(header);
    headerRow.font = { bold: true };
    for (const row of rows) {
      const added = sheet.addRow(exportCells(columns, row));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel refuses sheet names over 31 characters, with []:*?/\ in them or starting with an apostrophe. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+/, '').slice(0, 31);
