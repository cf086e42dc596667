// Why a file was refused as a whole. The import core throws only these (anything else that
// escapes a parser is turned into import.unreadable at its boundary), so a route can map each
// code to a status and a translated message: tooLarge, zipBomb, tooManyRows, tooManyColumns,
// cellTooLong → 413; unsupportedType → 415; unreadable, empty → 422; busy → 503; timeout → 422.

export const IMPORT_ERROR_CODES = [
  'import.tooLarge',
  'import.zipBomb',
  'import.tooManyRows',
  'import.tooManyColumns',
  'import.cellTooLong',
  'import.unsupportedType',
  'import.unreadable',
  'import.empty',
  'import.timeout',
  'import.busy',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type ImportErrorParams = Record<string, string | number>;

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams = {},
  ) {
    super(code);
    this.name = 'ImportError';
  }
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
