// XLSX → header and rows, from the first worksheet (in tab order). The zip passes inspectZip
// first; only then does exceljs read it. Each cell becomes the text a person would type back:
// dates as ISO YYYY-MM-DD, numbers as their shortest exact text, TRUE/FALSE, rich text and
// hyperlinks as their text, and a formula as the result Excel cached when it saved the file
// (exceljs never evaluates formulas, and neither do we).
import type ExcelJS from 'exceljs';
import { ImportError } from './import-error.ts';
import type { ImportLimits } from './import-limits.ts';
import { inspectZip } from './inspect-zip.ts';
import { dateCellText, isBlank, type ParsedTable, type ProgressCallback, type TableRow } from './parsed-table.ts';

const PROGRESS_EVERY = 1_000;
// Worksheet parts we never read; skipping them saves memory on decorated workbooks. Without
// mergeCells, a merged area's value stays in its top-left cell, which is where Excel stores it.
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'drawing', 'picture', 'legacyDrawing', 'extLst', 'headerFooter', 'rowBreaks', 'colBreaks', 'mergeCells'];

export async function parseXlsx(bytes: Uint8Array, limits: ImportLimits, onProgress?: ProgressCallback): Promise<ParsedTable> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await inspectZip(buffer, limits);
  const sheet = await loadFirstSheet(buffer, limits);
  let header: string[] | undefined;
  let headerRowNumber = 0;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rowCells(row, rowNumber, limits);
    if (isBlank(cells)) return;
    if (!header) {
      header = cells;
      headerRowNumber = rowNumber;
      return;
    }
    if (rows.length >= limits.maxRows) throw new ImportError('import.tooManyRows', { max: limits.maxRows });
    rows.push({ rowNumber, cells });
    if (onProgress && rows.length % PROGRESS_EVERY === 0) onProgress(rows.length);
  });
  if (!header) throw new ImportError('import.empty');
  onProgress?.(rows.length);
  return { header, headerRowNumber, rows, format: { kind: 'xlsx', sheetName: sheet.name } };
}

// exceljs takes a few hundred milliseconds to load, which a CSV need not wait for. A package
// import() also works where this file is loaded as CommonJS (the parse worker, see
// parse-worker.cjs), where an import() of a .ts file would not.
const loadExcelJs = async () => (await import('exceljs')).default;

async function loadFirstSheet(buffer: Buffer, limits: ImportLimits): Promise<ExcelJS.Worksheet> {
  const workbook = new (await loadExcelJs()).Workbook();
  // exceljs also honours maxRows/maxCols (row elements and cells per row, on every sheet):
  // a second guard on memory; the exact count of non-blank rows is ours, above.
  const options = { ignoreNodes: IGNORED_NODES, maxRows: limits.maxRows * 2 + 100, maxCols: limits.maxColumns };
  try {
    // exceljs types its argument as an ArrayBuffer-like Buffer of its own; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/^Max row count/.test(message)) throw new ImportError('import.tooManyRows', { max: limits.maxRows });
    if (/^Max column count/.test(message)) throw new ImportError('import.tooManyColumns', { max: limits.maxColumns });
    throw new ImportError('import.unreadable', { part: 'workbook' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError('import.empty');
  return sheet;
}

function rowCells(row: ExcelJS.Row, rowNumber: number, limits: ImportLimits): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (column > limits.maxColumns) throw new ImportError('import.tooManyColumns', { row: rowNumber, max: limits.maxColumns });
    const text = cellText(cell);
    if (text.length > limits.maxCellLength) throw new ImportError('import.cellTooLong', { row: rowNumber, column, max: limits.maxCellLength });
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = text;
  });
  return cells;
}

// ExcelJS.ValueType.Formula (the enum is not loaded until a workbook is).
const FORMULA = 6;

export function cellText(cell: ExcelJS.Cell): string {
  // `cell.value` of a formula drops a cached result of 0 or ''; `cell.result` keeps it.
  if (cell.type === FORMULA) return valueText(cell.result);
  return valueText(cell.value);
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateCellText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
    if ('error' in v) return typeof v.error === 'string' ? v.error : '';
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return valueText(v.result);
    if ('text' in v) return valueText(v.text);
  }
  return '';
}
