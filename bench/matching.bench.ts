// Stable matching (issue 6), on generated markets (bench/market-generators.ts, fixed seeds).
// Everything is measured in this one process, side by side: the functions compared run in turn
// within each round, so that they share the machine's load, and the first rounds only warm up the
// JIT. Every answer timed is checked once, outside the timings: checkMatching (the stability
// certificate) finds no violation, deferredAcceptance equals the textbook baseline
// (bench/textbook-deferred-acceptance.ts) without a cap (and the proposals read off its result
// equal those the textbook counted), and the textbook rank lookup equals the market's rank join.
//  1. National scale: 100,000 students × 10,000 companies, lists of 20 (2,000,000 entries a side).
//     buildMarket (validation and the rank join: "index"), deferredAcceptance ("solve"),
//     checkMatching ("certificate"), the textbook rank lookup and the textbook deferred acceptance
//     on the same market, and deferredAcceptance with a program-wide cap of 80 % and 95 % of the
//     students (round-robin in the order of the company ids). The same with companies ranking 70 %
//     of their applicants. Then memory, in child processes (this file in MATCHING_CHILD mode, under
//     /usr/bin/time -v for their kernel peak RSS): one that reads the national JSON file and runs
//     buildMarket, deferredAcceptance and checkMatching, one that loads the market as typed arrays
//     only, and Node with the same modules doing nothing; and the CLI as whole processes on the
//     national JSON file (from its esbuild bundle, under /usr/bin/time -v for its peak RSS).
//  2. NRMP-sized: 50,000 × 6,500, lists of 12, uuid ids. The same measures, plus the path from
//     the rows a repository returns (in memory: no database) to result rows, in two shapes: one row
//     per list entry (as issue 6 describes it) and one row per list with a jsonb array (as the
//     app's repository has it); and those rows' trip through the pg client from the wire
//     (a fake socket plays the server's part: no database, no SQL executed).
//  3. The typical Hitachi program: 20 students × 5 companies × 2 seats, 8 flats (microseconds).
// BENCH_QUICK=1 shrinks every count, for trying the bench out; the figures quoted come without it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Duplex } from 'node:stream';
import pg from 'pg';
import { checkMatching } from '../src/domain/matching/check-matching.ts';
import { deferredAcceptance, type Matching } from '../src/domain/matching/deferred-acceptance.ts';
import { buildMarket, type Market } from '../src/domain/matching/market.ts';
import type { MatchingInstance } from '../src/domain/matching/matching-instance.ts';
import { roundMarket } from '../src/domain/matching/round-market.ts';
import { median, writeResult } from './bench-result.ts';
import {
  HITACHI,
  NATIONAL,
  NRMP,
  generateMarket,
  mulberry32,
  shortIds,
  toInstance,
  toRows,
  uuidIds,
  withCap,
  type CompanyRow,
  type MarketArrays,
  type MarketShape,
  type RankingRow,
} from './market-generators.ts';
import { proposalsOf, textbookDeferredAcceptance, textbookRanks, type TextbookMatching } from './textbook-deferred-acceptance.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = 20_261_206;
const CAP_SHARES = [0.8, 0.95] as const;
const MiB = 2 ** 20;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const fmtMs = (n: number) => (n >= 1000 ? `${round(n / 1000, 2)} s` : `${round(n, n < 10 ? 2 : 1)} ms`);
const range = (values: number[]) => `${fmtMs(Math.min(...values))}–${fmtMs(Math.max(...values))}`;
const loadAverage = () => os.loadavg().map((l) => round(l, 2));
const log = (line: string) => console.log(line);
const fmtInt = (n: number) => n.toLocaleString('en');

// ---------------------------------------------------------------- measuring

type Timed = { run: () => unknown; warmups: number; runs: number };

/**
 * Runs the entries in turn, round after round, each until its warm-ups and runs are done (an
 * entry may return a promise, which is awaited inside its timing). Returns the kept samples in ms
 * and each entry's last answer, which the caller checks outside the timings.
 */
async function sideBySide<K extends string>(entries: Record<K, Timed>): Promise<{ samples: Record<K, number[]>; last: Record<K, unknown> }> {
  const names = Object.keys(entries) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const last = {} as Record<K, unknown>;
  const rounds = Math.max(...names.map((k) => entries[k].warmups + entries[k].runs));
  for (let r = 0; r < rounds; r++) {
    for (const k of names) {
      const { run, warmups, runs } = entries[k];
      if (r >= warmups + runs) continue;
      last[k] = undefined; // let the previous answer be collected before the next run
      const t = performance.now();
      let answer = run();
      if (answer instanceof Promise) answer = await answer;
      const elapsed = performance.now() - t;
      last[k] = answer;
      if (r >= warmups) samples[k].push(round(elapsed, 3));
    }
  }
  return { samples, last };
}

const mediansOf = (samples: Record<string, number[]>) => Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v), 3)]));

function logSamples(samples: Record<string, number[]>, base?: string): void {
  const baseMedian = base ? median(samples[base]!) : NaN;
  for (const [k, v] of Object.entries(samples)) {
    const ratio = base && k !== base ? `  ${round(median(v) / baseMedian, 2)}× ${base}` : '';
    log(`  ${k.padEnd(40)} median ${fmtMs(median(v)).padStart(9)}  (${v.length} runs, ${range(v)})${ratio}`);
  }
}

function builtMarket(instance: MatchingInstance): Market {
  const built = buildMarket(instance);
  if (built.problems) throw new Error(`buildMarket: ${JSON.stringify(built.problems.slice(0, 3))}`);
  return built.market;
}

function assertStable(market: Market, companyOf: Int32Array, what: string): void {
  const violations = checkMatching(market, companyOf);
  if (violations.length > 0) throw new Error(`${what}: the certificate failed: ${JSON.stringify(violations.slice(0, 5))}`);
}

function assertSameArrays(a: Int32Array, b: Int32Array, what: string): void {
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) throw new Error(`${what}: the two differ`);
}

/** Sum of a market's typed arrays, in MiB. */
const marketMiB = (market: Market) => round(Object.values(market).reduce((sum: number, v) => sum + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0) / MiB, 1);

// ---------------------------------------------------------------- one market, side by side

type CapFigures = { totalCap: number; matched: number; proposals: number; medianMs: number; ratioToPlain: number };
type MarketFigures = {
  shape: MarketShape;
  studentEntries: number;
  companyEntries: number;
  acceptableEntries: number;
  seats: number;
  matched: number;
  proposals: number;
  marketMiB: number;
  samples: Record<string, number[]>;
  medians: Record<string, number>;
  textbookToSolve: number;
  caps: Record<string, CapFigures>;
};

/**
 * deferredAcceptance, checkMatching, the textbook baseline and the capped runs on one market,
 * side by side; with `withIndex`, buildMarket as well.
 */
async function measureMarket(label: string, m: MarketArrays, instance: MatchingInstance, shape: MarketShape, n: { warmups: number; runs: number }, options: { withIndex: boolean }): Promise<MarketFigures & { market: Market; solved: Int32Array }> {
  const market = builtMarket(instance);
  const rank = textbookRanks(m);
  assertSameArrays(rank, market.companyRank, `${label}: textbook ranks against buildMarket's rank join`);
  const solved = deferredAcceptance(market).companyOf;
  const capped = CAP_SHARES.map((share) => ({ share, totalCap: Math.round(share * m.studentCount), market: builtMarket(withCap(instance, Math.round(share * m.studentCount))) }));
  const seats = m.capacity.reduce((a, b) => a + b, 0);
  const acceptableEntries = rank.reduce((a, r) => a + (r >= 0 ? 1 : 0), 0);
  log(`${label}: ${fmtInt(m.studentCount)} students × ${fmtInt(m.companyCount)} companies, ${fmtInt(m.studentList.length)} + ${fmtInt(m.companyList.length)} entries (${fmtInt(acceptableEntries)} mutually acceptable), ${fmtInt(seats)} seats; load ${loadAverage().join(' ')}`);

  const entries: Record<string, Timed> = {};
  if (options.withIndex) entries['buildMarket (index)'] = { run: () => buildMarket(instance), ...n };
  entries['deferredAcceptance (solve)'] = { run: () => deferredAcceptance(market), ...n };
  entries['checkMatching (certificate)'] = { run: () => checkMatching(market, solved), ...n };
  entries['textbook rank lookup'] = { run: () => textbookRanks(m), ...n };
  entries['textbook deferred acceptance'] = { run: () => textbookDeferredAcceptance(m, rank), ...n };
  for (const c of capped) entries[`deferredAcceptance, cap ${c.share * 100} %`] = { run: () => deferredAcceptance(c.market), ...n };
  const { samples, last } = await sideBySide(entries);
  logSamples(samples, 'deferredAcceptance (solve)');

  // The last answers, checked.
  const da = last['deferredAcceptance (solve)'] as Matching;
  assertStable(market, da.companyOf, `${label}, deferredAcceptance`);
  const textbook = last['textbook deferred acceptance'] as TextbookMatching;
  assertSameArrays(da.companyOf, textbook.companyOf, `${label}: deferredAcceptance against the textbook`);
  const proposals = proposalsOf(m, rank, da.companyOf);
  if (proposals !== textbook.proposals) throw new Error(`${label}: ${proposals} proposals read off the result, ${textbook.proposals} counted by the textbook`);
  if ((last['checkMatching (certificate)'] as unknown[]).length !== 0) throw new Error(`${label}: the certificate failed`);
  if (options.withIndex) assertSameArrays((last['buildMarket (index)'] as { market: Market }).market.companyRank, market.companyRank, `${label}: buildMarket twice`);
  const medians = mediansOf(samples);
  const plain = medians['deferredAcceptance (solve)']!;
  const caps: Record<string, CapFigures> = {};
  for (const c of capped) {
    const name = `deferredAcceptance, cap ${c.share * 100} %`;
    const answer = last[name] as Matching;
    assertStable(c.market, answer.companyOf, `${label}, ${name}`);
    caps[`${c.share * 100} %`] = { totalCap: c.totalCap, matched: answer.matchedCount, proposals: proposalsOf(m, rank, answer.companyOf), medianMs: medians[name]!, ratioToPlain: round(medians[name]! / plain, 2) };
  }
  log(`  all checked; ${fmtInt(da.matchedCount)} matched, ${fmtInt(proposals)} proposals; ${Object.entries(caps).map(([k, c]) => `cap ${k} (${fmtInt(c.totalCap)}): ${fmtInt(c.proposals)} proposals, ${c.ratioToPlain}× the time`).join('; ')}; load ${loadAverage().join(' ')}`);
  return {
    shape,
    studentEntries: m.studentList.length,
    companyEntries: m.companyList.length,
    acceptableEntries,
    seats,
    matched: da.matchedCount,
    proposals,
    marketMiB: marketMiB(market),
    samples,
    medians,
    textbookToSolve: round(medians['textbook deferred acceptance']! / plain, 2),
    caps,
    market,
    solved: da.companyOf,
  };
}

const withoutArrays = <T extends { market: Market; solved: Int32Array }>({ market: _market, solved: _solved, ...rest }: T) => rest;

// ---------------------------------------------------------------- memory, in child processes

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

type ChildReport = { maxRssMiB: number; stages: Record<string, { rssMiB: number; heapUsedMiB: number; arrayBuffersMiB: number }>; solveAllocatedMiB?: number; marketMiB?: number; ms: Record<string, number> };

const memoryNow = () => {
  const u = process.memoryUsage();
  return { rssMiB: round(u.rss / MiB, 1), heapUsedMiB: round(u.heapUsed / MiB, 1), arrayBuffersMiB: round(u.arrayBuffers / MiB, 1) };
};
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Writes a market's arrays to a file: a header of seven lengths, then the arrays. */
function writeArrays(file: string, m: MarketArrays): void {
  const arrays = [m.studentStart, m.studentList, m.companyStart, m.companyList, m.capacity];
  const header = Int32Array.from([m.studentCount, m.companyCount, ...arrays.map((a) => a.length)]);
  fs.writeFileSync(file, Buffer.concat([header, ...arrays].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))));
}

function readArrays(file: string): MarketArrays {
  const bytes = fs.readFileSync(file);
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const [studentCount, companyCount, ...lengths] = Array.from(ints.subarray(0, 7));
  let at = 7;
  const [studentStart, studentList, companyStart, companyList, capacity] = lengths.map((n) => ints.slice(at, (at += n)));
  return { studentCount: studentCount!, companyCount: companyCount!, studentStart: studentStart!, studentList: studentList!, companyStart: companyStart!, companyList: companyList!, capacity: capacity! };
}

/** In a child process: one of the memory measurements, printed as JSON. */
function childMeasure(mode: 'json' | 'typed' | 'idle', file: string): ChildReport {
  const stages: ChildReport['stages'] = { start: memoryNow() };
  const ms: Record<string, number> = {};
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const out = f();
    ms[name] = round(performance.now() - t, 1);
    stages[name] = memoryNow();
    return out;
  };
  let market: Market | undefined;
  if (mode === 'json') {
    const instance = time('JSON.parse(readFileSync)', () => JSON.parse(fs.readFileSync(file, 'utf8')) as MatchingInstance);
    market = time('buildMarket', () => builtMarket(instance));
  } else if (mode === 'typed') {
    const m = time('read typed arrays', () => readArrays(file));
    // The market as buildMarket would give it, from the typed arrays directly (the rank join by the textbook lookup: the same values, checked in the parent).
    market = time('market from typed arrays', () => ({ ...m, companyRank: textbookRanks(m), totalCap: Infinity, capTurn: new Int32Array(m.companyCount), capTarget: new Int32Array(m.companyCount) }));
  }
  let solveAllocatedMiB: number | undefined;
  if (market) {
    collect();
    const before = process.memoryUsage();
    const { companyOf } = time('deferredAcceptance', () => deferredAcceptance(market!));
    const after = process.memoryUsage();
    solveAllocatedMiB = round((after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / MiB, 1);
    time('checkMatching', () => assertStable(market!, companyOf, 'child'));
  }
  return { maxRssMiB: NaN, stages, solveAllocatedMiB, ms, ...(market ? { marketMiB: marketMiB(market) } : {}) };
}

/**
 * This file in MATCHING_CHILD mode, under /usr/bin/time -v when present: its peak RSS is the
 * kernel's for that process alone. (getrusage inside the child is no good here: a child forked from
 * this process starts with this process's peak, which survives the exec.)
 */
function runChild(mode: 'json' | 'typed' | 'idle', file: string): ChildReport {
  const args = ['--expose-gc', '--import', 'tsx', import.meta.filename];
  const child = spawnSync(TIME ?? process.execPath, TIME ? ['-v', process.execPath, ...args] : args, { cwd: ROOT, env: { ...process.env, MATCHING_CHILD: JSON.stringify({ mode, file }) }, encoding: 'utf8', maxBuffer: 16 * MiB });
  if (child.status !== 0) throw new Error(`child ${mode} exited ${child.status}: ${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildReport;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  return { ...report, maxRssMiB: rss ? round((Number(rss[1]) * 1024) / MiB, 1) : NaN };
}

// ---------------------------------------------------------------- the CLI as whole processes

type CliRun = { wallMs: number; maxRssMiB: number; readMs: number; solveMs: number; checkMs: number; writeMs: number };

/** `node ARGS` (under /usr/bin/time -v when present), stdout to a file: wall time from spawn to exit, peak RSS and the --timing line. */
function runNode(args: string[], stdoutFile: string): Promise<CliRun> {
  const out = fs.openSync(stdoutFile, 'w');
  const [command, commandArgs] = TIME ? [TIME, ['-v', process.execPath, ...args]] : [process.execPath, args];
  const t = performance.now();
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const wallMs = performance.now() - t;
      fs.closeSync(out);
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`));
      const m = /read ([\d.]+) ms, solve ([\d.]+) ms, check ([\d.]+) ms, write ([\d.]+) ms/.exec(stderr);
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ wallMs: round(wallMs, 1), maxRssMiB: rss ? round((Number(rss[1]) * 1024) / MiB, 1) : NaN, readMs: Number(m?.[1] ?? NaN), solveMs: Number(m?.[2] ?? NaN), checkMs: Number(m?.[3] ?? NaN), writeMs: Number(m?.[4] ?? NaN) });
    });
  });
}

function cliBundleIsFresh(): boolean {
  const check = spawnSync(process.execPath, ['--input-type=module', '-e', "import('./scripts/cli-bundle.mjs').then((m) => console.log(m.bundleIsFresh('.')))"], { cwd: ROOT, encoding: 'utf8' });
  return check.stdout.trim() === 'true';
}

/** `kakehashi match national.json --timing` from its bundle, and `node -e 0`, in turn; the output checked once against deferredAcceptance's. */
async function measureCli(file: string, dir: string, solved: Int32Array) {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build-cli.mjs failed');
  const outFile = path.join(dir, 'result.json');
  const commands = { match: ['bin/kakehashi.mjs', 'match', file, '--timing'], node: ['-e', '0'] };
  type Command = keyof typeof commands;
  const runs: Record<Command, CliRun[]> = { match: [], node: [] };
  for (const args of Object.values(commands)) await runNode(args, outFile); // warm-up: the page cache
  await runNode(commands.match, outFile);
  const output = JSON.parse(fs.readFileSync(outFile, 'utf8')) as { matches: { student: string; company: string }[]; unmatched: string[] };
  const outputMiB = round(fs.statSync(outFile).size / MiB, 1);
  const fromCli = new Int32Array(solved.length).fill(-1);
  for (const { student, company } of output.matches) fromCli[Number(student.slice(1))] = Number(company.slice(1));
  assertSameArrays(fromCli, solved, 'the CLI against deferredAcceptance');
  const n = QUICK ? 1 : 5;
  for (let i = 0; i < n; i++) for (const [name, args] of Object.entries(commands)) runs[name as Command].push(await runNode(args, outFile));
  const med = (name: Command, k: keyof CliRun) => round(median(runs[name].map((r) => r[k])), 1);
  const figures = {
    fileMiB: round(fs.statSync(file).size / MiB, 1),
    outputMiB,
    bundleFresh: cliBundleIsFresh(),
    match: { wallMs: med('match', 'wallMs'), maxRssMiB: med('match', 'maxRssMiB'), readMs: med('match', 'readMs'), solveMs: med('match', 'solveMs'), checkMs: med('match', 'checkMs'), writeMs: med('match', 'writeMs'), runs: runs.match },
    node: { wallMs: med('node', 'wallMs'), maxRssMiB: med('node', 'maxRssMiB'), runs: runs.node },
  };
  const r = figures.match;
  log(`  CLI match (${figures.fileMiB} MiB in, ${outputMiB} MiB out; bundle ${figures.bundleFresh ? 'current' : 'STALE'}): wall ${fmtMs(r.wallMs)} (${range(runs.match.map((x) => x.wallMs))}), peak RSS ${r.maxRssMiB} MiB; read ${fmtMs(r.readMs)}, solve ${fmtMs(r.solveMs)}, check ${fmtMs(r.checkMs)}, write ${fmtMs(r.writeMs)}; node -e 0: ${fmtMs(figures.node.wallMs)}, ${figures.node.maxRssMiB} MiB`);
  return figures;
}

// ---------------------------------------------------------------- 1. national scale

async function nationalScale() {
  log('\n-- 1. National scale');
  const scale = QUICK ? 10 : 1;
  const shape: MarketShape = { ...NATIONAL, students: NATIONAL.students / scale, companies: NATIONAL.companies / scale };
  const m = generateMarket(mulberry32(SEED), shape);
  const instance = toInstance(m, shortIds(m));
  const n = QUICK ? { warmups: 1, runs: 3 } : { warmups: 3, runs: 15 };
  const { market: _market, solved, ...full } = await measureMarket('national', m, instance, shape, n, { withIndex: true });

  const shape70: MarketShape = { ...shape, rankedShare: 0.7 };
  const m70 = generateMarket(mulberry32(SEED + 1), shape70);
  const ranked70 = withoutArrays(await measureMarket('national, companies rank 70 % of their applicants', m70, toInstance(m70, shortIds(m70)), shape70, n, { withIndex: false }));

  log(`  memory (child processes; peak RSS by ${TIME ? '/usr/bin/time' : 'nothing: /usr/bin/time is missing'}):`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-match-bench-'));
  try {
    const jsonFile = path.join(dir, 'national.json');
    fs.writeFileSync(jsonFile, JSON.stringify(instance));
    const arraysFile = path.join(dir, 'national.bin');
    writeArrays(arraysFile, m);
    const memory = { json: runChild('json', jsonFile), typed: runChild('typed', arraysFile), idle: runChild('idle', '') };
    for (const [k, v] of Object.entries(memory)) log(`    ${k.padEnd(6)} peak RSS ${v.maxRssMiB} MiB; ${Object.entries(v.stages).map(([s, u]) => `${s}: RSS ${u.rssMiB}, heap ${u.heapUsedMiB}, buffers ${u.arrayBuffersMiB}`).join('; ')}${v.solveAllocatedMiB === undefined ? '' : `; the solve allocated ${v.solveAllocatedMiB} MiB`}; ${JSON.stringify(v.ms)}`);
    const cli = await measureCli(jsonFile, dir, solved);
    return { full, ranked70, memory, cli };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 2. NRMP-sized, from rows

type ResultRow = { studentId: string; companyId: string };

/**
 * The path issue 6 describes, from the rows a repository returns (one per list entry, both sides,
 * in no order) to the result rows: group each side's rows by owner, sort by rank, build the
 * market, match, certify, and return the result rows.
 */
function matchFromRows(rankings: readonly RankingRow[], companyRows: readonly CompanyRow[]): ResultRow[] {
  const studentRows = new Map<string, RankingRow[]>();
  const companyRankings = new Map<string, RankingRow[]>();
  for (const row of rankings) {
    const byOwner = row.side === 'student' ? studentRows : companyRankings;
    const owner = row.side === 'student' ? row.studentId : row.companyId;
    const list = byOwner.get(owner);
    if (list) list.push(row);
    else byOwner.set(owner, [row]);
  }
  const byRank = (a: RankingRow, b: RankingRow) => a.rank - b.rank;
  const students = Array.from(studentRows, ([id, rows]) => ({ id, ranking: rows.sort(byRank).map((r) => r.companyId) }));
  const companies = companyRows.map((c) => ({ id: c.companyId, capacity: c.capacity, ranking: (companyRankings.get(c.companyId) ?? []).sort(byRank).map((r) => r.studentId) }));
  const market = builtMarket({ students, companies });
  const { companyOf } = deferredAcceptance(market);
  assertStable(market, companyOf, 'matchFromRows');
  const result: ResultRow[] = [];
  for (let s = 0; s < companyOf.length; s++) if (companyOf[s] !== -1) result.push({ studentId: students[s]!.id, companyId: companies[companyOf[s]!]!.id });
  return result;
}

/**
 * The rows the app's repository reads for a round (src/server/repositories/matchings.repository.ts):
 * one rank list per student or company with its ranking as a jsonb array of the ranked rows'
 * integer keys (`seq`, migration 0021), the market's students with their key and the keys of their
 * consent's recipients, the round's companies with their key and seats, and the interviewed pairs
 * as keys (the JRMP rule).
 */
type ListRows = {
  students: { applicationId: string; seq: number; recipientSeqs: number[] }[];
  companies: { organizationId: string; seq: number; seats: number }[];
  lists: { applicationId: string | null; organizationId: string | null; ownerSeq: number; rankingSeqs: number[] }[];
  interviewed: { applicationSeq: number; organizationSeq: number }[];
};

function toListRows(m: MarketArrays, ids: { students: readonly string[]; companies: readonly string[] }): ListRows {
  // Each row's integer key as PostgreSQL's identity columns give them: 1, 2, … in the order created.
  const studentSeq = (s: number) => s + 1;
  const companySeq = (c: number) => c + 1;
  const studentRanking = (s: number) => Array.from(m.studentList.subarray(m.studentStart[s]!, m.studentStart[s + 1]!), companySeq);
  const companyRanking = (c: number) => Array.from(m.companyList.subarray(m.companyStart[c]!, m.companyStart[c + 1]!), studentSeq);
  const interviewed: ListRows['interviewed'] = [];
  for (let c = 0; c < m.companyCount; c++) for (let i = m.companyStart[c]!; i < m.companyStart[c + 1]!; i++) interviewed.push({ applicationSeq: studentSeq(m.companyList[i]!), organizationSeq: companySeq(c) });
  return {
    students: ids.students.map((applicationId, s) => ({ applicationId, seq: studentSeq(s), recipientSeqs: studentRanking(s) })), // each student consents to the companies they list
    companies: ids.companies.map((organizationId, c) => ({ organizationId, seq: companySeq(c), seats: m.capacity[c]! })),
    lists: [
      ...ids.students.map((applicationId, s) => ({ applicationId, organizationId: null, ownerSeq: studentSeq(s), rankingSeqs: studentRanking(s) })),
      ...ids.companies.map((organizationId, c) => ({ applicationId: null, organizationId, ownerSeq: companySeq(c), rankingSeqs: companyRanking(c) })),
    ],
    interviewed,
  };
}

/**
 * The app's path from those rows, as MatchingRunsService.load and run take it: roundMarket (the
 * same function the service calls: keys to numbers, every list cut to who may rank whom — consent
 * and the interviewed pairs — and the rank join; no cap), the matching, the certificate, and the
 * result rows.
 */
function matchFromListRows(rows: ListRows): ResultRow[] {
  const market = roundMarket({ ...rows, settings: { totalCap: null, capOrder: [], capTargets: {} } });
  const { companyOf } = deferredAcceptance(market);
  assertStable(market, companyOf, 'matchFromListRows');
  const result: ResultRow[] = [];
  for (let s = 0; s < companyOf.length; s++) if (companyOf[s] !== -1) result.push({ studentId: rows.students[s]!.applicationId, companyId: rows.companies[companyOf[s]!]!.organizationId });
  return result;
}

const OID = { uuid: 2950, text: 25, int4: 23, jsonb: 3802 };
type Field = readonly [name: string, oid: number];
const UUID_PARAM = ['00000000-0000-4000-8000-000000000000'];

/** The queries, in the shape each returns (columns aliased to the names the code reads; the app's go through drizzle, which asks pg for array rows and maps them itself). */
const QUERIES = {
  rankings: {
    sql: 'SELECT student_id AS "studentId", company_id AS "companyId", side, rank FROM match_rankings WHERE round_id = $1',
    fields: [['studentId', OID.uuid], ['companyId', OID.uuid], ['side', OID.text], ['rank', OID.int4]] as Field[],
  },
  lists: { sql: 'SELECT application_id AS "applicationId", organization_id AS "organizationId", owner_seq AS "ownerSeq", ranking_seqs AS "rankingSeqs" FROM rank_lists WHERE round_id = $1', fields: [['applicationId', OID.uuid], ['organizationId', OID.uuid], ['ownerSeq', OID.int4], ['rankingSeqs', OID.jsonb]] as Field[] },
  students: { sql: 'SELECT id AS "applicationId", seq, recipient_seqs AS "recipientSeqs" FROM student_applications WHERE program_id = $1', fields: [['applicationId', OID.uuid], ['seq', OID.int4], ['recipientSeqs', OID.jsonb]] as Field[] },
  interviewed: { sql: 'SELECT DISTINCT application_seq AS "applicationSeq", organization_seq AS "organizationSeq" FROM fair_interviews WHERE program_id = $1', fields: [['applicationSeq', OID.int4], ['organizationSeq', OID.int4]] as Field[] },
  companies: { sql: 'SELECT m.organization_id AS "organizationId", o.seq, m.seats FROM matching_companies m JOIN organizations o ON o.id = m.organization_id WHERE m.round_id = $1', fields: [['organizationId', OID.uuid], ['seq', OID.int4], ['seats', OID.int4]] as Field[] },
} as const;

/** The server's answer to a query on the wire: ParseComplete, BindComplete, RowDescription, a DataRow per row (text format; null for null), CommandComplete, ReadyForQuery. */
function wireAnswer(fields: readonly Field[], rows: readonly (readonly (string | null)[])[]): Buffer {
  const description = Buffer.concat(
    fields.map(([name, oid]) => {
      const b = Buffer.alloc(Buffer.byteLength(name) + 1 + 18);
      let at = b.write(name) + 1;
      at = b.writeInt32BE(0, at); // table
      at = b.writeInt16BE(0, at); // column
      at = b.writeInt32BE(oid, at);
      at = b.writeInt16BE(oid === OID.int4 ? 4 : oid === OID.uuid ? 16 : -1, at);
      at = b.writeInt32BE(-1, at); // type modifier
      b.writeInt16BE(0, at); // text format
      return b;
    }),
  );
  const head = Buffer.alloc(7);
  head.write('T');
  head.writeInt32BE(4 + 2 + description.length, 1);
  head.writeInt16BE(fields.length, 5);
  const data = Buffer.alloc(rows.reduce((n, r) => n + 7 + r.reduce((k, v) => k + 4 + (v === null ? 0 : Buffer.byteLength(v)), 0), 0));
  let at = 0;
  for (const r of rows) {
    const start = at;
    at += data.write('D', at);
    at += 4; // the length, written below
    at = data.writeInt16BE(r.length, at);
    for (const v of r) {
      if (v === null) at = data.writeInt32BE(-1, at);
      else {
        at = data.writeInt32BE(Buffer.byteLength(v), at);
        at += data.write(v, at);
      }
    }
    data.writeInt32BE(at - start - 1, start + 1);
  }
  const tag = `SELECT ${rows.length}\0`;
  const complete = Buffer.alloc(5 + tag.length);
  complete.write('C');
  complete.writeInt32BE(4 + tag.length, 1);
  complete.write(tag, 5);
  return Buffer.concat([Buffer.from([0x31, 0, 0, 0, 4, 0x32, 0, 0, 0, 4]), head, description, data, complete, Buffer.from([0x5a, 0, 0, 0, 5, 0x49])]);
}

/**
 * A socket that plays PostgreSQL: trusts the start-up, and answers each query with the answer
 * whose SQL it is (read from the Parse message), in 64 KiB chunks, as a socket reads.
 */
class FakeServer extends Duplex {
  private started = false;
  constructor(private readonly answers: ReadonlyMap<string, Buffer>) {
    super();
  }
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  override _read(): void {}
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.started) {
      this.started = true;
      this.push(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49])); // AuthenticationOk, ReadyForQuery
    } else if (chunk[0] === 0x50 /* Parse */) {
      const nameEnd = chunk.indexOf(0, 5);
      const sql = chunk.toString('utf8', nameEnd + 1, chunk.indexOf(0, nameEnd + 1));
      const answer = this.answers.get(sql);
      if (!answer) return done(new Error(`no answer for ${sql}`));
      for (let i = 0; i < answer.length; i += 65_536) this.push(answer.subarray(i, i + 65_536));
    } else if (chunk[0] === 0x58 /* Terminate */) {
      this.push(null);
      process.nextTick(() => this.emit('close'));
    }
    done();
  }
}

/** Result rows as each student's company number, for comparing with deferredAcceptance's. */
function companyOfRows(result: readonly ResultRow[], ids: { students: readonly string[]; companies: readonly string[] }): Int32Array {
  const companyIndex = new Map(ids.companies.map((id, c) => [id, c]));
  const studentIndex = new Map(ids.students.map((id, s) => [id, s]));
  const companyOf = new Int32Array(ids.students.length).fill(-1);
  for (const r of result) companyOf[studentIndex.get(r.studentId)!] = companyIndex.get(r.companyId)!;
  return companyOf;
}

async function nrmpSized() {
  log('\n-- 2. NRMP-sized');
  const scale = QUICK ? 10 : 1;
  const shape: MarketShape = { ...NRMP, students: NRMP.students / scale, companies: NRMP.companies / scale };
  const random = mulberry32(SEED + 2);
  const m = generateMarket(random, shape);
  const ids = uuidIds(random, m);
  const instance = toInstance(m, ids);
  const n = QUICK ? { warmups: 1, runs: 3 } : { warmups: 3, runs: 15 };
  const { market, solved, ...full } = await measureMarket('NRMP-sized', m, instance, shape, n, { withIndex: true });
  // Before the rows below exist: their millions of objects would slow every collection in its timings.
  const shape70: MarketShape = { ...shape, rankedShare: 0.7 };
  const m70 = generateMarket(mulberry32(SEED + 3), shape70);
  const ranked70 = withoutArrays(await measureMarket('NRMP-sized, companies rank 70 % of their applicants', m70, toInstance(m70, shortIds(m70)), shape70, n, { withIndex: false }));

  // From rows, in rounds of their own (each run makes a million row objects or more, whose
  // collection would land in the neighbours' timings), with the solve again for reference.
  const rows = toRows(random, m, ids);
  const listRows = toListRows(m, ids);
  const answers = new Map([
    [QUERIES.rankings.sql, wireAnswer(QUERIES.rankings.fields, rows.rankings.map((r) => [r.studentId, r.companyId, r.side, String(r.rank)]))],
    [QUERIES.lists.sql, wireAnswer(QUERIES.lists.fields, listRows.lists.map((l) => [l.applicationId, l.organizationId, String(l.ownerSeq), JSON.stringify(l.rankingSeqs)]))],
    [QUERIES.students.sql, wireAnswer(QUERIES.students.fields, listRows.students.map((s) => [s.applicationId, String(s.seq), JSON.stringify(s.recipientSeqs)]))],
    [QUERIES.interviewed.sql, wireAnswer(QUERIES.interviewed.fields, listRows.interviewed.map((r) => [String(r.applicationSeq), String(r.organizationSeq)]))],
    [QUERIES.companies.sql, wireAnswer(QUERIES.companies.fields, listRows.companies.map((c) => [c.organizationId, String(c.seq), String(c.seats)]))],
  ]);
  const wireMiB = Object.fromEntries(Object.entries(QUERIES).map(([k, q]) => [k, round(answers.get(q.sql)!.length / MiB, 1)]));
  const client = new pg.Client({ stream: () => new FakeServer(answers) });
  await client.connect();
  const rowsOf = async <T extends object>(sql: string) => (await client.query<T>(sql, UUID_PARAM)).rows;
  const listQueries = async (): Promise<ListRows> => ({
    students: await rowsOf<ListRows['students'][number]>(QUERIES.students.sql),
    companies: await rowsOf<ListRows['companies'][number]>(QUERIES.companies.sql),
    lists: await rowsOf<ListRows['lists'][number]>(QUERIES.lists.sql),
    interviewed: await rowsOf<ListRows['interviewed'][number]>(QUERIES.interviewed.sql),
  });
  // The timed paths start from rows as pg parsed them: each id a string of its own, as in the app,
  // whose hash every lookup computes again (the rows made here share one string per id, whose
  // hash is computed once: 165 ms instead of 215 for the app's path, measured apart).
  const parsedRankings = await rowsOf<RankingRow>(QUERIES.rankings.sql);
  const parsedLists = await listQueries();
  log(`  from rows: ${fmtInt(rows.rankings.length)} ranking rows (issue 6's shape), or ${fmtInt(listRows.lists.length)} list rows + ${fmtInt(listRows.students.length)} student rows + ${fmtInt(listRows.interviewed.length)} interviewed pairs + ${fmtInt(listRows.companies.length)} company rows (the app's); on the wire (MiB): ${JSON.stringify(wireMiB)}`);
  const { samples: rowSamples, last: rowLast } = await sideBySide({
    'rows → result rows (issue 6 shape)': { run: () => matchFromRows(parsedRankings, rows.companies), ...n },
    'pg: its ranking rows from the wire': { run: () => rowsOf<RankingRow>(QUERIES.rankings.sql), ...n },
    'list rows → result rows (the app)': { run: () => matchFromListRows(parsedLists), ...n },
    'pg: its four queries from the wire': { run: listQueries, ...n },
    'deferredAcceptance (solve)': { run: () => deferredAcceptance(market), ...n },
  });
  logSamples(rowSamples, 'deferredAcceptance (solve)');
  await client.end();

  // The result rows and the rows pg parsed, checked.
  const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => JSON.stringify(x) === JSON.stringify(b[i]));
  assertSameArrays(companyOfRows(rowLast['rows → result rows (issue 6 shape)'] as ResultRow[], ids), solved, 'NRMP: matchFromRows against deferredAcceptance');
  assertSameArrays(companyOfRows(rowLast['list rows → result rows (the app)'] as ResultRow[], ids), solved, 'NRMP: matchFromListRows against deferredAcceptance');
  if (!same(rowLast['pg: its ranking rows from the wire'] as RankingRow[], rows.rankings)) throw new Error('NRMP: the ranking rows pg parsed differ from those sent');
  const parsed = rowLast['pg: its four queries from the wire'] as ListRows;
  for (const k of ['students', 'companies', 'lists', 'interviewed'] as const) if (!same<object>(parsed[k], listRows[k])) throw new Error(`NRMP: the ${k} rows pg parsed differ from those sent`);
  const resultRows = (rowLast['rows → result rows (issue 6 shape)'] as ResultRow[]).length;
  log(`  all checked: ${fmtInt(resultRows)} result rows both ways, equal to deferredAcceptance's; pg returned the rows sent`);

  const fromRows = {
    samples: rowSamples,
    medians: mediansOf(rowSamples),
    rankingRows: rows.rankings.length,
    listRows: { lists: listRows.lists.length, students: listRows.students.length, interviewed: listRows.interviewed.length, companies: listRows.companies.length },
    resultRows,
    wireMiB,
    sql: Object.fromEntries(Object.entries(QUERIES).map(([k, q]) => [k, q.sql])),
  };
  return { full, fromRows, ranked70 };
}

// ---------------------------------------------------------------- 3. Hitachi

async function hitachi() {
  log('\n-- 3. The typical Hitachi program');
  const m = generateMarket(mulberry32(SEED + 4), HITACHI);
  const instance = toInstance(m, shortIds(m));
  const capped = withCap(instance, 8);
  const market = builtMarket(instance);
  const cappedMarket = builtMarket(capped);
  const batch = QUICK ? 200 : 2000;
  const repeat = (f: () => unknown) => () => {
    let out: unknown;
    for (let i = 0; i < batch; i++) out = f();
    return out;
  };
  const whole = (inst: MatchingInstance) => () => {
    const mk = builtMarket(inst);
    const { companyOf } = deferredAcceptance(mk);
    assertStable(mk, companyOf, 'Hitachi');
    return companyOf;
  };
  const n = QUICK ? { warmups: 2, runs: 5 } : { warmups: 5, runs: 21 };
  const { samples, last } = await sideBySide({
    'buildMarket + solve + certificate': { run: repeat(whole(instance)), ...n },
    'the same, 8 flats': { run: repeat(whole(capped)), ...n },
    'deferredAcceptance alone': { run: repeat(() => deferredAcceptance(market)), ...n },
    'deferredAcceptance alone, 8 flats': { run: repeat(() => deferredAcceptance(cappedMarket)), ...n },
  });
  const perCallUs = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round((median(v) * 1000) / batch, 2)]));
  for (const [k, v] of Object.entries(samples)) log(`  ${k.padEnd(40)} ${perCallUs[k]} µs a call (median of ${v.length} batches of ${batch})`);
  const plain = last['deferredAcceptance alone'] as Matching;
  const withFlats = last['deferredAcceptance alone, 8 flats'] as Matching;
  assertStable(market, plain.companyOf, 'Hitachi');
  assertStable(cappedMarket, withFlats.companyOf, 'Hitachi, 8 flats');
  assertSameArrays(plain.companyOf, textbookDeferredAcceptance(m, textbookRanks(m)).companyOf, 'Hitachi: against the textbook');
  log(`  all checked: ${plain.matchedCount} matched without the cap, ${withFlats.matchedCount} with 8 flats`);
  return { shape: HITACHI, totalCap: 8, batch, samples, perCallUs, matched: plain.matchedCount, matchedWithFlats: withFlats.matchedCount };
}

// ---------------------------------------------------------------- main

async function part<T>(minutes: Record<string, number>, name: string, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await run();
  minutes[name] = round((performance.now() - t) / 60_000, 2);
  return result;
}

/** The commit and whether the matching's sources differ from it. */
function codeState(): string {
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = git(['status', '--porcelain', 'src/domain', 'src/cli', 'bin', 'scripts']) !== '';
  return `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' with uncommitted changes' : ''}`;
}

async function benchmark(): Promise<void> {
  const started = performance.now();
  const codeAtStart = codeState();
  const loadAtStart = loadAverage();
  log(`Stable matching benchmark${QUICK ? ' (BENCH_QUICK: reduced sizes and counts)' : ''} at ${codeAtStart}; ${os.cpus().length} CPUs, load ${loadAtStart.join(' ')}`);
  const minutes: Record<string, number> = {};
  const national = await part(minutes, 'national', nationalScale);
  const nrmp = await part(minutes, 'nrmp', nrmpSized);
  const typical = await part(minutes, 'hitachi', hitachi);
  minutes['total'] = round((performance.now() - started) / 60_000, 2);
  const code = { atStart: codeAtStart, atEnd: codeState() };
  if (code.atStart !== code.atEnd) log(`!! the code changed during the run: ${code.atStart} at the start, ${code.atEnd} at the end`);
  log(`\nDone in ${minutes['total']} min (${Object.entries(minutes).map(([k, v]) => `${k} ${v}`).join(', ')}); load ${loadAverage().join(' ')}`);
  writeResult('matching', { quick: QUICK, seed: SEED, code, minutes, load: { atStart: loadAtStart, atEnd: loadAverage() }, national, nrmp, hitachi: typical });
}

const child = process.env.MATCHING_CHILD;
if (child) {
  const { mode, file } = JSON.parse(child) as { mode: 'json' | 'typed' | 'idle'; file: string };
  console.log(JSON.stringify(childMeasure(mode, file)));
} else {
  await benchmark();
}
