// The allocator's working state: who is where, and per unit the people there by gender (occupants
// and pins included), so that every move is checked against capacity and the same-gender rule in
// O(1). Also how many interns of each company each unit holds, for the "units per company" count.
import { FEMALE, MALE, UNKNOWN, type CompiledProblem } from './allocation-compile.ts';

export type AllocationState = {
  /** Per intern, their unit or −1. */
  readonly unitOf: Int32Array;
  readonly count: Int32Array;
  readonly female: Int32Array;
  readonly male: Int32Array;
  readonly unknown: Int32Array;
  /** companyUnit[company · unitCount + unit]: that company's interns in that unit (pinned included). */
  readonly companyUnit: Int32Array;
  /** Per unit, the interns placed there that are not pinned (those the local search may move). */
  readonly members: number[][];
  /** Interns placed, pinned included. */
  placedCount: number;
  /** freeHistogram[k]: units with exactly k free beds; tells in O(b) whether any unit has room for a group. */
  readonly freeHistogram: Int32Array;
};

/**
 * Whether a unit may hold n people, f women, m men and x of unrecorded gender: within capacity
 * and, under the rule, alone or all of one recorded gender.
 */
export function fits(capacity: number, rule: number, n: number, f: number, m: number, x: number): boolean {
  return n <= capacity && (rule === 0 || n <= 1 || (x === 0 && (f === 0 || m === 0)));
}

/** Occupants and pinned interns in place; everybody else unplaced. */
export function initialState(c: CompiledProblem): AllocationState {
  const s: AllocationState = {
    unitOf: Int32Array.from(c.pinnedUnit),
    count: Int32Array.from(c.baseCount),
    female: Int32Array.from(c.baseByGender[FEMALE]),
    male: Int32Array.from(c.baseByGender[MALE]),
    unknown: Int32Array.from(c.baseByGender[UNKNOWN]),
    companyUnit: new Int32Array(c.companyCount * c.unitCount),
    members: Array.from({ length: c.unitCount }, () => []),
    placedCount: 0,
    freeHistogram: new Int32Array(c.capacity.reduce((m, k) => Math.max(m, k), 0) + 1),
  };
  for (let u = 0; u < c.unitCount; u++) s.freeHistogram[c.capacity[u]! - c.baseCount[u]!]!++;
  s.placedCount = c.pinnedUnit.reduce((n, u) => n + (u === -1 ? 0 : 1), 0);
  c.pinnedUnit.forEach((u, i) => u !== -1 && s.companyUnit[c.company[i]! * c.unitCount + u]!++);
  return s;
}

/** The gender counters of a unit, indexed by gender code. */
const byGender = (s: AllocationState) => [s.female, s.male, s.unknown] as const;

/** Whether some unit has at least n free beds (whatever the rule says about who). */
export function anyRoomFor(s: AllocationState, n: number): boolean {
  for (let k = n; k < s.freeHistogram.length; k++) if (s.freeHistogram[k]! > 0) return true;
  return false;
}

/** Whether unit u takes intern i in addition (i is elsewhere or unplaced). */
export function admits(c: CompiledProblem, s: AllocationState, u: number, i: number): boolean {
  const g = c.gender[i]!;
  return fits(c.capacity[u]!, c.rule[u]!, s.count[u]! + 1, s.female[u]! + (g === FEMALE ? 1 : 0), s.male[u]! + (g === MALE ? 1 : 0), s.unknown[u]! + (g === UNKNOWN ? 1 : 0));
}

/** Puts unplaced, movable intern i into unit u (the caller has checked that it fits). */
export function place(c: CompiledProblem, s: AllocationState, i: number, u: number): void {
  s.unitOf[i] = u;
  s.freeHistogram[c.capacity[u]! - s.count[u]!]!--;
  s.count[u]!++;
  s.freeHistogram[c.capacity[u]! - s.count[u]!]!++;
  byGender(s)[c.gender[i]!]![u]!++;
  s.companyUnit[c.company[i]! * c.unitCount + u]!++;
  s.members[u]!.push(i);
  s.placedCount++;
}

/** Takes movable intern i out of their unit. */
export function unplace(c: CompiledProblem, s: AllocationState, i: number): void {
  const u = s.unitOf[i]!;
  if (u === -1) return;
  s.unitOf[i] = -1;
  s.freeHistogram[c.capacity[u]! - s.count[u]!]!--;
  s.count[u]!--;
  s.freeHistogram[c.capacity[u]! - s.count[u]!]!++;
  byGender(s)[c.gender[i]!]![u]!--;
  s.companyUnit[c.company[i]! * c.unitCount + u]!--;
  const list = s.members[u]!;
  list.splice(list.indexOf(i), 1);
  s.placedCount--;
}
