// CSV text → header and rows. The separator (comma, semicolon or tab) is taken from the header
// line; quoted fields may hold separators, quotes ("") and line breaks; CRLF, LF and CR all end
// a record. A record is a spreadsheet row, so a blank line still counts for the row numbers.
// The limits are checked record by record (field counts even before, csv-scan.ts), so a
// hostile file is stopped early.
import { CsvError, parse } from 'csv-parse/sync';
import { checkFieldCounts, sniffDelimiter } from './csv-scan.ts';
import { decodeText } from './decode-text.ts';
import { ImportError } from './import-error.ts';
import type { ImportLimits } from './import-limits.ts';
import { isBlank, type ParsedTable, type ProgressCallback, type TableRow } from './parsed-table.ts';

const PROGRESS_EVERY = 1_000;

export function parseCsv(bytes: Uint8Array, limits: ImportLimits, onProgress?: ProgressCallback): ParsedTable {
  const { text, encoding } = decodeText(bytes);
  const delimiter = sniffDelimiter(text);
  checkFieldCounts(text, delimiter, limits.maxColumns);
  let header: string[] | undefined;
  let headerRowNumber = 0;
  const rows: TableRow[] = [];
  let rowNumber = 0;
  const onRecord = (cells: string[], context: { records: number; empty_lines: number }): null => {
    // Empty lines are skipped by csv-parse (fast) but counted: they are rows in a spreadsheet.
    rowNumber = context.records + context.empty_lines;
    checkRecord(cells, rowNumber, limits);
    if (isBlank(cells)) return null;
    if (!header) {
      header = cells;
      headerRowNumber = rowNumber;
      return null;
    }
    if (rows.length >= limits.maxRows) throw new ImportError('import.tooManyRows', { max: limits.maxRows });
    rows.push({ rowNumber, cells });
    if (onProgress && rows.length % PROGRESS_EVERY === 0) onProgress(rows.length);
    return null;
  };
  try {
    parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // A backstop for an unclosed quote swallowing the file; cells are checked precisely below.
      max_record_size: limits.maxCellLength * 4 + 16,
      on_record: onRecord,
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const row = failedRow(error) ?? rowNumber + 1;
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') throw new ImportError('import.cellTooLong', { row, max: limits.maxCellLength });
    throw new ImportError('import.unreadable', { row });
  }
  if (!header) throw new ImportError('import.empty');
  onProgress?.(rows.length);
  return { header, headerRowNumber, rows, format: { kind: 'csv', encoding, delimiter } };
}

function checkRecord(cells: string[], rowNumber: number, limits: ImportLimits): void {
  if (cells.length > limits.maxColumns) {
    throw new ImportError('import.tooManyColumns', { row: rowNumber, max: limits.maxColumns });
  }
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.length > limits.maxCellLength) {
      throw new ImportError('import.cellTooLong', { row: rowNumber, column: i + 1, max: limits.maxCellLength });
    }
  }
}

/** The row csv-parse was reading when it failed (its error carries its counters). */
function failedRow(error: unknown): number | undefined {
  if (!(error instanceof CsvError)) return undefined;
  const { records, empty_lines: emptyLines } = error;
  return typeof records === 'number' && typeof emptyLines === 'number' ? records + emptyLines + 1 : undefined;
}
