// Why a file was refused as a whole. The import core throws only these (anything else that
// escapes a parser is turned into import.unreadable at its boundary). Each code is also an
// AppError code, so a route may simply let one propagate: the error handler maps it
// (toAppError) to a status and a translated message: tooLarge, zipBomb, tooManyRows,
// tooManyColumns, cellTooLong → 413; unsupportedType → 415; unreadable, empty → 422; busy → 503;
// timeout → 422. The validator's issues become one AppError too (invalidImport).
import { AppError, type FieldIssue } from '../../domain/errors/app-error.ts';
import type { ImportIssue } from './import-issue.ts';
import { DEFAULT_IMPORT_LIMITS } from './import-limits.ts';
import { columnLetter } from './match-header.ts';

import { IMPORT_ERROR_CODES, type ImportErrorCode } from '../../domain/errors/import-error-codes.ts';

export { IMPORT_ERROR_CODES, type ImportErrorCode };

export type ImportErrorParams = Record<string, string | number>;

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams = {},
  ) {
    super(code);
    this.name = 'ImportError';
  }

  /** The same code as an AppError, its params in the units a person reads (MB, seconds, column
   * letters) for the message in errors.json `codes.import.*`. */
  toAppError(): AppError {
    return new AppError(this.code, { params: messageParams(this.code, this.params) });
  }
}

const MB = 1024 * 1024;
/** Megabytes with one decimal, rounded down so a stated limit is never above the real one. */
const megabytes = (bytes: number) => Math.floor((bytes / MB) * 10) / 10;
const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

// `context` picks a variant of the message (i18next context: `codes.import.tooLarge_memory`)
// where one code has causes a person would fix differently.
function messageParams(code: ImportErrorCode, params: ImportErrorParams): Record<string, string | number> {
  const row = typeof params.row === 'number' ? params.row : undefined;
  switch (code) {
    case 'import.tooLarge':
      return params.reason === 'memory' ? { context: 'memory' } : { limitMb: megabytes(numberOr(params.maxBytes, DEFAULT_IMPORT_LIMITS.maxFileBytes)) };
    case 'import.zipBomb':
      return params.entries !== undefined ? { context: 'entries' } : { limitMb: megabytes(numberOr(params.maxUncompressedBytes, DEFAULT_IMPORT_LIMITS.maxUncompressedBytes)) };
    case 'import.tooManyRows':
      return { maxRows: numberOr(params.max, DEFAULT_IMPORT_LIMITS.maxRows) };
    case 'import.tooManyColumns':
      return { row: row ?? '?', maxColumns: numberOr(params.max, DEFAULT_IMPORT_LIMITS.maxColumns) };
    case 'import.cellTooLong': {
      const maxChars = numberOr(params.max, DEFAULT_IMPORT_LIMITS.maxCellLength);
      // Without a column: the CSV parser's record-size backstop (often an unclosed quote).
      return typeof params.column === 'number' ? { row: row ?? '?', column: columnLetter(params.column), maxChars } : { row: row ?? '?', maxChars, context: 'row' };
    }
    case 'import.unsupportedType':
      return params.detected === 'ole2' ? { context: 'xls' } : {};
    case 'import.unreadable':
      return row !== undefined ? { row, context: 'row' } : {};
    case 'import.timeout':
      return { seconds: Math.ceil(numberOr(params.maxMs, DEFAULT_IMPORT_LIMITS.timeoutMs) / 1000) };
    case 'import.empty':
    case 'import.busy':
      return {};
  }
}

/** Header text can be anything up to a cell's limit; a message quotes at most this much of it. */
const MAX_QUOTED = 40;
const quoted = (text: string) => ([...text].length > MAX_QUOTED ? `${[...text].slice(0, MAX_QUOTED - 1).join('')}…` : text);

/** One validator issue as a field issue of the uploaded `file`, located by row and column;
 * the error handler renders it "row 12, column “E-mail”: …" (errors.json `fieldIssues.<code>`). */
export function importIssueToFieldIssue(issue: ImportIssue, field = 'file'): FieldIssue {
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.firstColumn === 'string') params.firstColumn = quoted(params.firstColumn);
  // A range open on one side (cell-parsers.ts gives the missing bound as '').
  if (issue.code === 'cell.outOfRange') {
    if (params.min === '' && params.max !== '') params.context = 'atMost';
    else if (params.max === '' && params.min !== '') params.context = 'atLeast';
  }
  return { field, code: issue.code, params, at: { row: issue.row, column: quoted(issue.column) } };
}

/** The validator's verdict on a file as the error a route throws: nothing was imported, here is
 * every issue (or the first ones, when `truncated`). */
export function invalidImport(issues: readonly ImportIssue[], truncated = false, field = 'file'): AppError {
  return new AppError('import.invalidRows', {
    params: { issueCount: issues.length, ...(truncated ? { context: 'truncated' } : {}) },
    fields: issues.map((issue) => importIssueToFieldIssue(issue, field)),
  });
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

/** Anything a parser throws that is not ours becomes `import.unreadable` (never a 5xx). */
export function asImportError(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  return new ImportError('import.unreadable');
}

/** The shape that crosses the worker boundary (class instances do not survive postMessage). */
export type SerializedImportError = { code: ImportErrorCode; params: ImportErrorParams };

export function serializeImportError(error: ImportError): SerializedImportError {
  return { code: error.code, params: error.params };
}

export function deserializeImportError(value: SerializedImportError): ImportError {
  const known = (IMPORT_ERROR_CODES as readonly string[]).includes(value.code);
  return new ImportError(known ? value.code : 'import.unreadable', value.params ?? {});
}
