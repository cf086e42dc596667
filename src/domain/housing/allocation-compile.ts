// The housing problem numbered and flattened for the allocator: units, interns and companies by
// input position, genders as 0 (female), 1 (male), 2 (not recorded), the distance from every
// company to every unit, what occupants and pins already hold, and the bed pools the exact
// partition works on. Assumes validateAllocationProblem found nothing. O(C·U·log U + I + occupants).
import type { AllocationProblem, Gender } from './allocation.ts';
import type { BedPools } from './allocation-max-placed.ts';
import { haversineMetres } from './geo.ts';

export const FEMALE = 0;
export const MALE = 1;
export const UNKNOWN = 2;

export type CompiledProblem = {
  readonly unitCount: number;
  readonly internCount: number;
  readonly companyCount: number;
  readonly capacity: Int32Array;
  /** 1 when the unit is same-gender only. */
  readonly rule: Uint8Array;
  readonly company: Int32Array;
  readonly gender: Uint8Array;
  /** The unit an intern is pinned to, or −1. */
  readonly pinnedUnit: Int32Array;
  /** distance[company · unitCount + unit] in metres; 0 when either has no location. */
  readonly distance: Float64Array;
  /** Per unit, people there before allocation (occupants and pinned interns), by gender. */
  readonly baseCount: Int32Array;
  readonly baseByGender: [Int32Array, Int32Array, Int32Array];
  readonly pools: BedPools;
  /** The unit of each entry of pools.open. */
  readonly openUnits: Int32Array;
  /** Interns to allocate (not pinned) by gender. */
  readonly demand: [number, number, number];
  /** Per company, every unit nearest first (input order on ties). */
  readonly unitsByDistance: Int32Array[];
  /** Per company, its interns (pinned included) in input order. */
  readonly internsOf: number[][];
};

const genderCode = (g: Gender | null) => (g === 'female' ? FEMALE : g === 'male' ? MALE : UNKNOWN);

export function compileProblem(problem: AllocationProblem): CompiledProblem {
  const U = problem.units.length;
  const unitIndex = new Map(problem.units.map((u, k) => [u.id, k]));
  const companyIndex = new Map(problem.companies.map((c, k) => [c.id, k]));
  const internIndex = new Map(problem.interns.map((x, k) => [x.id, k]));
  const capacity = Int32Array.from(problem.units, (u) => u.capacity);
  const rule = Uint8Array.from(problem.units, (u) => (u.sameGenderOnly ? 1 : 0));
  const company = Int32Array.from(problem.interns, (x) => companyIndex.get(x.companyId)!);
  const gender = Uint8Array.from(problem.interns, (x) => genderCode(x.gender));
  const baseByGender: [Int32Array, Int32Array, Int32Array] = [new Int32Array(U), new Int32Array(U), new Int32Array(U)];
  problem.units.forEach((unit, u) => unit.occupants.forEach((g) => baseByGender[genderCode(g)][u]!++));
  const pinnedUnit = new Int32Array(problem.interns.length).fill(-1);
  for (const pin of problem.pinned) {
    const i = internIndex.get(pin.internId)!;
    pinnedUnit[i] = unitIndex.get(pin.unitId)!;
    baseByGender[gender[i]!]![pinnedUnit[i]!]!++;
  }
  const baseCount = Int32Array.from({ length: U }, (_, u) => baseByGender[0][u]! + baseByGender[1][u]! + baseByGender[2][u]!);
  const demand: [number, number, number] = [0, 0, 0];
  pinnedUnit.forEach((u, i) => u === -1 && demand[gender[i]!]!++);
  const { pools, openUnits } = bedPools(capacity, rule, baseCount, baseByGender);
  const distance = new Float64Array(problem.companies.length * U);
  problem.companies.forEach((c, k) => {
    problem.units.forEach((unit, u) => {
      if (c.location !== null && unit.location !== null) distance[k * U + u] = haversineMetres(c.location, unit.location);
    });
  });
  const unitsByDistance = problem.companies.map((_, k) => Int32Array.from({ length: U }, (_, u) => u).sort((u, v) => distance[k * U + u]! - distance[k * U + v]! || u - v));
  const internsOf: number[][] = problem.companies.map(() => []);
  company.forEach((k, i) => internsOf[k]!.push(i));
  return { unitCount: U, internCount: problem.interns.length, companyCount: problem.companies.length, capacity, rule, company, gender, pinnedUnit, distance, baseCount, baseByGender, pools, openUnits, demand, unitsByDistance, internsOf };
}

/**
 * The beds left after occupants and pins, as the partition sees them: beds anyone may take
 * (units without the rule), beds only women or only men may take (same-gender units already
 * holding women or men), and the same-gender units still empty, whose gender is ours to choose. A
 * same-gender unit holding one person of unrecorded gender takes nobody else.
 */
function bedPools(capacity: Int32Array, rule: Uint8Array, baseCount: Int32Array, byGender: [Int32Array, Int32Array, Int32Array]) {
  let shared = 0;
  const exclusive: [number, number] = [0, 0];
  const open: number[] = [];
  const openUnits: number[] = [];
  for (let u = 0; u < capacity.length; u++) {
    const free = capacity[u]! - baseCount[u]!;
    if (rule[u] === 0) shared += free;
    else if (baseCount[u] === 0) {
      open.push(capacity[u]!);
      openUnits.push(u);
    } else if (byGender[UNKNOWN][u] === 0) exclusive[byGender[FEMALE][u]! > 0 ? FEMALE : MALE] += free;
  }
  return { pools: { shared, exclusive, open }, openUnits: Int32Array.from(openUnits) };
}
