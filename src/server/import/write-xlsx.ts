// An export or template as XLSX (exceljs): one worksheet, the header in the requested language
// in bold and frozen, dates as date cells (yyyy-mm-dd), every text neutralised against formulas
// (export-cells.ts) even though a text cell is not run as one until someone edits it.
import ExcelJS from 'exceljs';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { AnyColumn } from './column-definition.ts';
import { exportCells, exportHeader, type ExportRow } from './export-cells.ts';

export async function writeXlsx(columns: readonly AnyColumn[], rows: Iterable<ExportRow>, options: { language: Language; sheetName?: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = exportHeader(columns, options.language);
  sheet.columns = columns.map((c, i) => ({ key: c.key, width: c.width ?? Math.max(12, [...header[i]!].length * 2 + 2) }));
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(exportCells(columns, row));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
