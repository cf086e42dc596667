// Housing (issue 7), in one process, side by side: the functions compared run in turn within each
// round, so that they share the machine's load, and the first rounds only warm up the JIT.
//  1. The allocation (domain/housing/allocation.ts `allocateHousing`) and its independent checker
//     (check-allocation.ts `checkAllocation`) on generated problems (bench/housing-generators.ts,
//     fixed seeds, companies and flats around real Japanese cities): (a) Hitachi, 8 interns of 4
//     companies, 8 one-person flats; (b) a prefecture (Ibaraki), 60 interns of 20 companies, 40
//     flats of 1–4 beds, a third same-gender, genders mixed with some not recorded; (c) national,
//     500 interns of 150 companies, 300 flats; (d) the largest, 2,000 interns of 600 companies,
//     1,200 flats. Every answer timed is checked once, outside the timings: the checker finds
//     nothing wrong. For (a) and (b), two baselines written here run alongside and are checked
//     by the same checker: first-fit (interns in input order, each into the first flat in input
//     order that admits them) and nearest-fit (the same, flats nearest the intern's company
//     first); and (b) is drawn again from 20 more seeds to compare the places and the objective
//     (untimed), and 20 times more with fewer beds (about 58 for the 60 interns), where the
//     same-gender rule decides how many can be placed.
//  2. The database side, on the embedded PostgreSQL the app runs (a throw-away cluster in a
//     temporary folder, migrated as `kakehashi serve` does; the app built in this process with
//     the app's default pool of 10 connections and driven through inject(), as the integration
//     tests are; worlds seeded with test/support/housing.ts): (i) 200 concurrent bookings
//     (POST /api/programs/:id/stays) of one last bed for the same nights, 5 rounds on 5 flats:
//     wall time until all 200 are answered, and exactly one 201 (the rest 409 housing.unitFull);
//     (ii) 500 sequential bookings that conflict with nothing (25 flats of 4 beds, 5 periods),
//     each followed by a GET /healthz for reference: latency per booking; (iii) POST
//     /api/programs/:id/housing/allocate for 100 interns of 2 companies and 100 one-person flats
//     around Hitachi, 1 warm-up and 5 runs (each run replaces the previous run's unpinned stays),
//     side by side with allocateHousing + checkAllocation on the same problem in memory.
//     For the statements behind (ii) and (iii), one more booking and one more proposal are
//     counted, outside the timings (pg.Client#query calls, the scope's set_config included).
// (c) is also solved once on 6 more seeds, to show how much the time depends on the instance.
// BENCH_QUICK=1 shrinks the counts and leaves out (d), for trying the bench out; HOUSING_LARGEST_RUNS
// sets the runs of (d) (3 by default, no warm-up: a run takes 15–25 s on this machine).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import type { HousingBoard, UnitView } from '../src/contracts/housing.ts';
import { allocateHousing, type Allocation, type AllocationProblem, type Gender } from '../src/domain/housing/allocation.ts';
import { checkAllocation } from '../src/domain/housing/check-allocation.ts';
import { addDays } from '../src/domain/housing/dates.ts';
import { haversineMetres } from '../src/domain/housing/geo.ts';
import { buildApp } from '../src/server/app.ts';
import { DEFAULT_AUTH_TIMEOUTS } from '../src/server/auth/auth.ts';
import { createPasswordHasher } from '../src/server/auth/password-hasher.ts';
import { createFieldCipher } from '../src/server/crypto/field-cipher.ts';
import { connect, prepareEmbeddedDatabase } from '../src/server/db/database.ts';
import { startEmbeddedCluster } from '../src/server/db/embedded/embedded-cluster.ts';
import { runMigrations } from '../src/server/db/migrate.ts';
import { DATABASE_NAME } from '../src/server/db/roles.ts';
import { createOutboxMailer } from '../src/server/mail/mailer.ts';
import { addInterns, buildUnitInput, housingWorld } from '../test/support/housing.ts';
import { injectAs, signInAs, type SignedIn } from '../test/support/people.ts';
import { median, writeResult } from './bench-result.ts';
import { HITACHI, LARGEST, NATIONAL, PREFECTURE, PREFECTURE_TIGHT, describeProblem, generateHousing, mulberry32, type HousingShape } from './housing-generators.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const LARGEST_RUNS = Number(process.env.HOUSING_LARGEST_RUNS ?? 3);
const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = 20_261_207;
const SWEEP_SEEDS = QUICK ? 5 : 20;
/** The app's default DATABASE_POOL_MAX (src/server/config.ts). */
const POOL_MAX = 10;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const fmtMs = (n: number) => (n >= 1000 ? `${round(n / 1000, 2)} s` : `${round(n, n < 10 ? 3 : 1)} ms`);
const loadAverage = () => os.loadavg().map((l) => round(l, 2));
const log = (line: string) => console.log(line);
const km = (metres: number) => round(metres / 1000, 1);

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const spread = (values: number[]) => ({ median: round(median(values), 3), min: round(Math.min(...values), 3), max: round(Math.max(...values), 3), runs: values.length });

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
      last[k] = undefined;
      const t = performance.now();
      let answer = run();
      if (answer instanceof Promise) answer = await answer;
      const elapsed = performance.now() - t;
      last[k] = answer;
      if (r >= warmups) samples[k].push(round(elapsed, 4));
    }
  }
  return { samples, last };
}

function logSamples(samples: Record<string, number[]>, base: string, unit = (ms: number) => fmtMs(ms)): void {
  const baseMedian = median(samples[base]!);
  for (const [k, v] of Object.entries(samples)) {
    const ratio = k !== base ? `  ${round(median(v) / baseMedian, 3)}× ${base}` : '';
    log(`  ${k.padEnd(32)} median ${unit(median(v)).padStart(10)}  (${v.length} runs, ${unit(Math.min(...v))}–${unit(Math.max(...v))})${ratio}`);
  }
}

// ---------------------------------------------------------------- the baselines

/**
 * A greedy baseline: interns in input order, each into the first unit (in input order, or nearest
 * their company first) that admits them as things stand: a free bed and, in a same-gender unit,
 * nobody there or everybody of the intern's recorded gender. Assumes no occupants and no pins
 * (the generated problems have none). The score as allocateHousing reports it.
 */
function greedy(problem: AllocationProblem, order: 'input' | 'nearest'): Allocation {
  const U = problem.units.length;
  const companyAt = new Map(problem.companies.map((c) => [c.id, c.location]));
  const count = new Int32Array(U);
  /** Per unit: the gender of the people there ('none' while empty; null for one person not recorded). */
  const genderHere: (Gender | null | 'none')[] = problem.units.map(() => 'none');
  const distance = (companyId: string, u: number) => {
    const from = companyAt.get(companyId) ?? null;
    const to = problem.units[u]!.location;
    return from && to ? haversineMetres(from, to) : 0;
  };
  const byCompany = new Map<string, number[]>();
  const unitsFor = (companyId: string) => {
    if (order === 'input') return problem.units.map((_, u) => u);
    let list = byCompany.get(companyId);
    if (!list) {
      const d = problem.units.map((_, u) => distance(companyId, u));
      list = problem.units.map((_, u) => u).sort((a, b) => d[a]! - d[b]! || a - b);
      byCompany.set(companyId, list);
    }
    return list;
  };
  const admits = (u: number, g: Gender | null) => {
    const unit = problem.units[u]!;
    if (count[u]! >= unit.capacity) return false;
    if (!unit.sameGenderOnly || count[u] === 0) return true;
    return g !== null && genderHere[u] === g;
  };
  const unitOf: number[] = [];
  for (const intern of problem.interns) {
    const u = unitsFor(intern.companyId).find((v) => admits(v, intern.gender)) ?? -1;
    unitOf.push(u);
    if (u === -1) continue;
    count[u]!++;
    genderHere[u] = count[u] === 1 ? intern.gender : genderHere[u]!;
  }
  let freeBeds = 0;
  for (let u = 0; u < U; u++) freeBeds += problem.units[u]!.capacity - count[u]!;
  const placements: Allocation['placements'] = [];
  const unplaced: Allocation['unplaced'] = [];
  const companyUnits = new Set<string>();
  let metres = 0;
  problem.interns.forEach((intern, i) => {
    const u = unitOf[i]!;
    if (u === -1) return unplaced.push({ internId: intern.id, reason: freeBeds === 0 ? 'noFreeBed' : 'sameGenderRule' });
    placements.push({ internId: intern.id, unitId: problem.units[u]!.id, pinned: false });
    companyUnits.add(`${intern.companyId} ${u}`);
    metres += distance(intern.companyId, u);
  });
  return { placements, unplaced, score: { placed: placements.length, unitsPerCompany: companyUnits.size, totalDistanceMetres: metres } };
}

function assertChecked(problem: AllocationProblem, allocation: Allocation, what: string): void {
  const violations = checkAllocation(problem, allocation);
  if (violations.length > 0) throw new Error(`${what}: the checker found ${JSON.stringify(violations.slice(0, 5))}`);
}

// ---------------------------------------------------------------- 1. the allocation

type Score = Allocation['score'];
const scoreOf = (a: Allocation, interns: number) => ({ ...a.score, totalDistanceKm: km(a.score.totalDistanceMetres), placedShare: round(a.score.placed / interns, 4), unplacedReasons: Object.fromEntries(['noFreeBed', 'sameGenderRule'].map((r) => [r, a.unplaced.filter((x) => x.reason === r).length])) });
const fmtScore = (s: Score, interns: number) => `${s.placed}/${interns} placed, ${s.unitsPerCompany} units per company, ${km(s.totalDistanceMetres)} km`;

async function measureProblem(shape: HousingShape, seed: number, n: { warmups: number; runs: number }, options: { baselines: boolean; batch: number }) {
  const problem = generateHousing(mulberry32(seed), shape);
  const described = describeProblem(problem);
  log(`\n-- ${shape.name}: ${described.interns} interns of ${described.companies} companies, ${described.units} flats with ${described.beds} beds (by capacity 1–4: ${described.unitsByCapacity.join(', ')}; ${described.sameGenderUnits} same-gender with ${described.sameGenderBeds} beds); genders ${JSON.stringify(described.genders)}; seed ${seed}; load ${loadAverage().join(' ')}`);
  const reference = allocateHousing(problem); // the checker's input, and the first (cold) call
  const repeat = (f: () => unknown) => () => {
    let out: unknown;
    for (let i = 0; i < options.batch; i++) out = f();
    return out;
  };
  const entries: Record<string, Timed> = {
    allocateHousing: { run: repeat(() => allocateHousing(problem)), ...n },
    checkAllocation: { run: repeat(() => checkAllocation(problem, reference)), ...n },
  };
  if (options.baselines) {
    entries['first-fit'] = { run: repeat(() => greedy(problem, 'input')), ...n };
    entries['nearest-fit'] = { run: repeat(() => greedy(problem, 'nearest')), ...n };
  }
  const { samples: raw, last } = await sideBySide(entries);
  // Per call, when a run is a batch of calls.
  const samples = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.map((ms) => round(ms / options.batch, 5))]));
  logSamples(samples, 'allocateHousing', options.batch > 1 ? (ms) => `${round(ms * 1000, 1)} µs` : fmtMs);
  if (options.batch > 1) log(`  (a run is a batch of ${options.batch} calls; times per call)`);

  const allocation = last['allocateHousing'] as Allocation;
  assertChecked(problem, allocation, `${shape.name}: allocateHousing`);
  if (JSON.stringify(allocation) !== JSON.stringify(reference)) throw new Error(`${shape.name}: allocateHousing answered differently on the same problem`);
  if ((last['checkAllocation'] as unknown[]).length !== 0) throw new Error(`${shape.name}: the checker failed`);
  const scores: Record<string, ReturnType<typeof scoreOf>> = { allocateHousing: scoreOf(allocation, problem.interns.length) };
  log(`  allocateHousing: ${fmtScore(allocation.score, problem.interns.length)}; checked`);
  if (options.baselines) {
    for (const k of ['first-fit', 'nearest-fit']) {
      const answer = last[k] as Allocation;
      assertChecked(problem, answer, `${shape.name}: ${k}`);
      scores[k] = scoreOf(answer, problem.interns.length);
      log(`  ${k}: ${fmtScore(answer.score, problem.interns.length)}; checked`);
    }
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v), 5)]));
  return { shape: shape.name, seed, problem: described, batch: options.batch, samplesMs: samples, medianMs: medians, spreadMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, spread(v)])), checkerToAllocation: round(medians['checkAllocation']! / medians['allocateHousing']!, 4), scores };
}

/** (b) from more seeds, untimed: what the exact placement and the local search gain over the greedy baselines. */
function sweep(shape: HousingShape, seeds: number[]) {
  log(`\n-- ${shape.name}, ${seeds.length} more seeds (untimed): allocateHousing against first-fit and nearest-fit`);
  const rows = seeds.map((seed) => {
    const problem = generateHousing(mulberry32(seed), shape);
    const exact = allocateHousing(problem);
    const first = greedy(problem, 'input');
    const nearest = greedy(problem, 'nearest');
    assertChecked(problem, exact, `${shape.name} seed ${seed}: allocateHousing`);
    assertChecked(problem, first, `${shape.name} seed ${seed}: first-fit`);
    assertChecked(problem, nearest, `${shape.name} seed ${seed}: nearest-fit`);
    const d = describeProblem(problem);
    return { seed, beds: d.beds, unrecorded: d.genders.unrecorded, exact: exact.score, firstFit: first.score, nearestFit: nearest.score };
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  const ratios = (k: 'firstFit' | 'nearestFit', f: (s: Score) => number) => rows.map((r) => f(r.exact) / f(r[k]));
  const summary = {
    seeds: rows.length,
    interns: shape.interns * rows.length,
    beds: sum((r) => r.beds),
    /** No allocation can place more than the beds there are. */
    placedAtMost: sum((r) => Math.min(r.beds, shape.interns)),
    placed: { allocateHousing: sum((r) => r.exact.placed), firstFit: sum((r) => r.firstFit.placed), nearestFit: sum((r) => r.nearestFit.placed) },
    seedsWhereExactPlacesMore: { firstFit: rows.filter((r) => r.exact.placed > r.firstFit.placed).length, nearestFit: rows.filter((r) => r.exact.placed > r.nearestFit.placed).length },
    seedsWhereExactPlacesFewer: rows.filter((r) => r.exact.placed < Math.max(r.firstFit.placed, r.nearestFit.placed)).length,
    mostMorePlacedThanFirstFit: Math.max(...rows.map((r) => r.exact.placed - r.firstFit.placed)),
    unitsPerCompany: { allocateHousing: sum((r) => r.exact.unitsPerCompany), firstFit: sum((r) => r.firstFit.unitsPerCompany), nearestFit: sum((r) => r.nearestFit.unitsPerCompany) },
    /** Medians over the seeds of allocateHousing's figure / the baseline's (placements differ, so per placed intern for the distance). */
    medianRatio: {
      unitsPerCompanyToFirstFit: round(median(ratios('firstFit', (s) => s.unitsPerCompany)), 3),
      unitsPerCompanyToNearestFit: round(median(ratios('nearestFit', (s) => s.unitsPerCompany)), 3),
      distancePerPlacedToFirstFit: round(median(ratios('firstFit', (s) => s.totalDistanceMetres / s.placed)), 3),
      distancePerPlacedToNearestFit: round(median(ratios('nearestFit', (s) => s.totalDistanceMetres / s.placed)), 3),
    },
  };
  log(`  placed in all: allocateHousing ${summary.placed.allocateHousing}, first-fit ${summary.placed.firstFit}, nearest-fit ${summary.placed.nearestFit} of ${summary.interns} (${summary.placedAtMost} beds usable at most); allocateHousing places more than first-fit on ${summary.seedsWhereExactPlacesMore.firstFit} seeds (at most ${summary.mostMorePlacedThanFirstFit} more), than nearest-fit on ${summary.seedsWhereExactPlacesMore.nearestFit}; fewer on ${summary.seedsWhereExactPlacesFewer}`);
  log(`  medians of the ratios allocateHousing / baseline: units per company ${summary.medianRatio.unitsPerCompanyToFirstFit} (first-fit), ${summary.medianRatio.unitsPerCompanyToNearestFit} (nearest-fit); distance per placed intern ${summary.medianRatio.distancePerPlacedToFirstFit} (first-fit), ${summary.medianRatio.distancePerPlacedToNearestFit} (nearest-fit)`);
  if (summary.seedsWhereExactPlacesFewer > 0) throw new Error(`${shape.name}: a greedy baseline placed more than allocateHousing`);
  return { summary, rows };
}

/** One run each on more instances of a shape (the JIT already warm): how the time varies with the instance. */
function timeSeeds(shape: HousingShape, seeds: number[]) {
  const rows = seeds.map((seed) => {
    const problem = generateHousing(mulberry32(seed), shape);
    const t = performance.now();
    const allocation = allocateHousing(problem);
    const ms = round(performance.now() - t, 1);
    assertChecked(problem, allocation, `${shape.name} seed ${seed}`);
    return { seed, ms, beds: describeProblem(problem).beds, score: allocation.score };
  });
  const ms = rows.map((r) => r.ms);
  log(`  ${rows.length} more seeds, one run each: ${ms.map(fmtMs).join(', ')} (median ${fmtMs(median(ms))}); placed ${rows.map((r) => r.score.placed).join(', ')} of ${shape.interns}; all checked`);
  return { spreadMs: spread(ms), rows };
}

async function allocationPart() {
  const a = await measureProblem(HITACHI, SEED + 1, QUICK ? { warmups: 2, runs: 5 } : { warmups: 5, runs: 21 }, { baselines: true, batch: QUICK ? 100 : 500 });
  const b = await measureProblem(PREFECTURE, SEED + 2, QUICK ? { warmups: 1, runs: 3 } : { warmups: 3, runs: 15 }, { baselines: true, batch: 1 });
  const bSweep = sweep(PREFECTURE, Array.from({ length: SWEEP_SEEDS }, (_, k) => SEED + 100 + k));
  const bTight = sweep(PREFECTURE_TIGHT, Array.from({ length: SWEEP_SEEDS }, (_, k) => SEED + 200 + k));
  const c = await measureProblem(NATIONAL, SEED + 3, QUICK ? { warmups: 0, runs: 2 } : { warmups: 1, runs: 7 }, { baselines: false, batch: 1 });
  const cSeeds = timeSeeds(NATIONAL, Array.from({ length: QUICK ? 2 : 6 }, (_, k) => SEED + 300 + k));
  const d = QUICK ? null : await measureProblem(LARGEST, SEED + 4, { warmups: 0, runs: LARGEST_RUNS }, { baselines: false, batch: 1 });
  return { hitachi: a, prefecture: { ...b, sweep: bSweep, tightSweep: bTight }, national: { ...c, otherSeeds: cSeeds }, largest: d };
}

// ---------------------------------------------------------------- 2. the database side

type T = { app: FastifyInstance; database: ReturnType<typeof connect>; hasher: ReturnType<typeof createPasswordHasher> };

async function startApp(dataDir: string): Promise<T & { postgres: string }> {
  const cluster = await startEmbeddedCluster({ dataDir: path.join(dataDir, 'data') });
  try {
    const target = await prepareEmbeddedDatabase(cluster, DATABASE_NAME);
    await runMigrations(target.ownerUrl, target.appRole);
    const database = connect('embedded', target.appUrl, POOL_MAX, cluster);
    const hasher = createPasswordHasher();
    const filesDir = path.join(dataDir, 'files');
    fs.mkdirSync(filesDir);
    const app = await buildApp({
      database,
      logger: pino({ level: 'silent' }),
      webRoot: null,
      auth: { secret: 'bench-secret-bench-secret-bench-secret-01', publicUrl: 'http://localhost:3000', ...DEFAULT_AUTH_TIMEOUTS },
      mailer: createOutboxMailer(database.db),
      demoAccounts: false,
      fieldCipher: createFieldCipher(Buffer.alloc(32, 7)),
      hasher,
      filesDir,
    });
    await app.ready();
    const superuser = new pg.Client({ connectionString: cluster.superuserUrl() });
    await superuser.connect();
    const postgres = (await superuser.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    await superuser.end();
    return { app, database, hasher, postgres };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/** Statements sent to PostgreSQL while `work` runs: pg.Client#query calls (BEGIN, COMMIT and the scope's set_config included). */
async function countStatements<R>(work: () => Promise<R>): Promise<{ result: R; statements: number }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let statements = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    return original.apply(this, args);
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.query = original;
  }
}

type Call = { status: number; code: string | undefined; body: unknown; ms: number };

async function concurrentLastBed(t: T): Promise<Record<string, unknown>> {
  const rounds = QUICK ? 2 : 5;
  const people = QUICK ? 50 : 200;
  log(`\n-- (i) ${people} concurrent bookings of one last bed, ${rounds} rounds; load ${loadAverage().join(' ')}`);
  let t0 = performance.now();
  const w = await housingWorld(t, people);
  const staff = await signInAs(t, w.operatorId, 'operator_staff');
  const partner = await signInAs(t, w.partner, 'housing_partner');
  const seedMs = performance.now() - t0;
  const call = callAs(t.app);
  const wallMs: number[] = [];
  const answerMs: number[] = [];
  const outcomes: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) {
    const flat = await call(partner, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `Last bed ${r + 1}` }));
    if (flat.status !== 201) throw new Error(`flat: ${flat.status}`);
    const unitId = (flat.body as UnitView).id;
    // Round r books the nights [1 Aug + 3r, 1 Aug + 3r + 2): no round overlaps another, so every intern may try again.
    const nights = { checkIn: addDays('2025-08-01', 3 * r), checkOut: addDays('2025-08-01', 3 * r + 2) };
    t0 = performance.now();
    const answers = await Promise.all(
      w.interns.map(async (p) => {
        const answer = await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: p.applicationId, unitId, ...nights });
        return { ...answer, at: performance.now() - t0 };
      }),
    );
    const wall = performance.now() - t0;
    wallMs.push(round(wall, 1));
    answerMs.push(...answers.map((a) => round(a.at, 1)));
    const tally: Record<string, number> = {};
    for (const a of answers) tally[`${a.status} ${a.code ?? ''}`.trim()] = (tally[`${a.status} ${a.code ?? ''}`.trim()] ?? 0) + 1;
    outcomes.push(tally);
    const won = answers.filter((a) => a.status === 201).length;
    const unitFull = answers.filter((a) => a.status === 409 && a.code === 'housing.unitFull').length;
    log(`  round ${r + 1}: all ${people} answered in ${fmtMs(wall)}; first answer at ${fmtMs(Math.min(...answers.map((a) => a.at)))}, median ${fmtMs(median(answers.map((a) => a.at)))}; ${JSON.stringify(tally)}`);
    if (won !== 1 || unitFull !== people - 1) throw new Error(`round ${r + 1}: ${won} bookings won, ${unitFull} refused as unitFull, of ${people}`);
  }
  return { people, rounds, seedSeconds: round(seedMs / 1000, 1), wallMs: spread(wallMs), wallSamplesMs: wallMs, perAnswerMs: round(median(wallMs) / people, 2), answerAtMs: { median: round(median(answerMs), 1), p95: round(percentile(answerMs, 95), 1) }, outcomes, exactlyOneWonEveryRound: true };
}

async function sequentialBookings(t: T): Promise<Record<string, unknown>> {
  const flats = QUICK ? 5 : 25;
  const beds = 4;
  const periods = 5;
  const bookings = flats * beds * periods;
  log(`\n-- (ii) ${bookings} sequential bookings that conflict with nothing (${flats} flats of ${beds} beds, ${periods} periods of 8 nights), each followed by GET /healthz; load ${loadAverage().join(' ')}`);
  let t0 = performance.now();
  const w = await housingWorld(t, bookings);
  const staff = await signInAs(t, w.operatorId, 'operator_staff');
  const partner = await signInAs(t, w.partner, 'housing_partner');
  const call = callAs(t.app);
  const units: string[] = [];
  for (let u = 0; u < flats; u++) {
    const flat = await call(partner, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `Flat ${u + 1}`, capacity: beds, layout: '3LDK' }));
    units.push((flat.body as UnitView).id);
  }
  // Warm-up, not timed: two more interns book the first flat for a night after the five periods;
  // the second booking's statements are counted.
  let statementsPerBooking = 0;
  for (const p of await addInterns(t, w, 2)) {
    const { result: answer, statements } = await countStatements(() => call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: p.applicationId, unitId: units[0]!, checkIn: '2025-09-14', checkOut: '2025-09-15' }));
    if (answer.status !== 201) throw new Error(`warm-up booking: ${answer.status} ${answer.code}`);
    statementsPerBooking = statements;
  }
  const seedMs = performance.now() - t0;
  const bookingMs: number[] = [];
  const healthzMs: number[] = [];
  for (let k = 0; k < bookings; k++) {
    const period = Math.floor(k / (flats * beds));
    const nights = { checkIn: addDays('2025-08-01', 9 * period), checkOut: addDays('2025-08-01', 9 * period + 8) };
    const answer = await call(staff, 'POST', `/api/programs/${w.program}/stays`, { applicationId: w.interns[k]!.applicationId, unitId: units[k % flats]!, ...nights });
    if (answer.status !== 201) throw new Error(`booking ${k + 1}: ${answer.status} ${answer.code}`);
    bookingMs.push(round(answer.ms, 3));
    t0 = performance.now();
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    healthzMs.push(round(performance.now() - t0, 3));
    if (health.statusCode !== 200) throw new Error(`healthz: ${health.statusCode}`);
  }
  const firstHundred = bookingMs.slice(0, 100);
  const lastHundred = bookingMs.slice(-100);
  const figures = {
    bookings,
    seedSeconds: round(seedMs / 1000, 1),
    bookingMs: { ...spread(bookingMs), p95: percentile(bookingMs, 95), p99: percentile(bookingMs, 99) },
    healthzMs: { ...spread(healthzMs), p95: percentile(healthzMs, 95) },
    bookingToHealthz: round(median(bookingMs) / median(healthzMs), 1),
    statementsPerBooking,
    firstHundredMedianMs: round(median(firstHundred), 2),
    lastHundredMedianMs: round(median(lastHundred), 2),
    totalSeconds: round(bookingMs.reduce((a, b) => a + b, 0) / 1000, 2),
  };
  log(`  booking (${statementsPerBooking} statements): median ${fmtMs(figures.bookingMs.median)}, p95 ${fmtMs(figures.bookingMs.p95)}, ${fmtMs(figures.bookingMs.min)}–${fmtMs(figures.bookingMs.max)}; first 100 ${fmtMs(figures.firstHundredMedianMs)}, last 100 ${fmtMs(figures.lastHundredMedianMs)}; /healthz median ${fmtMs(figures.healthzMs.median)} (booking ${figures.bookingToHealthz}×); all checked 201`);
  return figures;
}

async function allocateEndpoint(t: T): Promise<Record<string, unknown>> {
  const count = QUICK ? 30 : 100;
  const n = QUICK ? { warmups: 1, runs: 2 } : { warmups: 1, runs: 5 };
  log(`\n-- (iii) POST /api/programs/:id/housing/allocate: ${count} interns of 2 companies, ${count} one-person flats around Hitachi; load ${loadAverage().join(' ')}`);
  const t0 = performance.now();
  const w = await housingWorld(t, count);
  const staff = await signInAs(t, w.operatorId, 'operator_staff');
  const partner = await signInAs(t, w.partner, 'housing_partner');
  // The companies at Hitachi station and at Omika; the flats spread over the city (seeded).
  for (const [id, location] of [
    [w.company, { latitude: 36.5915, longitude: 140.6575 }],
    [w.company2, { latitude: 36.6175, longitude: 140.6553 }],
  ] as const) {
    const res = await w.as({ method: 'PATCH', url: `/api/organizations/${id}`, payload: { version: 1, location } });
    if (res.statusCode !== 200) throw new Error(`company location: ${res.statusCode} ${res.body}`);
  }
  const call = callAs(t.app);
  const random = mulberry32(SEED + 5);
  for (let u = 0; u < count; u++) {
    const location = { latitude: round(36.5991 + (random() - 0.5) * 0.08, 5), longitude: round(140.6515 + (random() - 0.5) * 0.06, 5) };
    const res = await call(partner, 'POST', `/api/organizations/${w.partner}/housing-units`, buildUnitInput({ name: `レオパレス日立 ${u + 1}`, location }));
    if (res.status !== 201) throw new Error(`flat: ${res.status}`);
  }
  const seedMs = performance.now() - t0;
  const board = (await call(staff, 'GET', `/api/programs/${w.program}/housing`)).body as HousingBoard;
  // The same problem in memory, as the service builds it (nobody housed yet, nothing pinned).
  const problem: AllocationProblem = {
    units: board.units.map((u) => ({ id: u.id, capacity: u.capacity, sameGenderOnly: u.sameGenderOnly, location: u.location, occupants: [] })),
    interns: board.interns.map((i) => ({ id: i.applicationId, companyId: i.companyId!, gender: i.gender })),
    companies: board.companies.map((c) => ({ id: c.id, location: c.location })),
    pinned: [],
  };
  const stayIds: string[][] = [];
  const { samples, last } = await sideBySide({
    'POST …/housing/allocate': {
      run: async () => {
        const res = await call(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: true });
        if (res.status !== 200) throw new Error(`allocate: ${res.status} ${JSON.stringify(res.body)}`);
        stayIds.push((res.body as HousingBoard).stays.map((s) => s.id).sort());
        return res.body;
      },
      ...n,
    },
    'allocateHousing + checkAllocation': { run: () => checkAllocation(problem, allocateHousing(problem)), ...n },
  });
  logSamples(samples, 'POST …/housing/allocate');
  const result = last['POST …/housing/allocate'] as HousingBoard;
  if (result.stays.length !== count || result.unplaced.length !== 0 || new Set(result.stays.map((s) => s.unitId)).size !== count) throw new Error(`allocate: ${result.stays.length} stays in ${new Set(result.stays.map((s) => s.unitId)).size} flats, ${result.unplaced.length} unplaced`);
  if ((last['allocateHousing + checkAllocation'] as unknown[]).length !== 0) throw new Error('allocate in memory: the checker failed');
  // Each run replaced the stays of the run before it: new stays every time.
  for (let r = 1; r < stayIds.length; r++) if (stayIds[r]!.some((id) => stayIds[r - 1]!.includes(id))) throw new Error(`allocate run ${r + 1} kept a stay of the run before it`);
  // One more proposal, its statements counted (outside the timings).
  const counted = await countStatements(() => call(staff, 'POST', `/api/programs/${w.program}/housing/allocate`, { keepPinned: true }));
  if (counted.result.status !== 200 || (counted.result.body as HousingBoard).stays.length !== count) throw new Error(`allocate (counted): ${counted.result.status}`);
  const inMemory = allocateHousing(problem);
  const sameUnits = result.stays.every((s) => inMemory.placements.find((p) => p.internId === s.applicationId)?.unitId === s.unitId);
  log(`  all checked: ${result.stays.length} stays in ${count} flats, none unplaced, every run's stays new; the saved placements ${sameUnits ? 'equal' : 'differ from'} allocateHousing's in memory (${fmtScore(inMemory.score, count)}); one proposal sends ${counted.statements} statements`);
  const medians = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v), 2)]));
  return { interns: count, flats: count, seedSeconds: round(seedMs / 1000, 1), samplesMs: samples, spreadMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, spread(v)])), algorithmShare: round(medians['allocateHousing + checkAllocation']! / medians['POST …/housing/allocate']!, 3), statementsPerProposal: counted.statements, sameAsInMemory: sameUnits, score: inMemory.score };
}

/** inject() as a signed-in person; the status, the error code and the parsed body, and the time. */
function callAs(app: FastifyInstance) {
  return async (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: object): Promise<Call> => {
    const t = performance.now();
    const res = await injectAs(app, who)({ method, url, ...(payload ? { payload } : {}) });
    const ms = performance.now() - t;
    const body = res.body ? (res.json() as unknown) : null;
    return { status: res.statusCode, code: (body as { error?: { code?: string } } | null)?.error?.code, body, ms };
  };
}

async function databasePart() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-housing-bench-'));
  const started = performance.now();
  const t = await startApp(dir);
  log(`\nembedded PostgreSQL ${t.postgres} started and migrated, app built, in ${fmtMs(performance.now() - started)} (pool of ${POOL_MAX})`);
  try {
    const concurrent = await concurrentLastBed(t);
    const sequential = await sequentialBookings(t);
    const allocate = await allocateEndpoint(t);
    const perBooking = (sequential.bookingMs as { median: number }).median;
    const wall = (concurrent.wallMs as { median: number }).median;
    const serialised = round(wall / ((concurrent.people as number) * perBooking), 2);
    log(`\n  the ${concurrent.people} concurrent bookings took ${serialised}× ${concurrent.people} sequential bookings' median`);
    return { postgres: t.postgres, poolMax: POOL_MAX, concurrent: { ...concurrent, wallToSequential: serialised }, sequential, allocate };
  } finally {
    await t.app.close();
    await t.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

/**
 * The commit, whether the housing sources differ from it, and a hash of the allocation's sources
 * as they are (other people edit them while benchmarks run: the hash tells one version from another).
 */
function codeState() {
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = git(['status', '--porcelain', 'src/domain/housing', 'src/server']) !== '';
  const dir = path.join(ROOT, 'src/domain/housing');
  const hash = crypto.createHash('sha256');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  return { commit: `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' with uncommitted changes' : ''}`, housingSources: hash.digest('hex').slice(0, 12) };
}
const fmtCode = (c: ReturnType<typeof codeState>) => `${c.commit} (src/domain/housing sha256 ${c.housingSources})`;

async function part<T>(minutes: Record<string, number>, name: string, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await run();
  minutes[name] = round((performance.now() - t) / 60_000, 2);
  return result;
}

const started = performance.now();
const codeAtStart = codeState();
const loadAtStart = loadAverage();
log(`Housing benchmark${QUICK ? ' (BENCH_QUICK: reduced sizes and counts, no (d))' : ''} at ${fmtCode(codeAtStart)}; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load ${loadAtStart.join(' ')}`);
const minutes: Record<string, number> = {};
const allocation = await part(minutes, 'allocation', allocationPart);
const database = await part(minutes, 'database', databasePart);
minutes['total'] = round((performance.now() - started) / 60_000, 2);
const code = { atStart: codeAtStart, atEnd: codeState() };
if (code.atStart.housingSources !== code.atEnd.housingSources) log(`!! the housing sources changed on disk during the run (this process ran what it loaded at the start): ${fmtCode(code.atStart)} at the start, ${fmtCode(code.atEnd)} at the end`);
else if (code.atStart.commit !== code.atEnd.commit) log(`(new commits during the run, ${code.atStart.commit} → ${code.atEnd.commit}; the housing sources the same)`);
log(`\nDone in ${minutes['total']} min (${Object.entries(minutes).map(([k, v]) => `${k} ${v}`).join(', ')}); load ${loadAverage().join(' ')}`);
writeResult('housing', { quick: QUICK, seed: SEED, code, minutes, load: { atStart: loadAtStart, atEnd: loadAverage() }, allocation, database });
