// parseTable: the entry point of the import core. Refuses an oversized or non-tabular file on
// the spot, then parses in a worker thread so a big file never stalls other requests: its heap
// is capped (resourceLimits), its time is capped (terminated after timeoutMs), at most
// maxConcurrent run at once and at most maxQueued wait. Progress (rows parsed) comes back
// through onProgress. Whatever the file does, the promise settles with the table or an
// ImportError.
import { Worker } from 'node:worker_threads';
import { detectFileType } from './detect-file-type.ts';
import { deserializeImportError, ImportError } from './import-error.ts';
import { importLimits, type ImportLimits } from './import-limits.ts';
import type { ParsedTable, ProgressCallback } from './parsed-table.ts';
import type { WorkerMessage } from './parse-worker-protocol.ts';
import { acquireParseSlot } from './parse-slots.ts';
import { checkFileSize } from './read-table.ts';

export type ParseTableOptions = {
  limits?: Partial<ImportLimits>;
  onProgress?: ProgressCallback;
  /** Figures about the run, for benchmarks and logs. */
  onStats?: (stats: { workerHeapPeakBytes: number }) => void;
};

const WORKER_URL = new URL('./parse-worker.cjs', import.meta.url);
// The worker's V8 young generation. With 32 MiB a 10,000-row XLSX took the process to about
// 190 MiB RSS; with 16 MiB to about 160 MiB at the same speed; with 8 MiB to about 150 MiB but
// 10 % slower (measured on the files of bench/import.bench.ts).
const YOUNG_GENERATION_MB = 16;

export async function parseTable(bytes: Uint8Array, options: ParseTableOptions = {}): Promise<ParsedTable> {
  const limits = importLimits(options.limits);
  checkFileSize(bytes, limits);
  detectFileType(bytes);
  const release = await acquireParseSlot(limits);
  try {
    return await runWorker(bytes, limits, options);
  } finally {
    release();
  }
}

function runWorker(bytes: Uint8Array, limits: ImportLimits, options: ParseTableOptions): Promise<ParsedTable> {
  // A copy with an ArrayBuffer of its own to hand over: transferring detaches it, and a Buffer's
  // ArrayBuffer may be the caller's or a shared pool (Buffer#slice does not copy).
  const copy = new Uint8Array(bytes);
  const worker = new Worker(WORKER_URL, {
    workerData: { bytes: copy, limits },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, stackSizeMb: 4 },
  });
  return new Promise<ParsedTable>((resolve, reject) => {
    let settled = false;
    let started = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new ImportError('import.timeout', { maxMs: limits.timeoutMs }))), limits.timeoutMs);
    worker.on('message', (message: WorkerMessage) => {
      started = true;
      if (message.type === 'progress') reportProgress(options.onProgress, message.rows);
      else {
        options.onStats?.({ workerHeapPeakBytes: message.heapPeakBytes });
        if (message.type === 'done') settle(() => resolve(message.table));
        else settle(() => reject(deserializeImportError(message.error)));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(() => reject(new ImportError('import.tooLarge', { reason: 'memory', maxHeapMb: limits.workerHeapMb })));
      // Before its first message the worker has not seen the file: that is our fault, not the file's.
      else settle(() => reject(started ? new ImportError('import.unreadable') : error));
    });
    worker.on('exit', (code) => settle(() => reject(started ? new ImportError('import.unreadable') : new Error(`parse worker exited with code ${code} before starting`))));
  });
}

/** A failing progress listener must not become an uncaught exception in an event handler. */
function reportProgress(onProgress: ProgressCallback | undefined, rows: number): void {
  try {
    onProgress?.(rows);
  } catch {
    // the parse goes on; the listener's owner sees its own failure
  }
}
