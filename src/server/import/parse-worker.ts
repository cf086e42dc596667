// Runs readTable in a worker thread (entry: parse-worker.cjs) and reports progress, the result
// or a typed error to the parent (parse-table.ts), and this worker's peak V8 heap.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { asImportError, serializeImportError } from './import-error.ts';
import type { ImportLimits } from './import-limits.ts';
import type { WorkerMessage } from './parse-worker-protocol.ts';
import { readTable } from './read-table.ts';

const PROGRESS_INTERVAL_MS = 50;

async function run(port: NonNullable<typeof parentPort>): Promise<void> {
  const { bytes, limits } = workerData as { bytes: Uint8Array; limits: ImportLimits };
  const post = (message: WorkerMessage) => port.postMessage(message);
  let heapPeak = 0;
  const sampleHeap = () => {
    heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  };
  const sampler = setInterval(sampleHeap, 20);
  let lastProgress = 0;
  post({ type: 'progress', rows: 0 }); // loaded: from here on, a failure is the file's
  try {
    const table = await readTable(bytes, limits, (rows) => {
      sampleHeap();
      const now = Date.now();
      if (now - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        post({ type: 'progress', rows });
      }
    });
    sampleHeap();
    post({ type: 'progress', rows: table.rows.length });
    post({ type: 'done', table, heapPeakBytes: heapPeak });
  } catch (error) {
    sampleHeap();
    post({ type: 'error', error: serializeImportError(asImportError(error)), heapPeakBytes: heapPeak });
  } finally {
    clearInterval(sampler);
  }
}

if (parentPort) void run(parentPort);
