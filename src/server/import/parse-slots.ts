// How many parses run at once (each is a worker with its own heap): a small semaphore with a
// bounded queue. Beyond the queue a parse is refused at once with import.busy.
import { ImportError } from './import-error.ts';
import type { ImportLimits } from './import-limits.ts';

let running = 0;
const waiting: (() => void)[] = [];

export function acquireParseSlot(limits: Pick<ImportLimits, 'maxConcurrent' | 'maxQueued'>): Promise<() => void> {
  const release = once(() => {
    running--;
    const next = waiting.shift();
    if (next) next();
  });
  if (running < limits.maxConcurrent) {
    running++;
    return Promise.resolve(release);
  }
  if (waiting.length >= limits.maxQueued) return Promise.reject(new ImportError('import.busy', { maxConcurrent: limits.maxConcurrent }));
  return new Promise((resolve) =>
    waiting.push(() => {
      running++;
      resolve(release);
    }),
  );
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
