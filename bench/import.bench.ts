// Bulk import (issue 4): 10,000 student-like rows (Latin, Cyrillic and katakana names, dates,
// e-mails) written as CSV (UTF-8 with BOM, as our template), CSV (Shift_JIS, as Japanese Excel
// saves it; Mongolian Ө/Ү become '?') and XLSX, then parsed and validated as an import does:
// parseTable (a fresh worker thread, zip checks, exceljs/csv-parse) + validateRows (all-or-
// nothing, natural key). Each run is a fresh Node process, so its peak memory is its own:
//   time     from the bytes in memory to the validated rows (worker start-up included), and the
//            parse and validate parts of it;
//   memory   process RSS sampled every 10 ms (the worker lives in the same process), the
//            kernel's peak RSS of the process (getrusage maxrss), the RSS before the import
//            (modules loaded, file read), and the worker's peak V8 heap as it reports it.
// Goal (issue 4): under 5 s and under 200 MB on this machine.
// Then hostile files of the largest allowed size, to show what a refusal costs: 10 MB of
// commas (one record of 10 million fields), a header and 10 MB of blank rows of commas (the
// slowest file found: about a million records csv-parse must read), and 1 GiB zip bombs, one
// honest about its size and one whose directory lies.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ImportError } from '../src/server/import/import-error.ts';
import { parseTable } from '../src/server/import/parse-table.ts';
import { validateRows } from '../src/server/import/validate-rows.ts';
import { SAMPLE_COLUMNS, sampleStudents } from '../test/fixtures/import/sample-students.ts';
import { median, writeResult } from './bench-result.ts';

const ROWS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FORMATS = ['csv-utf8', 'csv-cp932', 'xlsx', 'hostile-commas', 'hostile-blank-rows', 'zip-bomb', 'zip-bomb-lying'] as const;
type Format = (typeof FORMATS)[number];
type Sample = { totalMs: number; parseMs: number; validateMs: number; rssBeforeMiB: number; rssPeakMiB: number; maxRssMiB: number; workerHeapPeakMiB: number; outcome: string };

const MiB = 2 ** 20;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One import in this process; prints its Sample as JSON. */
async function measureOne(file: string): Promise<void> {
  const bytes = fs.readFileSync(file);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 10);
  let workerHeapPeak = 0;
  const t0 = performance.now();
  const table = await parseTable(bytes, { onStats: (s) => (workerHeapPeak = s.workerHeapPeakBytes) }).catch((error: unknown) => {
    if (error instanceof ImportError) return error;
    throw error;
  });
  const t1 = performance.now();
  const result = table instanceof ImportError ? undefined : validateRows(table, SAMPLE_COLUMNS, { naturalKey: ['studentNumber'] });
  const t2 = performance.now();
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  if (result && !result.ok) throw new Error(`validation failed: ${JSON.stringify(result.issues.slice(0, 3))}`);
  const sample: Sample = {
    totalMs: round(t2 - t0),
    parseMs: round(t1 - t0),
    validateMs: round(t2 - t1),
    rssBeforeMiB: round(rssBefore / MiB),
    rssPeakMiB: round(rssPeak / MiB),
    maxRssMiB: round((process.resourceUsage().maxRSS * 1024) / MiB),
    workerHeapPeakMiB: round(workerHeapPeak / MiB),
    outcome: table instanceof ImportError ? table.code : `${result!.rows.length} rows`,
  };
  console.log(JSON.stringify(sample));
}

async function writeFiles(dir: string): Promise<Record<Format, string>> {
  // Imported here, not above, so the measuring processes do not load the writers (exceljs).
  const { writeCsv } = await import('../src/server/import/write-csv.ts');
  const { writeXlsx } = await import('../src/server/import/write-xlsx.ts');
  const { buildZip, deflatedZeros } = await import('../test/fixtures/import/build-zip.ts');
  const students = sampleStudents(ROWS);
  const csv = writeCsv(SAMPLE_COLUMNS, students, { language: 'ja' });
  const files = { 'csv-utf8': path.join(dir, 'students.csv'), 'csv-cp932': path.join(dir, 'students-sjis.csv'), xlsx: path.join(dir, 'students.xlsx') };
  fs.writeFileSync(files['csv-utf8'], csv);
  fs.writeFileSync(files['csv-cp932'], iconv.encode(csv.toString('utf8').slice(1), 'cp932'));
  fs.writeFileSync(files.xlsx, await writeXlsx(SAMPLE_COLUMNS, students, { language: 'ja' }));
  const tenMB = 10 * 1024 * 1024 - 64;
  const hostile = {
    'hostile-commas': Buffer.alloc(tenMB, ','),
    'hostile-blank-rows': Buffer.from(`${SAMPLE_COLUMNS.map((c) => c.labels.en).join(',')}\n${',,,,,,,,\n'.repeat(Math.floor(tenMB / 9) - 20)}`),
    'zip-bomb': buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(1024) }]),
    'zip-bomb-lying': buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(1024), declaredSize: 1024 }]),
  };
  for (const [name, bytes] of Object.entries(hostile)) fs.writeFileSync(path.join(dir, name), bytes);
  return { ...files, ...Object.fromEntries(Object.keys(hostile).map((name) => [name, path.join(dir, name)])) } as Record<Format, string>;
}

function summarise(samples: Sample[]) {
  const of = (k: Exclude<keyof Sample, 'outcome'>) => ({ median: median(samples.map((s) => s[k])), samples: samples.map((s) => s[k]) });
  return { totalMs: of('totalMs'), parseMs: of('parseMs'), validateMs: of('validateMs'), rssBeforeMiB: of('rssBeforeMiB'), rssPeakMiB: of('rssPeakMiB'), maxRssMiB: of('maxRssMiB'), workerHeapPeakMiB: of('workerHeapPeakMiB') };
}

if (process.argv[2] === '--one') {
  await measureOne(process.argv[3]!);
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-import-bench-'));
  const files = await writeFiles(dir);
  const figures: Record<string, unknown> = { rows: ROWS, runs: RUNS, loadAverage1m: [] as number[] };
  for (const format of FORMATS) {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      (figures.loadAverage1m as number[]).push(round(os.loadavg()[0]!, 2));
      const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--one', files[format]], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${format} run failed:\n${run.stderr}`);
      samples.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Sample);
    }
    const summary = summarise(samples);
    const outcomes = [...new Set(samples.map((s) => s.outcome))].join(' | ');
    figures[format] = { fileBytes: fs.statSync(files[format]).size, outcome: outcomes, ...summary };
    console.log(
      `${format.padEnd(18)} ${(fs.statSync(files[format]).size / MiB).toFixed(2)} MiB → ${outcomes}  total ${(summary.totalMs.median / 1000).toFixed(2)} s (parse ${summary.parseMs.median} ms, validate ${summary.validateMs.median} ms)  ` +
        `RSS peak ${summary.rssPeakMiB.median} MiB (maxrss ${summary.maxRssMiB.median}, before ${summary.rssBeforeMiB.median})  worker heap ${summary.workerHeapPeakMiB.median} MiB`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  writeResult('import', figures);
  console.log('goal for the 10,000 rows (issue 4): < 5 s and < 200 MB (190.7 MiB)');
}
