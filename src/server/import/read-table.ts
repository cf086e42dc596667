// The parse itself, on whatever thread calls it (the worker, or a test): size limit, type by
// content, then the CSV or XLSX reader. Throws only ImportError.
import { detectFileType } from './detect-file-type.ts';
import { asImportError, ImportError } from './import-error.ts';
import type { ImportLimits } from './import-limits.ts';
import type { ParsedTable, ProgressCallback } from './parsed-table.ts';
import { parseCsv } from './parse-csv.ts';
import { parseXlsx } from './parse-xlsx.ts';

export async function readTable(bytes: Uint8Array, limits: ImportLimits, onProgress?: ProgressCallback): Promise<ParsedTable> {
  checkFileSize(bytes, limits);
  try {
    const kind = detectFileType(bytes);
    return kind === 'text' ? parseCsv(bytes, limits, onProgress) : await parseXlsx(bytes, limits, onProgress);
  } catch (error) {
    // A RangeError from a too-deep structure, a TypeError from a library on a malformed part…
    throw asImportError(error);
  }
}

export function checkFileSize(bytes: Uint8Array, limits: ImportLimits): void {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ImportError('import.tooLarge', { bytes: bytes.byteLength, maxBytes: limits.maxFileBytes });
  }
}
