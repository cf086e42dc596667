// Local search after the construction: moves that never lose a placement and improve, in this
// order, the number of distinct units per company, then the total distance to the companies.
// Four neighbourhoods, each scanned in input order taking the best move per intern (or unit):
// - relocate: one intern to another unit (or, were the count not optimal, into a unit at all);
// - swap: two interns of different companies trade places (one of them may be unplaced: the
//   other takes their bed);
// - exchange: the movable people of two units trade units, which is how a full same-gender unit
//   of women and one of men trade places, and how a company's group moves to an empty unit;
// - gather: a company's interns into one unit, the others there moved out of the way
//   (allocation-gather.ts).
// Pinned interns never move. A heuristic: it stops at a local optimum of these moves (the tests
// measure how far that is from the true optimum on small problems). Every accepted move strictly
// improves the objective, so the search ends; MAX_PASSES bounds its time all the same.
// Complexity per pass O(I·U + I² + U²·b) plus the gather pass's, b the largest capacity.
import type { CompiledProblem } from './allocation-compile.ts';
import { ejectPass } from './allocation-eject.ts';
import { gatherPass } from './allocation-gather.ts';
import { enters, fewer, fitsTrade, leaves, metres, type Delta } from './allocation-moves.ts';
import { admits, fits, place, unplace, type AllocationState } from './allocation-state.ts';

const MAX_PASSES = 100;

export function improveAllocation(c: CompiledProblem, s: AllocationState): void {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const moved = [relocatePass(c, s), swapPass(c, s), ejectPass(c, s), exchangePass(c, s), gatherPass(c, s)];
    if (!moved.includes(true)) return;
  }
}

function relocatePass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  for (let i = 0; i < c.internCount; i++) {
    if (c.pinnedUnit[i] !== -1) continue;
    const u = s.unitOf[i]!;
    const a = c.company[i]!;
    // An unplaced intern gains a placement anywhere, so any unit that takes them beats staying out.
    let [bestUnits, bestMetres, to] = [u === -1 ? Infinity : 0, 0, -1];
    for (let v = 0; v < c.unitCount; v++) {
      if (v === u) continue;
      const units = enters(c, s, a, v) - leaves(c, s, a, u);
      const m = metres(c, a, v) - metres(c, a, u);
      if (fewer(units, m, bestUnits, bestMetres) && admits(c, s, v, i)) [bestUnits, bestMetres, to] = [units, m, v];
    }
    if (to === -1) continue;
    unplace(c, s, i);
    place(c, s, i, to);
    moved = true;
  }
  return moved;
}

/** Swaps, written out with plain numbers: the pass looks at I² pairs, so it allocates nothing per pair. */
function swapPass(c: CompiledProblem, s: AllocationState): boolean {
  const { internCount: I, unitCount: U, company, gender, pinnedUnit, distance } = c;
  const { unitOf, companyUnit } = s;
  let moved = false;
  for (let i = 0; i < I; i++) {
    const u = unitOf[i]!;
    if (pinnedUnit[i] !== -1 || u === -1) continue;
    const a = company[i]!;
    const aLeavesU = companyUnit[a * U + u] === 1 ? 1 : 0;
    const aAtU = distance[a * U + u]!;
    let bestUnits = 0;
    let bestMetres = 0;
    let partner = -1;
    for (let j = 0; j < I; j++) {
      const v = unitOf[j]!;
      const b = company[j]!;
      if (pinnedUnit[j] !== -1 || v === u || b === a) continue;
      let units = (companyUnit[b * U + u] === 0 ? 1 : 0) - aLeavesU;
      let metres = distance[b * U + u]! - aAtU;
      if (v !== -1) {
        units += (companyUnit[a * U + v] === 0 ? 1 : 0) - (companyUnit[b * U + v] === 1 ? 1 : 0);
        metres += distance[a * U + v]! - distance[b * U + v]!;
      }
      if (!fewer(units, metres, bestUnits, bestMetres)) continue;
      if (gender[i] !== gender[j] && (!fitsTrade(c, s, u, i, j) || !fitsTrade(c, s, v, j, i))) continue;
      [bestUnits, bestMetres, partner] = [units, metres, j];
    }
    if (partner === -1) continue;
    const v = unitOf[partner]!;
    unplace(c, s, i);
    unplace(c, s, partner);
    place(c, s, partner, u);
    if (v !== -1) place(c, s, i, v);
    moved = true;
  }
  return moved;
}

function exchangePass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  const change: Delta = { placed: 0, units: 0, metres: 0 };
  for (let u = 0; u < c.unitCount; u++) {
    let [bestUnits, bestMetres, other] = [0, 0, -1];
    for (let v = u + 1; v < c.unitCount; v++) {
      const here = s.members[u]!.length;
      const there = s.members[v]!.length;
      // Capacities first: O(1), and most pairs of units of different sizes stop here.
      if (here + there === 0 || s.count[u]! - here + there > c.capacity[u]! || s.count[v]! - there + here > c.capacity[v]!) continue;
      exchangeDelta(c, s, u, v, change);
      if (fewer(change.units, change.metres, bestUnits, bestMetres) && exchangeFits(c, s, u, v) && exchangeFits(c, s, v, u)) [bestUnits, bestMetres, other] = [change.units, change.metres, v];
    }
    if (other === -1) continue;
    const [here, there] = [[...s.members[u]!], [...s.members[other]!]];
    for (const i of [...here, ...there]) unplace(c, s, i);
    for (const i of here) place(c, s, i, other);
    for (const i of there) place(c, s, i, u);
    moved = true;
  }
  return moved;
}

/** Whether unit u fits once its movable people leave and those of unit v arrive. */
function exchangeFits(c: CompiledProblem, s: AllocationState, u: number, v: number): boolean {
  let f = s.female[u]!;
  let m = s.male[u]!;
  let x = s.unknown[u]!;
  for (const i of s.members[u]!) {
    if (c.gender[i] === 0) f--;
    else if (c.gender[i] === 1) m--;
    else x--;
  }
  for (const i of s.members[v]!) {
    if (c.gender[i] === 0) f++;
    else if (c.gender[i] === 1) m++;
    else x++;
  }
  return fits(c.capacity[u]!, c.rule[u]!, s.count[u]! - s.members[u]!.length + s.members[v]!.length, f, m, x);
}

/** Writes into out the change when units u and v trade their movable people, each company counted once. Plain loops: it runs for U² pairs. */
function exchangeDelta(c: CompiledProblem, s: AllocationState, u: number, v: number, out: Delta): void {
  const U = c.unitCount;
  const here = s.members[u]!;
  const there = s.members[v]!;
  let metresAdded = 0;
  let merges = false; // a company on both sides, or already in the other unit: only then can the count drop
  for (const i of here) {
    metresAdded += c.distance[c.company[i]! * U + v]! - c.distance[c.company[i]! * U + u]!;
    merges ||= s.companyUnit[c.company[i]! * U + v]! > 0;
  }
  for (const i of there) {
    metresAdded += c.distance[c.company[i]! * U + u]! - c.distance[c.company[i]! * U + v]!;
    merges ||= s.companyUnit[c.company[i]! * U + u]! > 0;
  }
  out.metres = metresAdded;
  // Without a merge the count cannot drop, so a change that adds metres cannot help: skip the count.
  out.units = 0;
  if (!merges && metresAdded >= 0) return;
  let units = 0;
  for (let k = 0; k < here.length + there.length; k++) {
    const inHere = k < here.length;
    const a = c.company[inHere ? here[k]! : there[k - here.length]!]!;
    let seen = false; // the company was counted at an earlier position
    for (let q = 0; q < k && !seen; q++) seen = c.company[q < here.length ? here[q]! : there[q - here.length]!] === a;
    if (seen) continue;
    let leaving = 0;
    let coming = 0;
    for (const i of here) if (c.company[i] === a) leaving++;
    for (const i of there) if (c.company[i] === a) coming++;
    const inU = s.companyUnit[a * U + u]!;
    const inV = s.companyUnit[a * U + v]!;
    units += (inU - leaving + coming > 0 ? 1 : 0) - (inU > 0 ? 1 : 0) + (inV - coming + leaving > 0 ? 1 : 0) - (inV > 0 ? 1 : 0);
  }
  out.units = units;
}
