// Column definitions and rows → the header and the cells of an export, in one language, each
// text neutralised against formula injection. Numbers, booleans and dates are not text and
// cannot be formulas; they keep their type.
import type { Language } from '../../domain/shared/localized-text.ts';
import type { AnyColumn, ExportCell } from './column-definition.ts';
import { neutraliseFormula } from './neutralise-formula.ts';

export type ExportRow = Record<string, unknown>;

export function exportHeader(columns: readonly AnyColumn[], language: Language): string[] {
  return columns.map((c) => neutraliseFormula(c.labels[language]));
}

export function exportCells(columns: readonly AnyColumn[], row: ExportRow): ExportCell[] {
  return columns.map((c) => {
    const value = row[c.key];
    const cell = value === null || value === undefined ? null : c.format ? c.format(value as never) : toCell(value);
    return typeof cell === 'string' ? neutraliseFormula(cell) : cell;
  });
}

function toCell(value: unknown): ExportCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return JSON.stringify(value);
}
