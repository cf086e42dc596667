// The limits that protect the server from an imported file, in one place. Every parse takes
// these defaults; a caller may tighten or loosen one (`{ ...DEFAULT_IMPORT_LIMITS, maxRows: 500 }`).
// Each refusal is an ImportError with its code (import-error.ts), never a crash.

export type ImportLimits = {
  /** Size of the uploaded file as sent (CSV or XLSX). */
  maxFileBytes: number;
  /** XLSX: entries in the zip's central directory (a real workbook has 10–40). */
  maxZipEntries: number;
  /** XLSX: total uncompressed size of all entries, as declared and as actually inflated. */
  maxUncompressedBytes: number;
  /** Data rows below the header (empty rows are not counted). */
  maxRows: number;
  /** Cells in one row, header included. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellLength: number;
  /** The parse worker's V8 old-generation heap; beyond it the worker stops (import.tooLarge). */
  workerHeapMb: number;
  /** Wall time of one parse in the worker before it is stopped (import.timeout). */
  timeoutMs: number;
  /** Parses running at once; more wait in a queue of `maxQueued`, beyond it import.busy. */
  maxConcurrent: number;
  maxQueued: number;
  /** Issues reported by the validator before it stops listing (the result says `truncated`). */
  maxIssues: number;
};

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 10 * 1024 * 1024,
  maxZipEntries: 500,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxRows: 20_000,
  maxColumns: 100,
  maxCellLength: 2_000,
  workerHeapMb: 256,
  timeoutMs: 30_000,
  maxConcurrent: 2,
  maxQueued: 8,
  maxIssues: 1_000,
});

export function importLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...overrides };
}
