// A column of an import or export: its key in the typed row, its header in ja/mn/en (any of
// them, or an alias, is accepted on import, case- and width-insensitively), whether it is
// required, how a cell's text becomes a value (or an issue code), and how a value is written.
import type { Language } from '../../domain/shared/localized-text.ts';

export type IssueParams = Record<string, string | number>;
export type CellOutcome<V> = { ok: true; value: V } | { ok: false; code: string; params?: IssueParams };
export type ExportCell = string | number | boolean | Date | null | undefined;

export type ColumnDefinition<K extends string = string, V = unknown, R extends boolean = boolean> = {
  key: K;
  labels: Record<Language, string>;
  /** Further headers accepted on import (older template versions, common spellings). */
  aliases?: readonly string[];
  required: R;
  /** Receives the cell trimmed and never empty (an empty cell is `required` or null). */
  parse(text: string): CellOutcome<V>;
  /** For exports; by default the value itself. */
  format?(value: V): ExportCell;
  /** Column width in characters for XLSX. */
  width?: number;
};

/** Infers the key, value type and requiredness of a column for RowValues. */
export function column<const K extends string, V, const R extends boolean>(definition: ColumnDefinition<K, V, R>): ColumnDefinition<K, V, R> {
  return definition;
}

export type AnyColumn = ColumnDefinition;

/** The typed row a list of columns produces: optional columns may be null. */
export type RowValues<C extends readonly AnyColumn[]> = {
  [D in C[number] as D['key']]: D extends ColumnDefinition<string, infer V, infer R> ? (R extends true ? V : V | null) : never;
};

export const ok = <V>(value: V): CellOutcome<V> => ({ ok: true, value });
export const fail = (code: string, params?: IssueParams): CellOutcome<never> => (params ? { ok: false, code, params } : { ok: false, code });

/** Header text compared width- and case-insensitively: NFKC folds full-width Latin and digits to
 * half-width and half-width katakana to full-width; spaces (also U+3000) collapse. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
