// What the local search's moves share: the change of the objective as a (placed, units per
// company, metres) triple compared lexicographically, the O(1) effect of one intern leaving or
// entering a unit, and a logged single move that can be undone.
import type { CompiledProblem } from './allocation-compile.ts';
import { admits, fits, place, unplace, type AllocationState } from './allocation-state.ts';

/** Distances improve only by more than a micrometre, so rounding cannot make the search cycle. */
const EPS = 1e-6;

/** A change of the objective: placements gained, units per company added, metres added. */
export type Delta = { placed: number; units: number; metres: number };
export const NO_CHANGE: Delta = { placed: 0, units: 0, metres: 0 };

/** Whether change a is better than change b: more placed, then fewer units per company, then fewer metres. */
export const better = (a: Delta, b: Delta) => (a.placed !== b.placed ? a.placed > b.placed : fewer(a.units, a.metres, b.units, b.metres));

/** The same for two changes that place as many: fewer units per company, then fewer metres. Numbers only, for the hot loops. */
export const fewer = (units: number, metres: number, thanUnits: number, thanMetres: number) => (units !== thanUnits ? units < thanUnits : metres < thanMetres - EPS);

/** 1 when the last intern of company a leaves unit u (u ≠ −1), else 0. */
export const leaves = (c: CompiledProblem, s: AllocationState, a: number, u: number) => (u !== -1 && s.companyUnit[a * c.unitCount + u] === 1 ? 1 : 0);
/** 1 when the first intern of company a enters unit u (u ≠ −1), else 0. */
export const enters = (c: CompiledProblem, s: AllocationState, a: number, u: number) => (u !== -1 && s.companyUnit[a * c.unitCount + u] === 0 ? 1 : 0);
/** Metres from company a to unit u; 0 for "unplaced". */
export const metres = (c: CompiledProblem, a: number, u: number) => (u === -1 ? 0 : c.distance[a * c.unitCount + u]!);

/** Whether unit u (−1: nowhere, always fine) still fits once intern out leaves and intern into arrives. */
export function fitsTrade(c: CompiledProblem, s: AllocationState, u: number, out: number, into: number): boolean {
  if (u === -1) return true;
  const delta = (g: number) => (c.gender[into] === g ? 1 : 0) - (c.gender[out] === g ? 1 : 0);
  return fits(c.capacity[u]!, c.rule[u]!, s.count[u]!, s.female[u]! + delta(0), s.male[u]! + delta(1), s.unknown[u]! + delta(2));
}

/** Moves movable intern i to unit to (−1: unplaced), logs where they were, and adds the change to acc. */
export function shift(c: CompiledProblem, s: AllocationState, i: number, to: number, trail: number[], acc: Delta): void {
  const from = s.unitOf[i]!;
  if (from === to) return;
  const a = c.company[i]!;
  acc.placed += (to === -1 ? 0 : 1) - (from === -1 ? 0 : 1);
  acc.units += enters(c, s, a, to) - leaves(c, s, a, from);
  acc.metres += metres(c, a, to) - metres(c, a, from);
  unplace(c, s, i);
  if (to !== -1) place(c, s, i, to);
  trail.push(i, from);
}

/** Undoes the logged moves (pairs intern, unit they came from), last first, and empties the log. */
export function undo(c: CompiledProblem, s: AllocationState, trail: number[]): void {
  for (let k = trail.length - 2; k >= 0; k -= 2) {
    const i = trail[k]!;
    const from = trail[k + 1]!;
    unplace(c, s, i);
    if (from !== -1) place(c, s, i, from);
  }
  trail.length = 0;
}

/**
 * The unit that takes unplaced intern y at the least cost, or −1: the nearest of the units already
 * holding their company (no unit added), else the nearest of all; input order on ties.
 */
export function bestUnit(c: CompiledProblem, s: AllocationState, y: number): number {
  const b = c.company[y]!;
  const row = b * c.unitCount;
  let at = -1;
  for (const i of c.internsOf[b]!) {
    const u = s.unitOf[i]!;
    if (u === -1 || !admits(c, s, u, y)) continue;
    if (at === -1 || c.distance[row + u]! < c.distance[row + at]! || (c.distance[row + u] === c.distance[row + at] && u < at)) at = u;
  }
  if (at !== -1) return at;
  for (const u of c.unitsByDistance[b]!) if (admits(c, s, u, y)) return u;
  return -1;
}

/**
 * The units where intern i could do better than where they are: those nearer to their company
 * than their own unit (all, when they have no bed), nearest first, then those holding their
 * colleagues.
 */
export function unitsThatCouldHelp(c: CompiledProblem, s: AllocationState, i: number): number[] {
  const a = c.company[i]!;
  const u = s.unitOf[i]!;
  const limit = u === -1 ? Infinity : c.distance[a * c.unitCount + u]!;
  const out: number[] = [];
  for (const v of c.unitsByDistance[a]!) {
    if (c.distance[a * c.unitCount + v]! >= limit) break;
    out.push(v);
  }
  for (const k of c.internsOf[a]!) {
    const w = s.unitOf[k]!;
    if (w !== -1 && w !== u && !out.includes(w)) out.push(w);
  }
  return out;
}
