// Interview-fair scheduler (issue 5), on generated fairs (bench/fair-generators.ts, fixed seeds).
// Everything is measured in this one process, side by side: the functions compared run in turn
// within each round, so that they share the machine's load, and the first rounds only warm up the
// JIT. Every schedule timed is checked once, outside the timings: checkFairSchedule (the
// independent checker) for the scheduler's answers, a proper-colouring check for the colourings.
//  1. A typical fair: 700 students × 5 distinct companies of 35, 1–3 rooms, no unavailability.
//     solveFair(compileFair(fair)) — the scheduler as the app and the CLI call it — and its parts:
//     compileFair alone (the instance's string ids turned into indexes), solveFair on the compiled
//     fair (the solve time the issue's targets are on, as the matching bench times
//     deferredAcceptance on a built market), solveFair without the idle-gap reduction (gapEffort 0), the edge
//     colouring alone (colorBipartiteEdges on the graph of students × company rooms) and the plain
//     method on the same graph (colorByAlternatingPaths). Then HiGHS (WebAssembly) on the integer
//     program of test/support/fair-ilp.ts: the same fair with a tenth of the students (350
//     interviews) and the whole fair, each under a time limit of its own (the whole fair in a child
//     process stopped after 150 s of wall time, as HiGHS overruns its limit reading the model).
//  2. National scale without limits: 100,000 interviews (20,000 students, 2,000 companies) and
//     2,000,000 (400,000 students, 40,000 companies), as above beside the plain method; the same
//     sizes with every company at exactly 50 interviews in one room (a graph where every company
//     is at the maximum degree); and the CLI as a whole process on the 100,000-interview file (from
//     its esbuild bundle, as installed, and through tsx).
//  3. With limits the colouring cannot handle, on fairs of 40, 44, 200 and 3,500 interviews with
//     1.5 × König's bound of slots: Galvin's condition, random blocked slots, interpreter limits,
//     and blocks with interpreter limits together. How often the scheduler places everything and
//     reaches its lower bound, and, on the two small sizes, whether it matches HiGHS's proved
//     optimum (HiGHS on the first instances of each kind and on the first few where the scheduler
//     left something out or missed its bound).
// BENCH_QUICK=1 shrinks every count, for trying the bench out; the figures quoted come without it.
// SCHEDULING_PARTS picks parts (comma-separated: typical, highs, national, cli, limits; default all;
// e.g. SCHEDULING_PARTS=national for the national scale alone, about 2 min instead of 25): a run of
// only some parts prints its figures and writes them to the system's temporary folder, leaving
// bench/results/scheduling.json to the full run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import loadHighs from 'highs';
import { colorByAlternatingPaths } from '../src/domain/scheduling/alternating-path-coloring.ts';
import { colorBipartiteEdges } from '../src/domain/scheduling/bipartite-edge-coloring.ts';
import { checkFairSchedule } from '../src/domain/scheduling/check-schedule.ts';
import { compileFair, type CompiledFair } from '../src/domain/scheduling/compiled-fair.ts';
import type { FairInstance } from '../src/domain/scheduling/fair-instance.ts';
import { UNSCHEDULED_REASONS, type FairSchedule } from '../src/domain/scheduling/fair-schedule.ts';
import { idleGaps } from '../src/domain/scheduling/idle-gaps.ts';
import { solveFair, type CompactSchedule } from '../src/domain/scheduling/schedule-fair.ts';
import { fairToLp } from '../test/support/fair-ilp.ts';
import { median, writeResult } from './bench-result.ts';
import {
  balancedFair,
  fairWithoutLimits,
  isProperColoring,
  konigBoundOf,
  mulberry32,
  roomSplitGraph,
  withGalvinBlocks,
  withInterpreters,
  withRandomBlocks,
  type FairShape,
} from './fair-generators.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const ALL_PARTS = ['typical', 'highs', 'national', 'cli', 'limits'] as const;
const PARTS = new Set(process.env.SCHEDULING_PARTS?.split(',').map((p) => p.trim()) ?? ALL_PARTS);
const unknownParts = [...PARTS].filter((p) => !(ALL_PARTS as readonly string[]).includes(p));
if (unknownParts.length > 0) throw new Error(`SCHEDULING_PARTS: unknown ${unknownParts.join(', ')} (known: ${ALL_PARTS.join(', ')})`);
const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = 20_261_126;
const HIGHS_TYPICAL_LIMIT_S = QUICK ? 5 : 60;
/** Wall time allowed to HiGHS on the whole typical fair, model reading included, before it is stopped. */
const HIGHS_WALL_LIMIT_S = QUICK ? 20 : 150;
const TYPICAL: FairShape = { students: 700, companies: 35, perStudent: 5, rooms: [1, 3] };
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const fmtMs = (n: number) => (n >= 1000 ? `${round(n / 1000, 2)} s` : `${round(n, n < 10 ? 2 : 1)} ms`);
const range = (values: number[]) => `${fmtMs(Math.min(...values))}–${fmtMs(Math.max(...values))}`;
const loadAverage = () => os.loadavg().map((l) => round(l, 2));
const log = (line: string) => console.log(line);

// ---------------------------------------------------------------- measuring

type Timed = { run: () => unknown; warmups: number; runs: number };

// At 2,000,000 interviews, a full collection before each run, outside its time: that fair is
// 2,000,000 objects that every full collection marks (about 0.3 s here), and without this,
// whichever entry happened to cross V8's allocation threshold paid for the garbage of the runs
// before it. A run still pays for any collection its own allocations cause, as a one-shot process
// (the CLI) would. Not on the smaller fairs: there a collection costs little, and forcing one
// before runs of a millisecond or two slowed them (the typical fair 1.5 → 2.3 ms, the plain method 3×).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/**
 * Runs the entries in turn, round after round, each until its warm-ups and runs are done. Returns
 * the kept samples in ms and each entry's last answer, which the caller checks outside the timings.
 */
function sideBySide<K extends string>(entries: Record<K, Timed>, { collect = false } = {}): { samples: Record<K, number[]>; last: Record<K, unknown> } {
  const names = Object.keys(entries) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const last = {} as Record<K, unknown>;
  const rounds = Math.max(...names.map((k) => entries[k].warmups + entries[k].runs));
  for (let r = 0; r < rounds; r++) {
    for (const k of names) {
      const { run, warmups, runs } = entries[k];
      if (r >= warmups + runs) continue;
      last[k] = undefined; // let the previous answer be collected before the next run
      if (collect) collectGarbage();
      const t = performance.now();
      last[k] = run();
      const elapsed = performance.now() - t;
      if (r >= warmups) samples[k].push(round(elapsed, 3));
    }
  }
  return { samples, last };
}

/** The compact answer dressed as scheduleFair dresses it, for the checker. */
function toFairSchedule(fair: CompiledFair, compact: CompactSchedule): FairSchedule {
  const scheduled: FairSchedule['scheduled'] = [];
  const unscheduled: FairSchedule['unscheduled'] = [];
  for (let e = 0; e < fair.E; e++) {
    if (compact.reason[e] === -1) scheduled.push({ interview: e, slot: compact.slot[e]!, room: compact.room[e]! });
    else unscheduled.push({ interview: e, reason: UNSCHEDULED_REASONS[compact.reason[e]!]! });
  }
  const { makespan, lowerBound, optimality, method } = compact;
  return { scheduled, unscheduled, makespan, lowerBound, idleGaps: idleGaps(fair, compact.slot), optimality, method };
}

function assertValid(instance: FairInstance, schedule: FairSchedule, what: string): void {
  const violations = checkFairSchedule(instance, schedule);
  if (violations.length > 0) throw new Error(`${what}: invalid schedule: ${JSON.stringify(violations.slice(0, 5))}`);
}

const placedCount = (compact: CompactSchedule) => compact.reason.reduce((n, r) => n + (r === -1 ? 1 : 0), 0);

// ---------------------------------------------------------------- HiGHS

type Highs = Awaited<ReturnType<typeof loadHighs>>;
/** `ms`: the solve call (in a child process: the child's wall time, and `solveMs` the solve call). */
type IlpAnswer = { status: string; proved: boolean; placed: number; makespan: number; ms: number; solveMs?: number };
let highsModule: Highs | null = null;

/**
 * HiGHS on a fair's integer program (CPLEX LP text) under its own time limit; placed and makespan
 * of its best solution (0 when it has none).
 */
async function solveLpByHighs(lp: string, timeLimitS: number): Promise<IlpAnswer> {
  highsModule ??= await loadHighs();
  const t = performance.now();
  let result: ReturnType<Highs['solve']>;
  try {
    result = highsModule.solve(lp, { output_flag: false, time_limit: timeLimitS, mip_rel_gap: 0 });
  } catch (error) {
    highsModule = null; // an aborted WebAssembly instance is not used again
    return { status: `error: ${String(error).slice(0, 80)}`, proved: false, placed: 0, makespan: 0, ms: round(performance.now() - t, 1) };
  }
  const ms = performance.now() - t;
  let placed = 0;
  for (const [name, column] of Object.entries(result.Columns)) if (name.startsWith('x_') && 'Primal' in column && Math.round(column.Primal) === 1) placed++;
  const M = result.Columns['M'];
  const makespan = M && 'Primal' in M ? Math.round(M.Primal) : 0;
  return { status: result.Status, proved: result.Status === 'Optimal', placed, makespan, ms: round(ms, 1) };
}

const solveByHighs = (instance: FairInstance, timeLimitS: number) => solveLpByHighs(fairToLp(instance), timeLimitS);

/**
 * The same in a child process (this file, in HIGHS_CHILD mode), killed after `wallLimitS`: on a
 * large model HiGHS overruns its own time limit by minutes (reading and presolving it are not
 * interrupted), and a WebAssembly call cannot be stopped from its own thread.
 */
async function solveByHighsInChild(instance: FairInstance, timeLimitS: number, wallLimitS: number): Promise<IlpAnswer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-highs-'));
  const lpFile = path.join(dir, 'fair.lp');
  fs.writeFileSync(lpFile, fairToLp(instance));
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename], { cwd: ROOT, env: { ...process.env, HIGHS_CHILD: JSON.stringify({ lpFile, timeLimitS }) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), wallLimitS * 1000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  fs.rmSync(dir, { recursive: true, force: true });
  const wallMs = round(performance.now() - t, 1);
  if (code !== 0) return { status: code === null ? 'stopped, no answer' : `failed (exit ${code})`, proved: false, placed: 0, makespan: 0, ms: wallMs };
  const answer = JSON.parse(stdout.trim().split('\n').at(-1)!) as IlpAnswer;
  return { ...answer, ms: wallMs, solveMs: answer.ms };
}

// ---------------------------------------------------------------- parts 1 and 2: no limits

type NoLimitFigures = { interviews: number; konigBound: number; slots: number; samples: Record<string, number[]>; medians: Record<string, number>; idleGaps: { withGapReduction: number; without: number } };

/**
 * The scheduler and its parts on a fair without limits, beside the plain method, with warm-ups
 * and runs per entry (fewer for what is too slow to repeat at the largest size).
 */
function measureWithoutLimits(label: string, instance: FairInstance, runs: Record<'solve' | 'noGaps' | 'color' | 'plain', { warmups: number; runs: number }>, collect = false): NoLimitFigures {
  const K = konigBoundOf(instance);
  const fair = compileFair(instance);
  const graph = roomSplitGraph(fair);
  const { nLeft, nRight, left, right } = graph;
  log(`${label}: ${fair.E.toLocaleString('en')} interviews, ${fair.S.toLocaleString('en')} students, ${fair.C.toLocaleString('en')} companies, ${nRight.toLocaleString('en')} rooms, König bound ${K}, ${fair.T} slots; load ${loadAverage().join(' ')}`);
  const { samples, last } = sideBySide({
    'solveFair(compileFair)': { run: () => solveFair(compileFair(instance)), ...runs.solve },
    compileFair: { run: () => compileFair(instance), ...runs.noGaps },
    solveFair: { run: () => solveFair(fair), ...runs.solve },
    'solveFair, gapEffort 0': { run: () => solveFair(fair, { gapEffort: 0 }), ...runs.noGaps },
    colorBipartiteEdges: { run: () => colorBipartiteEdges(nLeft, nRight, left, right), ...runs.color },
    'colorByAlternatingPaths (plain)': { run: () => colorByAlternatingPaths(nLeft, nRight, left, right), ...runs.plain },
  }, { collect });
  const medians = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v), 3)]));
  for (const [k, v] of Object.entries(samples)) log(`  ${k.padEnd(32)} median ${fmtMs(median(v)).padStart(9)}  (${v.length} runs, ${range(v)})`);

  // The last answer of each, checked: valid schedules at König's bound, proper K-colourings.
  const full = last['solveFair(compileFair)'] as CompactSchedule;
  const noGaps = last['solveFair, gapEffort 0'] as CompactSchedule;
  for (const [what, answer] of [['solveFair(compileFair)', full], ['solveFair', last.solveFair as CompactSchedule], ['solveFair, gapEffort 0', noGaps]] as const) {
    assertValid(instance, toFairSchedule(fair, answer), `${label}, ${what}`);
    if (answer.makespan !== K || placedCount(answer) !== fair.E || answer.optimality !== 'proved') throw new Error(`${label}, ${what}: makespan ${answer.makespan}, bound ${K}`);
  }
  for (const name of ['colorBipartiteEdges', 'colorByAlternatingPaths (plain)'] as const) {
    const { colors, colorCount } = last[name] as { colors: Int32Array; colorCount: number };
    if (colorCount !== K || !isProperColoring(graph, colors, colorCount)) throw new Error(`${label}: ${name} is not a proper ${K}-colouring`);
  }
  const gaps = { withGapReduction: idleGaps(fair, full.slot), without: idleGaps(fair, noGaps.slot) };
  log(`  all checked; idle gaps ${gaps.withGapReduction.toLocaleString('en')} with the gap reduction, ${gaps.without.toLocaleString('en')} without; load ${loadAverage().join(' ')}`);
  return { interviews: fair.E, konigBound: K, slots: fair.T, samples, medians, idleGaps: gaps };
}

/** The two colourings alone on a fair whose companies all sit at the maximum degree. */
function measureColoringsOnly(label: string, instance: FairInstance, runs: Record<'color' | 'plain', { warmups: number; runs: number }>, collect = false) {
  const graph = roomSplitGraph(compileFair(instance));
  const { nLeft, nRight, left, right } = graph;
  const K = konigBoundOf(instance);
  log(`${label}: ${left.length.toLocaleString('en')} interviews, König bound ${K}`);
  const { samples, last } = sideBySide({
    colorBipartiteEdges: { run: () => colorBipartiteEdges(nLeft, nRight, left, right), ...runs.color },
    'colorByAlternatingPaths (plain)': { run: () => colorByAlternatingPaths(nLeft, nRight, left, right), ...runs.plain },
  }, { collect });
  for (const [k, v] of Object.entries(samples)) log(`  ${k.padEnd(32)} median ${fmtMs(median(v)).padStart(9)}  (${v.length} runs, ${range(v)})`);
  for (const answer of Object.values(last) as { colors: Int32Array; colorCount: number }[]) {
    if (answer.colorCount !== K || !isProperColoring(graph, answer.colors, answer.colorCount)) throw new Error(`${label}: not a proper ${K}-colouring`);
  }
  return { interviews: left.length, konigBound: K, samples, medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v), 3)])) };
}

async function typicalFair() {
  log('\n-- 1. A typical fair');
  const instance = fairWithoutLimits(mulberry32(SEED), TYPICAL);
  const n = QUICK ? 3 : 15;
  const figures = measureWithoutLimits('typical fair', instance, { solve: { warmups: 3, runs: n }, noGaps: { warmups: 3, runs: n }, color: { warmups: 3, runs: n }, plain: { warmups: 3, runs: n } });
  if (!PARTS.has('highs')) return { shape: TYPICAL, ...figures };

  // HiGHS: the same shape with a tenth of the students, then the whole fair, each with a time limit.
  const small = fairWithoutLimits(mulberry32(SEED + 1), { ...TYPICAL, students: 70 });
  const { samples: smallSamples, last: smallLast } = sideBySide({ solve: { run: () => solveFair(compileFair(small)), warmups: 3, runs: n } });
  assertValid(small, toFairSchedule(compileFair(small), smallLast.solve as CompactSchedule), 'small typical fair');
  const smallSolve = smallSamples.solve;
  const highsSmall = await solveByHighs(small, HIGHS_TYPICAL_LIMIT_S);
  const highsTypical = await solveByHighsInChild(instance, HIGHS_TYPICAL_LIMIT_S, HIGHS_WALL_LIMIT_S);
  const ilp = {
    small: { interviews: small.interviews.length, konigBound: konigBoundOf(small), slots: small.slots, timeLimitS: HIGHS_TYPICAL_LIMIT_S, highs: highsSmall, schedulerMedianMs: round(median(smallSolve), 3), schedulerSamples: smallSolve },
    typical: { interviews: instance.interviews.length, konigBound: figures.konigBound, slots: instance.slots, timeLimitS: HIGHS_TYPICAL_LIMIT_S, wallLimitS: HIGHS_WALL_LIMIT_S, highs: highsTypical },
  };
  log(`  HiGHS, ${ilp.small.interviews} interviews (König ${ilp.small.konigBound}, ${small.slots} slots): ${highsSmall.status} in ${fmtMs(highsSmall.ms)}, makespan ${highsSmall.makespan}, ${highsSmall.placed} placed; scheduler ${fmtMs(median(smallSolve))}`);
  log(`  HiGHS, ${instance.interviews.length} interviews, limit ${HIGHS_TYPICAL_LIMIT_S} s (in a child process, stopped at ${HIGHS_WALL_LIMIT_S} s): ${highsTypical.status} after ${fmtMs(highsTypical.ms)} of wall time, makespan ${highsTypical.makespan}, ${highsTypical.placed} placed`);
  return { shape: TYPICAL, ...figures, ilp };
}

type CliRun = { wallMs: number; readMs: number; solveMs: number; writeMs: number };

/** `node ARGS`, stdout to a file: wall time from spawn to exit, and the --timing line if any. */
function runNode(args: string[], stdoutFile: string): Promise<CliRun> {
  const out = fs.openSync(stdoutFile, 'w');
  const t = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const wallMs = performance.now() - t;
      fs.closeSync(out);
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr}`));
      const m = /read ([\d.]+) ms, solve ([\d.]+) ms, write ([\d.]+) ms/.exec(stderr);
      resolve({ wallMs: round(wallMs, 1), readMs: Number(m?.[1] ?? NaN), solveMs: Number(m?.[2] ?? NaN), writeMs: Number(m?.[3] ?? NaN) });
    });
  });
}

/** The CLI's output read back as a FairSchedule, for the checker. */
function cliSchedule(instance: FairInstance, outputFile: string): FairSchedule {
  const output = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as {
    schedule: { student: string; company: string; slot: number; room: number }[];
    unscheduled: { student: string; company: string; reason: FairSchedule['unscheduled'][number]['reason'] }[];
    makespan: number;
    lowerBound: number;
    idleGaps: number;
    optimality: FairSchedule['optimality'];
  };
  const index = new Map(instance.interviews.map((v, i) => [`${v.student}\u0000${v.company}`, i]));
  const at = (v: { student: string; company: string }) => index.get(`${v.student}\u0000${v.company}`) ?? -1;
  return {
    scheduled: output.schedule.map((s) => ({ interview: at(s), slot: s.slot, room: s.room })),
    unscheduled: output.unscheduled.map((u) => ({ interview: at(u), reason: u.reason })),
    makespan: output.makespan,
    lowerBound: output.lowerBound,
    idleGaps: output.idleGaps,
    optimality: output.optimality,
    method: 'edgeColoring',
  };
}

/** Whether bin/kakehashi.mjs would run `schedule` from its esbuild bundle rather than through tsx. */
function cliBundleIsFresh(): boolean {
  const check = spawnSync(process.execPath, ['--input-type=module', '-e', "import('./scripts/cli-bundle.mjs').then((m) => console.log(m.bundleIsFresh('.')))"], { cwd: ROOT, encoding: 'utf8' });
  return check.stdout.trim() === 'true';
}

/**
 * The CLI as whole processes on the fair's JSON file, in turn: `kakehashi schedule` as installed
 * (bin/kakehashi.mjs runs it from its esbuild bundle, which npm install and npm start build when
 * stale; built here the same way), the same command through tsx's loader (what the bin falls back
 * to when the bundle is stale), and two baselines: `kakehashi help` (Node, tsx, the CLI's
 * modules) and Node alone.
 */
async function measureCli(instance: FairInstance) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-schedule-bench-'));
  try {
    const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('scripts/build-cli.mjs failed');
    const file = path.join(dir, 'fair.json');
    fs.writeFileSync(file, JSON.stringify(instance));
    const outFile = path.join(dir, 'schedule.json');
    const n = QUICK ? 2 : 5;
    const commands = {
      schedule: ['bin/kakehashi.mjs', 'schedule', file, '--timing'],
      scheduleThroughTsx: ['--import', 'tsx', 'src/cli/main.ts', 'schedule', file, '--timing'],
      help: ['bin/kakehashi.mjs', 'help'],
      node: ['-e', '0'],
    };
    type Command = keyof typeof commands;
    const runs: Record<Command, CliRun[]> = { schedule: [], scheduleThroughTsx: [], help: [], node: [] };
    // One warm-up of each (tsx's compile cache, the page cache); each schedule's output checked once.
    let outputMiB = 0;
    for (const [name, args] of Object.entries(commands)) {
      await runNode(args, outFile);
      if (!name.startsWith('schedule')) continue;
      assertValid(instance, cliSchedule(instance, outFile), `CLI output (${name})`);
      outputMiB = round(fs.statSync(outFile).size / 2 ** 20, 1);
    }
    for (let i = 0; i < n; i++) for (const [name, args] of Object.entries(commands)) runs[name as Command].push(await runNode(args, outFile));
    const med = (name: Command, k: keyof CliRun) => round(median(runs[name].map((r) => r[k])), 1);
    const split = (name: Command) => ({ wallMs: med(name, 'wallMs'), readMs: med(name, 'readMs'), solveMs: med(name, 'solveMs'), writeMs: med(name, 'writeMs'), runs: runs[name] });
    const figures = {
      fileMiB: round(fs.statSync(file).size / 2 ** 20, 1),
      outputMiB,
      bundleFreshAfter: cliBundleIsFresh(),
      schedule: split('schedule'),
      scheduleThroughTsx: split('scheduleThroughTsx'),
      help: { wallMs: med('help', 'wallMs'), runs: runs.help },
      node: { wallMs: med('node', 'wallMs'), runs: runs.node },
    };
    const line = (f: ReturnType<typeof split>) => `wall ${fmtMs(f.wallMs)} (${range(f.runs.map((r) => r.wallMs))}); read ${fmtMs(f.readMs)}, solve ${fmtMs(f.solveMs)}, write ${fmtMs(f.writeMs)}`;
    log(`  CLI schedule (${figures.fileMiB} MiB in, ${figures.outputMiB} MiB out; bundle ${figures.bundleFreshAfter ? 'current' : 'STALE'}): ${line(figures.schedule)}`);
    log(`  CLI schedule through tsx: ${line(figures.scheduleThroughTsx)}; \`kakehashi help\` ${fmtMs(figures.help.wallMs)}, \`node -e 0\` ${fmtMs(figures.node.wallMs)}`);
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function nationalScale() {
  log('\n-- 2. National scale, no limits');
  const n = QUICK ? 2 : 9;
  const shape100k: FairShape = { students: 20_000, companies: 2_000, perStudent: 5, rooms: [1, 3] };
  const shape2m: FairShape = { students: 400_000, companies: 40_000, perStudent: 5, rooms: [1, 3] };
  const scale = QUICK ? 10 : 1;
  const national = fairWithoutLimits(mulberry32(SEED + 2), { ...shape100k, students: shape100k.students / scale, companies: shape100k.companies / scale });
  const at100k = measureWithoutLimits('100,000 interviews', national, { solve: { warmups: 3, runs: n }, noGaps: { warmups: 3, runs: n }, color: { warmups: 3, runs: n }, plain: { warmups: 3, runs: n } });
  const cli = PARTS.has('cli') ? await measureCli(national) : null;
  const balanced100k = measureColoringsOnly('100,000 interviews, every company 50 in one room', balancedFair(mulberry32(SEED + 3), 20_000 / scale, 2_000 / scale, 5), { color: { warmups: 3, runs: n }, plain: { warmups: 3, runs: n } });

  const huge = fairWithoutLimits(mulberry32(SEED + 4), { ...shape2m, students: shape2m.students / scale, companies: shape2m.companies / scale });
  const at2m = measureWithoutLimits('2,000,000 interviews', huge, {
    solve: { warmups: 1, runs: QUICK ? 2 : 7 },
    noGaps: { warmups: 1, runs: QUICK ? 2 : 7 },
    color: { warmups: 1, runs: QUICK ? 2 : 7 },
    plain: { warmups: 0, runs: 2 },
  }, true);
  const balanced2m = measureColoringsOnly('2,000,000 interviews, every company 50 in one room', balancedFair(mulberry32(SEED + 5), 400_000 / scale, 40_000 / scale, 5), { color: { warmups: 0, runs: 2 }, plain: { warmups: 0, runs: 2 } }, true);
  return { shapes: { at100k: shape100k, at2m: shape2m }, at100k, cli, balanced100k, at2m, balanced2m };
}

// ---------------------------------------------------------------- part 3: limits

type Limits = 'galvin' | 'randomBlocks' | 'interpreters' | 'blocksAndInterpreters';
const LIMITS: Record<Limits, string> = {
  galvin: "Galvin's condition (blocks 20–35 %, thinned to ≥ K common free slots)",
  randomBlocks: 'random blocked slots (10–20 % per person)',
  interpreters: 'interpreter limits (30 % need one; m/2–3m/2 a slot)',
  blocksAndInterpreters: 'random blocks and interpreter limits',
};

type Size = { name: string; shape: FairShape; instances: number; highs: boolean };
const SIZES: Size[] = [
  { name: '40 (10 students × 4 companies, 1 room)', shape: { students: 10, companies: 4, perStudent: 4, rooms: [1, 1] }, instances: 100, highs: true },
  { name: '44 (Hitachi: 44 students × 1 of 4 companies, 1 room)', shape: { students: 44, companies: 4, perStudent: 1, rooms: [1, 1] }, instances: 100, highs: true },
  { name: '200 (40 students × 5 of 10 companies, 1–2 rooms)', shape: { students: 40, companies: 10, perStudent: 5, rooms: [1, 2] }, instances: 100, highs: false },
  { name: '3,500 (typical: 700 × 5 of 35, 1–3 rooms)', shape: TYPICAL, instances: 40, highs: false },
];
/** HiGHS runs on this many instances of each small size and kind, and on every instance where the scheduler misses its bound (up to MISSED_WITH_HIGHS). */
const SAMPLE_WITH_HIGHS = QUICK ? 2 : 6;
const MISSED_WITH_HIGHS = QUICK ? 2 : 5;
const HIGHS_LIMIT_S = 20;

function limitedFair(seed: number, shape: FairShape, limits: Limits): { instance: FairInstance; tight: number } {
  const random = mulberry32(seed);
  const base = fairWithoutLimits(random, shape, 1.5);
  const blockShare = 0.1 + 0.1 * random();
  switch (limits) {
    case 'galvin': {
      const { fair, tight } = withGalvinBlocks(random, base, 0.2 + 0.15 * random());
      return { instance: fair, tight };
    }
    case 'randomBlocks':
      return { instance: withRandomBlocks(random, base, blockShare), tight: 0 };
    case 'interpreters':
      return { instance: withInterpreters(random, base, 0.3), tight: 0 };
    case 'blocksAndInterpreters':
      return { instance: withInterpreters(random, withRandomBlocks(random, base, blockShare), 0.3), tight: 0 };
  }
}

type InstanceResult = {
  seed: number;
  interviews: number;
  konigBound: number;
  lowerBound: number;
  placed: number;
  makespan: number;
  optimality: string;
  ms: number;
  tight: number;
  highs?: IlpAnswer;
};

function summarize(results: InstanceResult[]) {
  const complete = results.filter((r) => r.placed === r.interviews);
  const gaps = complete.map((r) => r.makespan - r.lowerBound);
  const withHighs = results.filter((r) => r.highs?.proved);
  const equal = withHighs.filter((r) => r.highs!.placed === r.placed && r.highs!.makespan === r.makespan);
  // A schedule the scheduler called proved optimal that HiGHS beats would be a bug.
  const wronglyProved = withHighs.filter((r) => r.optimality === 'proved' && (r.highs!.placed > r.placed || (r.highs!.placed === r.placed && r.highs!.makespan < r.makespan)));
  const times = results.map((r) => r.ms);
  return {
    instances: results.length,
    allPlaced: complete.length,
    atBound: gaps.filter((g) => g === 0).length,
    withinOne: gaps.filter((g) => g <= 1).length,
    meanGap: gaps.length ? round(gaps.reduce((a, b) => a + b, 0) / gaps.length, 3) : null,
    maxGap: gaps.length ? Math.max(...gaps) : null,
    proved: results.filter((r) => r.optimality === 'proved').length,
    meanBoundAboveKonig: round(complete.reduce((a, r) => a + r.lowerBound - r.konigBound, 0) / Math.max(1, complete.length), 2),
    // Where not everything fits, the search reports its internal "never" as the bound (see BENCHMARKS.md).
    boundIsMaxSafeInteger: results.filter((r) => r.lowerBound === Number.MAX_SAFE_INTEGER).length,
    tightShare: round(results.reduce((a, r) => a + r.tight / r.interviews, 0) / results.length, 3),
    medianMs: round(median(times), 3),
    maxMs: round(Math.max(...times), 1),
    highs: {
      ran: results.filter((r) => r.highs).length,
      proved: withHighs.length,
      equal: equal.length,
      wronglyProved: wronglyProved.map((r) => r.seed),
      medianMs: withHighs.length ? round(median(withHighs.map((r) => r.highs!.ms)), 1) : null,
    },
  };
}

function solveOne(seed: number, shape: FairShape, limits: Limits): InstanceResult & { instance: FairInstance } {
  const { instance, tight } = limitedFair(seed, shape, limits);
  const t = performance.now();
  const fair = compileFair(instance);
  const answer = solveFair(fair);
  const ms = performance.now() - t;
  assertValid(instance, toFairSchedule(fair, answer), `seed ${seed}`);
  return { instance, seed, interviews: fair.E, konigBound: konigBoundOf(instance), lowerBound: answer.lowerBound, placed: placedCount(answer), makespan: answer.makespan, optimality: answer.optimality, ms: round(ms, 3), tight };
}

async function withLimits() {
  log('\n-- 3. With unavailability and interpreter limits');
  const out: Record<string, Record<Limits, ReturnType<typeof summarize> & { results: InstanceResult[] }>> = {};
  for (const [sizeIndex, size] of SIZES.entries()) {
    out[size.name] = {} as (typeof out)[string];
    const count = QUICK ? Math.min(size.instances, 6) : size.instances;
    for (const [kindIndex, limits] of (Object.keys(LIMITS) as Limits[]).entries()) {
      const seedOf = (i: number) => SEED + (sizeIndex * 8 + kindIndex) * 10_000 + i;
      for (let i = 0; i < 3; i++) solveOne(seedOf(-1 - i), size.shape, limits); // JIT warm-up
      const results: InstanceResult[] = [];
      let missed = 0;
      for (let i = 0; i < count; i++) {
        const { instance, ...result } = solveOne(seedOf(i), size.shape, limits);
        const miss = result.placed < result.interviews || result.makespan > result.lowerBound;
        if (size.highs && (i < SAMPLE_WITH_HIGHS || (miss && missed++ < MISSED_WITH_HIGHS))) result.highs = await solveByHighs(instance, HIGHS_LIMIT_S);
        results.push(result);
      }
      const s = summarize(results);
      out[size.name]![limits] = { ...s, results };
      const highsText = size.highs ? `; HiGHS proved ${s.highs.proved}/${s.highs.ran}, scheduler equal on ${s.highs.equal}/${s.highs.proved} (HiGHS median ${fmtMs(s.highs.medianMs ?? NaN)})` : '';
      log(
        `  ${size.name.split(' ')[0]!.padStart(5)} ${limits.padEnd(22)} all placed ${s.allPlaced}/${s.instances}, at bound ${s.atBound}, ≤ bound + 1 ${s.withinOne}, mean gap ${s.meanGap}, proved ${s.proved}; solve median ${fmtMs(s.medianMs)} (max ${fmtMs(s.maxMs)})${highsText}`,
      );
      if (s.highs.wronglyProved.length > 0) log(`    !! scheduler said "proved" but HiGHS did better: seeds ${s.highs.wronglyProved.join(', ')}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- main

/** Times each part of the benchmark in minutes, for the summary. */
async function part<T>(minutes: Record<string, number>, name: string, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await run();
  minutes[name] = round((performance.now() - t) / 60_000, 2);
  return result;
}

/** The commit and whether the scheduler's sources differ from it: the figures are of that code only if this holds still. */
function codeState(): string {
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = git(['status', '--porcelain', 'src/domain', 'src/cli', 'bin', 'scripts']) !== '';
  return `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' with uncommitted changes' : ''}`;
}

async function benchmark(): Promise<void> {
  const started = performance.now();
  const codeAtStart = codeState();
  const loadAtStart = loadAverage();
  log(`Interview-fair scheduler benchmark${QUICK ? ' (BENCH_QUICK: reduced counts)' : ''} at ${codeAtStart}; ${os.cpus().length} CPUs, load ${loadAtStart.join(' ')}`);
  const minutes: Record<string, number> = {};
  const typical = PARTS.has('typical') || PARTS.has('highs') ? await part(minutes, 'typical', typicalFair) : null;
  const national = PARTS.has('national') || PARTS.has('cli') ? await part(minutes, 'national', nationalScale) : null;
  const limits = PARTS.has('limits') ? await part(minutes, 'limits', withLimits) : null;
  minutes['total'] = round((performance.now() - started) / 60_000, 2);
  const code = { atStart: codeAtStart, atEnd: codeState() };
  if (code.atStart !== code.atEnd) log(`!! the code changed during the run: ${code.atStart} at the start, ${code.atEnd} at the end`);
  log(`\nDone in ${minutes['total']} min (${Object.entries(minutes).map(([k, v]) => `${k} ${v}`).join(', ')}); load ${loadAverage().join(' ')}`);
  const figures = { quick: QUICK, parts: [...PARTS], seed: SEED, code, minutes, load: { atStart: loadAtStart, atEnd: loadAverage() }, typical, national, limits };
  if (PARTS.size === ALL_PARTS.length) writeResult('scheduling', figures);
  else {
    const file = path.join(os.tmpdir(), 'kakehashi-scheduling-parts.json');
    fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2)}\n`);
    log(`Only ${[...PARTS].join(', ')}: figures in ${file} (bench/results/scheduling.json is left to the full run)`);
  }
}

const child = process.env.HIGHS_CHILD;
if (child) {
  const { lpFile, timeLimitS } = JSON.parse(child) as { lpFile: string; timeLimitS: number };
  console.log(JSON.stringify(await solveLpByHighs(fs.readFileSync(lpFile, 'utf8'), timeLimitS)));
} else {
  await benchmark();
}
