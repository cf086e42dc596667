// parseTable runs the parse in a worker thread. These tests prove that the worker loads its
// TypeScript under Vitest and under the project's two ways of running TypeScript
// (`node --import tsx`, as `npm run bench` does, and tsx's register() as bin/kakehashi.mjs does),
// and that everything the worker meets comes back as the table or a typed ImportError.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildZip, deflatedZeros } from '../../../test/fixtures/import/build-zip.ts';
import { SAMPLE_COLUMNS, sampleStudents } from '../../../test/fixtures/import/sample-students.ts';
import { ImportError } from './import-error.ts';
import { importLimits, type ImportLimits } from './import-limits.ts';
import { parseTable } from './parse-table.ts';
import { readTable } from './read-table.ts';
import { writeCsv } from './write-csv.ts';
import { writeXlsx } from './write-xlsx.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHILD = path.join(ROOT, 'test/fixtures/import/parse-in-child.mjs');

async function refusal(bytes: Uint8Array, limits: Partial<ImportLimits> = {}): Promise<ImportError> {
  const error = await parseTable(bytes, { limits }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('parseTable in a worker thread', { timeout: 60_000 }, () => {
  it('parses a CSV and reports progress and the worker heap', async () => {
    const progress: number[] = [];
    let heap = 0;
    const table = await parseTable(writeCsv(SAMPLE_COLUMNS, sampleStudents(5_000), { language: 'ja' }), {
      onProgress: (rows) => progress.push(rows),
      onStats: (stats) => (heap = stats.workerHeapPeakBytes),
    });
    expect(table.rows).toHaveLength(5_000);
    expect(table.rows[4_999]!.rowNumber).toBe(5_001);
    expect(progress.at(-1)).toBe(5_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(heap).toBeGreaterThan(0);
  });

  it('parses an XLSX', async () => {
    const table = await parseTable(await writeXlsx(SAMPLE_COLUMNS, sampleStudents(300), { language: 'mn' }));
    expect(table).toMatchObject({ format: { kind: 'xlsx' }, header: SAMPLE_COLUMNS.map((c) => c.labels.mn) });
    expect(table.rows).toHaveLength(300);
  });

  it('keeps the event loop free while a large file is parsed', async () => {
    const bytes = writeCsv(SAMPLE_COLUMNS, sampleStudents(20_000), { language: 'en' });
    const longestPause = async (work: () => Promise<unknown>) => {
      let last = performance.now();
      let longest = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      try {
        await work();
      } finally {
        clearInterval(ticker);
      }
      return Math.max(longest, performance.now() - last);
    };
    // On this thread the parse holds the event loop for its whole length (about 250 ms here);
    // through the worker only the copy of the result back does.
    const inline = await longestPause(() => readTable(bytes, importLimits()));
    const inWorker = await longestPause(() => parseTable(bytes));
    expect(inWorker).toBeLessThan(inline / 2);
  });

  it('brings typed refusals back from the worker', async () => {
    const bomb = buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(1024) }]);
    expect((await refusal(bomb)).code).toBe('import.zipBomb');
    expect(await refusal(Buffer.from('h\n1\n2\n3\n'), { maxRows: 2 })).toMatchObject({ code: 'import.tooManyRows', params: { max: 2 } });
    expect((await refusal(Buffer.from('PK\x03\x04 not really a zip'))).code).toBe('import.unreadable');
  });

  it('refuses an oversized or binary file on the spot, without a worker', async () => {
    expect((await refusal(Buffer.alloc(11 * 1024 * 1024))).code).toBe('import.tooLarge');
    expect((await refusal(Buffer.from('%PDF-1.4'))).code).toBe('import.unsupportedType');
  });

  it('stops a worker that exceeds its heap (import.tooLarge) or its time (import.timeout)', async () => {
    const wide = Buffer.from(`${Array.from({ length: 100 }, (_, i) => `c${i}`).join(',')}\n${`${'a,'.repeat(99)}a\n`.repeat(40_000)}`);
    expect(await refusal(wide, { workerHeapMb: 24, maxRows: 1_000_000 })).toMatchObject({ code: 'import.tooLarge', params: { reason: 'memory' } });
    expect(await refusal(Buffer.from('a\n1\n'), { timeoutMs: 5 })).toMatchObject({ code: 'import.timeout' });
  });

  it('runs at most maxConcurrent parses and refuses beyond the queue (import.busy)', async () => {
    const limits = { maxConcurrent: 1, maxQueued: 1 };
    const file = Buffer.from('a\n1\n');
    const results = await Promise.allSettled([parseTable(file, { limits }), parseTable(file, { limits }), parseTable(file, { limits })]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'import.busy' });
  });

  it.each([
    ['node --import tsx (as npm run bench)', ['--import', 'tsx', CHILD]],
    ["tsx's register() (as bin/kakehashi.mjs)", [CHILD, 'register']],
  ])('loads the worker in a plain Node process started with %s', async (_name, args) => {
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual([{ rowNumber: 2, cells: ['タナカ', 'Бат'] }]);
  });
});
