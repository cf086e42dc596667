// All-or-nothing validation of a parsed table against column definitions: either every row
// becomes a typed value, or the complete list of issues comes back (up to limits.maxIssues,
// then `truncated`), each naming its row and column. A header problem stops there, since
// every row would repeat it. Two rows with the same natural key: an issue on the later one.
import type { Language } from '../../domain/shared/localized-text.ts';
import type { AnyColumn, RowValues } from './column-definition.ts';
import type { ImportIssue } from './import-issue.ts';
import { DEFAULT_IMPORT_LIMITS } from './import-limits.ts';
import { columnLetter, matchHeader } from './match-header.ts';
import { unneutraliseFormula } from './neutralise-formula.ts';
import type { TableRow } from './parsed-table.ts';

export type ValidateOptions<C extends readonly AnyColumn[]> = {
  /** Columns whose values together identify a row (compared case- and width-insensitively). */
  naturalKey?: readonly C[number]['key'][];
  /** Headers that match no column: an issue (default), or ignored with their cells. */
  unknownColumns?: 'reject' | 'ignore';
  /** Language of the label named in a header.missing issue. */
  language?: Language;
  maxIssues?: number;
};

export type ValidRow<C extends readonly AnyColumn[]> = { rowNumber: number; values: RowValues<C> };
export type ValidationResult<C extends readonly AnyColumn[]> =
  | { ok: true; rows: ValidRow<C>[] }
  | { ok: false; issues: ImportIssue[]; truncated: boolean };

type Table = { header: readonly string[]; headerRowNumber?: number; rows: readonly TableRow[] };

export function validateRows<const C extends readonly AnyColumn[]>(table: Table, columns: C, options: ValidateOptions<C> = {}): ValidationResult<C> {
  const maxIssues = options.maxIssues ?? DEFAULT_IMPORT_LIMITS.maxIssues;
  const headerRow = table.headerRowNumber ?? 1;
  const unknownColumns = options.unknownColumns ?? 'reject';
  const header = matchHeader(table.header, headerRow, columns, { unknownColumns, language: options.language ?? 'en' });
  if (header.issues.length > 0) return { ok: false, issues: header.issues.slice(0, maxIssues), truncated: header.issues.length > maxIssues };

  const issues: ImportIssue[] = [];
  const rows: ValidRow<C>[] = [];
  const firstRowOfKey = new Map<string, number>();
  const columnName = (index: number) => table.header[index]?.trim() || columnLetter(index + 1);
  for (const row of table.rows) {
    const rowIssues: ImportIssue[] = [];
    const at = (index: number) => ({ row: row.rowNumber, column: columnName(index), columnIndex: index + 1 });
    const values: Record<string, unknown> = {};
    for (const c of columns) {
      const index = header.indexOf.get(c.key);
      const cell = index === undefined ? '' : normalizeCell(row.cells[index] ?? '');
      if (cell === '') {
        if (c.required) rowIssues.push({ ...at(index!), code: 'cell.required' });
        values[c.key] = null;
        continue;
      }
      const outcome = c.parse(cell);
      if (outcome.ok) values[c.key] = outcome.value;
      else rowIssues.push({ ...at(index!), code: outcome.code, ...(outcome.params ? { params: outcome.params } : {}) });
    }
    if (unknownColumns === 'reject') {
      row.cells.forEach((cell, index) => {
        if (!header.isKnown(index) && cell.trim() !== '') rowIssues.push({ ...at(index), code: 'cell.unexpected' });
      });
    }
    const key = options.naturalKey && rowIssues.length === 0 ? naturalKeyOf(values, options.naturalKey) : undefined;
    if (key !== undefined) {
      const firstRow = firstRowOfKey.get(key);
      if (firstRow === undefined) firstRowOfKey.set(key, row.rowNumber);
      else rowIssues.push({ ...at(header.indexOf.get(options.naturalKey![0]!)!), code: 'row.duplicate', params: { firstRow } });
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      if (issues.length >= maxIssues) return { ok: false, issues: issues.slice(0, maxIssues), truncated: true };
    } else if (issues.length === 0) {
      rows.push({ rowNumber: row.rowNumber, values: values as RowValues<C> });
    }
  }
  return issues.length > 0 ? { ok: false, issues, truncated: false } : { ok: true, rows };
}

/** Trimmed (also U+3000), NFC, and without the apostrophe our exports put before a formula-like
 * value, so an exported file imports back unchanged. */
function normalizeCell(cell: string): string {
  return unneutraliseFormula(cell.trim().normalize('NFC')).trim();
}

function naturalKeyOf(values: Record<string, unknown>, keys: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (const k of keys) {
    const v = values[k];
    if (v === null || v === undefined) return undefined;
    const text = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
    parts.push(text.normalize('NFKC').toLowerCase());
  }
  return JSON.stringify(parts);
}
