// Messages from the parse worker to its parent.
import type { SerializedImportError } from './import-error.ts';
import type { ParsedTable } from './parsed-table.ts';

export type WorkerMessage =
  | { type: 'progress'; rows: number }
  | { type: 'done'; table: ParsedTable; heapPeakBytes: number }
  | { type: 'error'; error: SerializedImportError; heapPeakBytes: number };
