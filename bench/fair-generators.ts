// Generated interview fairs for the scheduler's benchmark (bench/scheduling.bench.ts). All the
// randomness is here, drawn from a seeded generator, so that every figure can be reproduced and
// the scheduler itself stays deterministic. Shapes:
//   - a fair without limits: students pick k distinct companies uniformly, companies have 1–3
//     rooms, and the fair has 10 % more slots than König's bound (so a solver that is given the
//     slots, like HiGHS, must also find the smallest makespan);
//   - the same with unavailability: random blocked slots, or blocked slots thinned out until every
//     interview has at least König's bound of common free slots (Galvin's condition);
//   - the same with interpreter limits: a share of the interviews needs one of the few
//     interpreters free in each slot.
import type { CompiledFair } from '../src/domain/scheduling/compiled-fair.ts';
import type { FairInstance, FairInterview } from '../src/domain/scheduling/fair-instance.ts';

/** Uniform in [0, 1). */
export type Random = () => number;

/** mulberry32: a small seeded generator, good enough for test data and the same on every machine. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Uniform integer in [lo, hi]. */
export const randomInt = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

/** k distinct integers of 0 … n − 1 (Floyd's algorithm: k draws, whatever k is next to n). */
export function distinct(random: Random, n: number, k: number): number[] {
  const chosen = new Set<number>();
  for (let j = n - k; j < n; j++) {
    const t = randomInt(random, 0, j);
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen];
}

export type FairShape = {
  readonly students: number;
  readonly companies: number;
  /** Companies each student picks (distinct). */
  readonly perStudent: number;
  readonly rooms: readonly [min: number, max: number];
};

/** max(interviews of a student, ⌈interviews of a company / its rooms⌉): the optimum without limits. */
export function konigBoundOf(instance: FairInstance): number {
  const perStudent = new Map<string, number>();
  const perCompany = new Map<string, number>();
  for (const { student, company } of instance.interviews) {
    perStudent.set(student, (perStudent.get(student) ?? 0) + 1);
    perCompany.set(company, (perCompany.get(company) ?? 0) + 1);
  }
  let bound = 0;
  for (const n of perStudent.values()) bound = Math.max(bound, n);
  for (const { id, rooms } of instance.companies) bound = Math.max(bound, Math.ceil((perCompany.get(id) ?? 0) / rooms));
  return bound;
}

/** A fair of `shape` with no unavailability and no interpreters, and `slotsFactor` × König's bound of slots. */
export function fairWithoutLimits(random: Random, shape: FairShape, slotsFactor = 1.1): FairInstance {
  const companies = Array.from({ length: shape.companies }, (_, c) => ({ id: `c${c}`, rooms: randomInt(random, shape.rooms[0], shape.rooms[1]) }));
  const students = Array.from({ length: shape.students }, (_, s) => ({ id: `s${s}` }));
  const interviews: FairInterview[] = [];
  for (let s = 0; s < shape.students; s++) {
    for (const c of distinct(random, shape.companies, shape.perStudent)) interviews.push({ student: `s${s}`, company: `c${c}` });
  }
  const unsized: FairInstance = { slots: 1, companies, students, interviews };
  return { ...unsized, slots: Math.ceil(konigBoundOf(unsized) * slotsFactor) };
}

/**
 * A fair whose companies all hold exactly students × perStudent / companies interviews in one
 * room: every company sits at the maximum degree, which leaves an edge colouring the least slack.
 * A shuffled deck of companies dealt perStudent to a student, with repeats swapped away.
 */
export function balancedFair(random: Random, students: number, companies: number, perStudent: number, slotsFactor = 1.1): FairInstance {
  const E = students * perStudent;
  if (E % companies !== 0) throw new Error('interviews must divide evenly among the companies');
  const deck = new Int32Array(E);
  for (let i = 0; i < E; i++) deck[i] = i % companies;
  for (let i = E - 1; i > 0; i--) swap(deck, i, randomInt(random, 0, i));
  const student = (i: number) => Math.floor(i / perStudent);
  /** Whether position i's student has company c at another position. */
  const repeats = (i: number, c: number) => {
    for (let j = student(i) * perStudent; j < (student(i) + 1) * perStudent; j++) if (j !== i && deck[j] === c) return true;
    return false;
  };
  for (let i = 0; i < E; i++) {
    while (repeats(i, deck[i]!)) {
      const j = randomInt(random, 0, E - 1);
      if (student(j) !== student(i) && !repeats(j, deck[i]!) && !repeats(i, deck[j]!)) swap(deck, i, j);
    }
  }
  return {
    slots: Math.ceil(Math.max(perStudent, E / companies) * slotsFactor),
    companies: Array.from({ length: companies }, (_, c) => ({ id: `c${c}`, rooms: 1 })),
    students: Array.from({ length: students }, (_, s) => ({ id: `s${s}` })),
    interviews: Array.from(deck, (c, i) => ({ student: `s${student(i)}`, company: `c${c}` })),
  };
}

function swap(a: Int32Array, i: number, j: number): void {
  const x = a[i]!;
  a[i] = a[j]!;
  a[j] = x;
}

type Blocked = { students: Uint8Array[]; companies: Uint8Array[] };

function randomBlocks(random: Random, fair: FairInstance, share: number): Blocked {
  const draw = () => Uint8Array.from({ length: fair.slots }, () => (random() < share ? 1 : 0));
  return { students: fair.students.map(draw), companies: fair.companies.map(draw) };
}

function withBlocks(fair: FairInstance, blocked: Blocked): FairInstance {
  const slotsOf = (row: Uint8Array) => {
    const slots: number[] = [];
    row.forEach((b, t) => b && slots.push(t));
    return slots;
  };
  return {
    ...fair,
    students: fair.students.map((s, i) => ({ ...s, unavailable: slotsOf(blocked.students[i]!) })),
    companies: fair.companies.map((c, i) => ({ ...c, unavailable: slotsOf(blocked.companies[i]!) })),
  };
}

/** Each student and company blocks each slot with probability `share`. */
export function withRandomBlocks(random: Random, fair: FairInstance, share: number): FairInstance {
  return withBlocks(fair, randomBlocks(random, fair, share));
}

/**
 * Random blocks as above, then, interview by interview, blocks of its student or company lifted at
 * random until it has at least König's bound K of common free slots. Galvin's theorem (every
 * bipartite multigraph is list-edge-colourable from lists of Δ colours) then says that every
 * interview can be placed: the rooms split each company into vertices of degree ≤ K, and a slot
 * free for the company is free for each of its rooms. Lifting a block only adds free slots to other
 * interviews, so one pass suffices. `tight` counts the interviews left with exactly K.
 */
export function withGalvinBlocks(random: Random, fair: FairInstance, share: number): { fair: FairInstance; tight: number } {
  const K = konigBoundOf(fair);
  if (K > fair.slots) throw new Error(`Galvin's condition needs at least ${K} slots`);
  const blocked = randomBlocks(random, fair, share);
  const studentIndex = new Map(fair.students.map((s, i) => [s.id, i]));
  const companyIndex = new Map(fair.companies.map((c, i) => [c.id, i]));
  let tight = 0;
  for (const { student, company } of fair.interviews) {
    const s = blocked.students[studentIndex.get(student)!]!;
    const c = blocked.companies[companyIndex.get(company)!]!;
    const closed: number[] = [];
    for (let t = 0; t < fair.slots; t++) if (s[t] || c[t]) closed.push(t);
    let free = fair.slots - closed.length;
    while (free < K) {
      const t = closed.splice(randomInt(random, 0, closed.length - 1), 1)[0]!;
      s[t] = 0;
      c[t] = 0;
      free++;
    }
    if (free === K) tight++;
  }
  return { fair: withBlocks(fair, blocked), tight };
}

/**
 * A share of the interviews needs an interpreter. If they were spread evenly over König's bound K
 * of slots, each slot would need m = interpreted / K; each slot gets between round(m / 2) and
 * round(3m / 2) interpreters, so that the limit binds near the optimum: some slots are short,
 * and in the first K slots there are about as many seats as interviews needing one. At 40
 * interviews that is 1–2 interpreters a slot; at 3,500, about 4–13.
 */
export function withInterpreters(random: Random, fair: FairInstance, share: number): FairInstance {
  const interviews = fair.interviews.map((v) => (random() < share ? { ...v, interpreter: true } : v));
  const m = interviews.filter((v) => v.interpreter).length / konigBoundOf(fair);
  const interpreters = Array.from({ length: fair.slots }, () => randomInt(random, Math.round(m / 2), Math.round((3 * m) / 2)));
  return { ...fair, interviews, interpreters };
}

export type BipartiteGraph = { readonly nLeft: number; readonly nRight: number; readonly left: Int32Array; readonly right: Int32Array };

/**
 * The graph the scheduler colours when only rooms limit: students on the left, company rooms on
 * the right, each company's interviews dealt round-robin over its rooms (as schedule-fair.ts does),
 * so that its maximum degree is König's bound.
 */
export function roomSplitGraph(fair: CompiledFair): BipartiteGraph {
  const degree = new Int32Array(fair.C);
  for (let e = 0; e < fair.E; e++) degree[fair.company[e]!]!++;
  const firstRoom = new Int32Array(fair.C + 1);
  for (let c = 0; c < fair.C; c++) firstRoom[c + 1] = firstRoom[c]! + Math.min(fair.rooms[c]!, degree[c]!);
  const dealt = new Int32Array(fair.C);
  const left = fair.student.slice();
  const right = new Int32Array(fair.E);
  for (let e = 0; e < fair.E; e++) {
    const c = fair.company[e]!;
    right[e] = firstRoom[c]! + (dealt[c]!++ % (firstRoom[c + 1]! - firstRoom[c]!));
  }
  return { nLeft: fair.S, nRight: firstRoom[fair.C]!, left, right };
}

/** Whether `colors` is a proper edge colouring of g with colours 0 … count − 1 (a check outside the timings). */
export function isProperColoring(g: BipartiteGraph, colors: Int32Array, count: number): boolean {
  const seen = new Uint8Array((g.nLeft + g.nRight) * count);
  for (let e = 0; e < g.left.length; e++) {
    const c = colors[e]!;
    if (c < 0 || c >= count) return false;
    for (const v of [g.left[e]!, g.nLeft + g.right[e]!]) {
      if (seen[v * count + c]) return false;
      seen[v * count + c] = 1;
    }
  }
  return true;
}
