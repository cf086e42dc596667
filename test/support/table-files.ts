// Reading a list's download back in tests: CSV rows (the BOM dropped) and the first sheet of an
// XLSX workbook, each cell as exceljs gives it.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export const csvRows = (body: Buffer) => parse(body.toString('utf8').replace(/^\uFEFF/, '')) as string[][];

export async function xlsxRows(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
