// What a parsed file looks like to the rest of the import: the header row and the data rows
// as text, each with the row number a person sees in the spreadsheet (the first row is 1).

export type TableRow = { rowNumber: number; cells: string[] };

export type TableFormat =
  | { kind: 'csv'; encoding: TextEncodingName; delimiter: ',' | ';' | '\t' }
  | { kind: 'xlsx'; sheetName: string };

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'cp932';

export type ParsedTable = {
  header: string[];
  /** Row number of the header (1 unless blank rows precede it). */
  headerRowNumber: number;
  /** Non-empty data rows in file order. */
  rows: TableRow[];
  format: TableFormat;
};

/** Rows parsed so far, for a progress bar. */
export type ProgressCallback = (rowsParsed: number) => void;

export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** A date cell as text: ISO YYYY-MM-DD (UTC), with THH:mm:ss only when it has a time of day. */
export function dateCellText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
