// Plain, slow references for the housing allocation, written from the rules with maps and arrays
// of ids, sharing nothing with src/domain/housing but the types and the distance formula: brute
// force over every allocation of a small problem (the lexicographic optimum), the largest number
// placed by trying every role of the empty same-gender units with a small max-flow (for problems
// too large for brute force), and fast-check arbitraries of valid problems around Hitachi.
import fc from 'fast-check';
import type { AllocationProblem, AllocationUnit, Gender } from '../../src/domain/housing/allocation.ts';
import { haversineMetres } from '../../src/domain/housing/geo.ts';

export type Score = { placed: number; unitsPerCompany: number; totalDistanceMetres: number };

const mayShare = (people: (Gender | null)[]) => people.length <= 1 || people.every((g) => g !== null && g === people[0]);
const admits = (unit: AllocationUnit, people: (Gender | null)[], g: Gender | null) => people.length < unit.capacity && (!unit.sameGenderOnly || mayShare([...people, g]));

/** The lexicographic optimum (most placed, fewest units per company, shortest total distance) by trying every allocation. */
export function bruteForceOptimum(problem: AllocationProblem): Score {
  const pinned = new Map(problem.pinned.map((p) => [p.internId, p.unitId]));
  const companyLocation = new Map(problem.companies.map((c) => [c.id, c.location]));
  const people = new Map(problem.units.map((u) => [u.id, [...u.occupants]]));
  const companyUnits = new Map<string, number>(); // "company|unit" → interns
  let units = 0;
  let metres = 0;
  const put = (companyId: string, unit: AllocationUnit, g: Gender | null, sign: 1 | -1) => {
    const key = `${companyId}|${unit.id}`;
    const before = companyUnits.get(key) ?? 0;
    companyUnits.set(key, before + sign);
    if (sign === 1 && before === 0) units++;
    if (sign === -1 && before === 1) units--;
    const from = companyLocation.get(companyId) ?? null;
    if (from !== null && unit.location !== null) metres += sign * haversineMetres(from, unit.location);
    if (sign === 1) people.get(unit.id)!.push(g);
    else people.get(unit.id)!.splice(people.get(unit.id)!.lastIndexOf(g), 1);
  };
  for (const x of problem.interns) if (pinned.has(x.id)) put(x.companyId, problem.units.find((u) => u.id === pinned.get(x.id))!, x.gender, 1);
  const movable = problem.interns.filter((x) => !pinned.has(x.id));
  let best: Score = { placed: -1, unitsPerCompany: 0, totalDistanceMetres: 0 };
  const search = (k: number, placed: number) => {
    // Placing more only adds units and metres: a branch that cannot beat the best on the count,
    // or can only tie it while already worse on units or metres, is cut.
    const most = placed + movable.length - k;
    if (most < best.placed) return;
    if (most === best.placed && (units > best.unitsPerCompany || (units === best.unitsPerCompany && metres > best.totalDistanceMetres + 1e-9))) return;
    if (k === movable.length) {
      if (isBetter({ placed, unitsPerCompany: units, totalDistanceMetres: metres }, best)) best = { placed, unitsPerCompany: units, totalDistanceMetres: metres };
      return;
    }
    const x = movable[k]!;
    for (const unit of problem.units) {
      if (!admits(unit, people.get(unit.id)!, x.gender)) continue;
      put(x.companyId, unit, x.gender, 1);
      search(k + 1, placed + 1);
      put(x.companyId, unit, x.gender, -1);
    }
    search(k + 1, placed);
  };
  search(0, problem.pinned.length);
  return best;
}

const isBetter = (a: Score, b: Score) =>
  a.placed !== b.placed ? a.placed > b.placed : a.unitsPerCompany !== b.unitsPerCompany ? a.unitsPerCompany < b.unitsPerCompany : a.totalDistanceMetres < b.totalDistanceMetres - 1e-9;

/**
 * The largest number of interns placed (pins included), by trying every role — women, men, one
 * person of unrecorded gender, nobody — of each empty same-gender unit, and for each the max flow
 * from the three groups through the beds each may take. 4^k roles: for k up to about 8.
 */
export function maxPlacedByRoles(problem: AllocationProblem): number {
  const pinnedIds = new Set(problem.pinned.map((p) => p.internId));
  const present = new Map(problem.units.map((u) => [u.id, [...u.occupants]]));
  for (const p of problem.pinned) present.get(p.unitId)!.push(problem.interns.find((x) => x.id === p.internId)!.gender);
  const groups: (Gender | null)[] = ['female', 'male', null];
  const demand = groups.map((g) => problem.interns.filter((x) => !pinnedIds.has(x.id) && x.gender === g).length);
  const open = problem.units.filter((u) => u.sameGenderOnly && present.get(u.id)!.length === 0);
  let best = 0;
  for (let code = 0; code < 4 ** open.length; code++) {
    const pool = [0, 0, 0, 0]; // beds for women, men, unrecorded, anyone
    for (const u of problem.units) {
      const here = present.get(u.id)!;
      const k = open.indexOf(u);
      if (k >= 0) {
        const role = Math.floor(code / 4 ** k) % 4;
        if (role < 2) pool[role]! += u.capacity;
        else if (role === 2) pool[2]!++;
      } else if (!u.sameGenderOnly) pool[3]! += u.capacity - here.length;
      else if (mayShare([...here, 'female'])) pool[0]! += u.capacity - here.length;
      else if (mayShare([...here, 'male'])) pool[1]! += u.capacity - here.length;
    }
    best = Math.max(best, maxFlow(demand, pool));
  }
  return best + problem.pinned.length;
}

/** Edmonds–Karp on source → group g (demand) → its own pool or the shared pool → sink (pool size). */
function maxFlow(demand: number[], pool: number[]): number {
  // Nodes: 0 source, 1–3 groups, 4–7 pools (4 + g for group g's own, 7 shared), 8 sink.
  const n = 9;
  const cap = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let g = 0; g < 3; g++) {
    cap[0]![1 + g] = demand[g]!;
    cap[1 + g]![4 + g] = Infinity;
    cap[1 + g]![7] = Infinity;
  }
  for (let p = 0; p < 4; p++) cap[4 + p]![8] = pool[p]!;
  let flow = 0;
  for (;;) {
    const parent = new Array<number>(n).fill(-1);
    parent[0] = 0;
    const queue = [0];
    while (queue.length > 0 && parent[8] === -1) {
      const x = queue.shift()!;
      for (let y = 0; y < n; y++) if (parent[y] === -1 && cap[x]![y]! > 0) {
        parent[y] = x;
        queue.push(y);
      }
    }
    if (parent[8] === -1) return flow;
    let push = Infinity;
    for (let y = 8; y !== 0; y = parent[y]!) push = Math.min(push, cap[parent[y]!]![y]!);
    for (let y = 8; y !== 0; y = parent[y]!) {
      cap[parent[y]!]![y]! -= push;
      cap[y]![parent[y]!]! += push;
    }
    flow += push;
  }
}

const HITACHI = { latitude: 36.5908, longitude: 140.6605 };
const gender = fc.constantFrom<Gender | null>('female', 'male', null);
/** A point within `metres` north–south and east–west of Hitachi Station (1° ≈ 111 km north, ≈ 89 km east there), or sometimes none. */
const near = (metres: number) =>
  fc.option(
    fc.record({ north: fc.integer({ min: -metres, max: metres }), east: fc.integer({ min: -metres, max: metres }) }).map((d) => ({ latitude: HITACHI.latitude + d.north / 111_000, longitude: HITACHI.longitude + d.east / 89_000 })),
    { freq: 5 },
  );

/** Upper limits (and optional lower ones) of a random problem. */
export type ProblemSize = { interns: number; units: number; companies: number; capacity: number; occupants: boolean; pins: boolean; minInterns?: number; minUnits?: number };
export const SMALL: ProblemSize = { interns: 7, units: 5, companies: 3, capacity: 3, occupants: true, pins: true };

/** Valid random problems around Hitachi: occupants that keep each unit's rule, pins kept only when they fit. */
export function housingProblem(size: ProblemSize = SMALL): fc.Arbitrary<AllocationProblem> {
  const unit = fc.record({
    capacity: fc.integer({ min: 1, max: size.capacity }),
    sameGenderOnly: fc.boolean(),
    location: near(4000),
    occupants: size.occupants ? fc.array(gender, { maxLength: 2 }) : fc.constant<(Gender | null)[]>([]),
  });
  return fc
    .record({
      units: fc.array(unit, { minLength: size.minUnits ?? 0, maxLength: size.units, size: 'max' }),
      companies: fc.array(near(4000), { minLength: 1, maxLength: size.companies }),
      interns: fc.array(fc.record({ company: fc.nat(), gender }), { minLength: size.minInterns ?? 0, maxLength: size.interns, size: 'max' }),
      pins: size.pins ? fc.array(fc.record({ intern: fc.nat(), unit: fc.nat() }), { maxLength: 4 }) : fc.constant([]),
    })
    .map(({ units, companies, interns, pins }) => {
      const problem: AllocationProblem = {
        units: units.map((u, k) => ({ id: `u${k}`, ...u, occupants: validOccupants(u) })),
        companies: companies.map((location, k) => ({ id: `c${k}`, location })),
        interns: interns.map((x, k) => ({ id: `i${k}`, companyId: `c${x.company % companies.length}`, gender: x.gender })),
        pinned: [],
      };
      const present = new Map(problem.units.map((u) => [u.id, [...u.occupants]]));
      for (const pin of pins) {
        if (problem.units.length === 0 || problem.interns.length === 0) break;
        const x = problem.interns[pin.intern % problem.interns.length]!;
        const u = problem.units[pin.unit % problem.units.length]!;
        if (problem.pinned.some((p) => p.internId === x.id) || !admits(u, present.get(u.id)!, x.gender)) continue;
        present.get(u.id)!.push(x.gender);
        problem.pinned.push({ internId: x.id, unitId: u.id });
      }
      return problem;
    });
}

/**
 * Problems shaped like Hitachi's season: 3–4 companies of 1–2 interns (genders recorded), 6–8
 * flats of 1–2 beds, half of them same-gender, everything located within ±4 km of the station.
 */
export function hitachiLikeProblem(): fc.Arbitrary<AllocationProblem> {
  const point = fc.record({ north: fc.integer({ min: -4000, max: 4000 }), east: fc.integer({ min: -4000, max: 4000 }) }).map((d) => ({ latitude: HITACHI.latitude + d.north / 111_000, longitude: HITACHI.longitude + d.east / 89_000 }));
  const company = fc.record({ location: point, interns: fc.array(fc.constantFrom<Gender>('female', 'male'), { minLength: 1, maxLength: 2 }) });
  const flat = fc.record({ location: point, capacity: fc.integer({ min: 1, max: 2 }), sameGenderOnly: fc.boolean() });
  return fc.record({ companies: fc.array(company, { minLength: 3, maxLength: 4 }), units: fc.array(flat, { minLength: 6, maxLength: 8 }) }).map(({ companies, units }) => ({
    companies: companies.map((c, k) => ({ id: `c${k}`, location: c.location })),
    interns: companies.flatMap((c, k) => c.interns.map((gender, j) => ({ id: `i${k}-${j}`, companyId: `c${k}`, gender }))),
    units: units.map((u, k) => ({ id: `u${k}`, ...u, occupants: [] })),
    pinned: [],
  }));
}

/** Occupants cut to leave room and, in a same-gender unit, to keep the rule. */
function validOccupants(u: { capacity: number; sameGenderOnly: boolean; occupants: (Gender | null)[] }): (Gender | null)[] {
  const kept = u.occupants.slice(0, u.capacity);
  return u.sameGenderOnly && !mayShare(kept) ? kept.slice(0, 1) : kept;
}

/** A large problem from a seed (mulberry32): companies of two interns, flats of 1–4 beds, half same-gender, a few occupants. */
export function largeProblem(interns: number, units: number, seed: number): AllocationProblem {
  let t = seed >>> 0;
  const random = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const around = () => ({ latitude: HITACHI.latitude + (random() - 0.5) * 0.1, longitude: HITACHI.longitude + (random() - 0.5) * 0.1 });
  const pickGender = (): Gender | null => (random() < 0.05 ? null : random() < 0.5 ? 'female' : 'male');
  const companies = Array.from({ length: Math.ceil(interns / 2) }, (_, k) => ({ id: `c${k}`, location: around() }));
  return {
    companies,
    interns: Array.from({ length: interns }, (_, k) => ({ id: `i${k}`, companyId: `c${Math.floor(k / 2)}`, gender: pickGender() })),
    units: Array.from({ length: units }, (_, k) => {
      const capacity = 1 + Math.floor(random() * 4);
      const sameGenderOnly = random() < 0.5;
      const occupant: Gender = random() < 0.5 ? 'female' : 'male';
      return { id: `u${k}`, capacity, sameGenderOnly, location: around(), occupants: random() < 0.1 && capacity > 1 ? [occupant] : [] };
    }),
    pinned: [],
  };
}
