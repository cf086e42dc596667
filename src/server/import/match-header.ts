// Maps the header row of a file onto column definitions. A header may be any of a column's
// labels (ja, mn, en) or aliases, compared after normalizeHeader; its position is free.
import type { Language } from '../../domain/shared/localized-text.ts';
import { normalizeHeader, type AnyColumn } from './column-definition.ts';
import type { ImportIssue } from './import-issue.ts';

export type HeaderMap = {
  /** Index in the row of each column present in the file. */
  indexOf: Map<string, number>;
  /** Indexes of cells that belong to no column (unknown or blank headers, beyond the header). */
  isKnown: (index: number) => boolean;
  issues: ImportIssue[];
};

export function matchHeader(header: readonly string[], headerRow: number, columns: readonly AnyColumn[], options: { unknownColumns: 'reject' | 'ignore'; language: Language }): HeaderMap {
  const byLabel = new Map<string, AnyColumn>();
  for (const c of columns) {
    for (const label of [...Object.values(c.labels), ...(c.aliases ?? [])]) byLabel.set(normalizeHeader(label), c);
  }
  const indexOf = new Map<string, number>();
  const issues: ImportIssue[] = [];
  header.forEach((cell, index) => {
    const normalized = normalizeHeader(cell);
    if (normalized === '') return;
    const target = byLabel.get(normalized);
    const at = { row: headerRow, column: cell, columnIndex: index + 1 };
    if (!target) {
      if (options.unknownColumns === 'reject') issues.push({ ...at, code: 'header.unknown' });
    } else if (indexOf.has(target.key)) {
      issues.push({ ...at, code: 'header.duplicate', params: { firstColumn: header[indexOf.get(target.key)!]! } });
    } else {
      indexOf.set(target.key, index);
    }
  });
  for (const c of columns) {
    if (c.required && !indexOf.has(c.key)) issues.push({ row: headerRow, column: c.labels[options.language], code: 'header.missing', params: { key: c.key } });
  }
  const known = new Set(indexOf.values());
  return { indexOf, isKnown: (index) => known.has(index), issues };
}

/** Spreadsheet column letters for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
