// Why an import file is refused as a whole (the import core, src/server/import, throws these;
// the error catalogue includes them so a route can let one propagate).
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
