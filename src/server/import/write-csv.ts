// An export or template as CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as
// the system code page and garbles Cyrillic and katakana), comma-separated, CRLF, RFC 4180
// quoting, every text neutralised against formulas (export-cells.ts).
import type { Language } from '../../domain/shared/localized-text.ts';
import type { AnyColumn, ExportCell } from './column-definition.ts';
import { exportCells, exportHeader, type ExportRow } from './export-cells.ts';
import { dateCellText } from './parsed-table.ts';

const BOM = '\uFEFF';

export function writeCsv(columns: readonly AnyColumn[], rows: Iterable<ExportRow>, options: { language: Language }): Buffer {
  const lines = [exportHeader(columns, options.language).map(csvField).join(',')];
  for (const row of rows) lines.push(exportCells(columns, row).map(csvField).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

function csvField(cell: ExportCell): string {
  if (cell === null || cell === undefined) return '';
  const text = cell instanceof Date ? dateCellText(cell) : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell);
  return /[",\r\n;\t]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
