// Local search after the construction: moves that never lose a placement and improve, in this
// order, the number of distinct units per company, then the total distance to the companies.
// Five neighbourhoods, each scanned in input order taking the best move per intern (or unit):
// - relocate: one intern to another unit (or, were the count not optimal, into a unit at all);
// - swap: two interns of different companies trade places (one of them may be unplaced: the
//   other takes their bed);
// - eject: an intern takes someone's place, who goes to their own best unit (allocation-eject.ts);
// - exchange: the movable people of two units trade units, which is how a full same-gender unit
//   of women and one of men trade places, and how a company's group moves to an empty unit;
// - gather: a company's interns into one unit, the others there moved out of the way
//   (allocation-gather.ts); quick rounds try the nearest units only, and the search ends only
//   after a deep round that tries them all finds nothing either.
// Swaps, ejects and exchanges are tried only where they could help: units nearer to the company
// than its intern's, or holding colleagues. Pinned interns never move. A heuristic: it stops at a
// local optimum of these moves (the tests measure how far that is from the true optimum on small
// problems). Every accepted move strictly improves the objective, so the search ends;
// MAX_PASSES bounds its time all the same.
// Complexity per round O(I·U + I·V·b + U·V·b²) plus the eject and gather passes', b the largest
// capacity and V ≤ U the units nearer to a company than its intern's (few once settled).
import type { CompiledProblem } from './allocation-compile.ts';
import { ejectPass } from './allocation-eject.ts';
import { gatherPass } from './allocation-gather.ts';
import { enters, fewer, fitsTrade, leaves, metres, unitsThatCouldHelp, type Delta } from './allocation-moves.ts';
import { admits, fits, place, unplace, type AllocationState } from './allocation-state.ts';

const MAX_PASSES = 100;

export function improveAllocation(c: CompiledProblem, s: AllocationState): void {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const moved = [relocatePass(c, s), swapPass(c, s), ejectPass(c, s), exchangePass(c, s), gatherPass(c, s, false)];
    if (!moved.includes(true) && !gatherPass(c, s, true)) return;
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

/**
 * Swaps. A swap helps only if one of the two comes nearer or joins a colleague, so for intern i it
 * is enough to try the people of the units nearer to i's company than i's own and of those holding
 * i's colleagues (a swap that helps only the other intern is found from their side), and the
 * unplaced (who have no side of their own). Plain numbers per pair: nothing is allocated there.
 */
function swapPass(c: CompiledProblem, s: AllocationState): boolean {
  const { unitCount: U, company, gender, pinnedUnit, distance } = c;
  const { unitOf, companyUnit } = s;
  let moved = false;
  const unplaced: number[] = [];
  for (let i = 0; i < c.internCount; i++) if (pinnedUnit[i] === -1 && unitOf[i] === -1) unplaced.push(i);
  for (let i = 0; i < c.internCount; i++) {
    const u = unitOf[i]!;
    if (pinnedUnit[i] !== -1 || u === -1) continue;
    const a = company[i]!;
    const aLeavesU = companyUnit[a * U + u] === 1 ? 1 : 0;
    const aAtU = distance[a * U + u]!;
    let bestUnits = 0;
    let bestMetres = 0;
    let partner = -1;
    const consider = (j: number) => {
      const v = unitOf[j]!;
      const b = company[j]!;
      if (pinnedUnit[j] !== -1 || v === u || b === a) return;
      let units = (companyUnit[b * U + u] === 0 ? 1 : 0) - aLeavesU;
      let metres = distance[b * U + u]! - aAtU;
      if (v !== -1) {
        units += (companyUnit[a * U + v] === 0 ? 1 : 0) - (companyUnit[b * U + v] === 1 ? 1 : 0);
        metres += distance[a * U + v]! - distance[b * U + v]!;
      }
      if (!fewer(units, metres, bestUnits, bestMetres)) return;
      if (gender[i] !== gender[j] && (!fitsTrade(c, s, u, i, j) || !fitsTrade(c, s, v, j, i))) return;
      [bestUnits, bestMetres, partner] = [units, metres, j];
    };
    for (const v of unitsThatCouldHelp(c, s, i)) for (const j of s.members[v]!) consider(j);
    for (const j of unplaced) consider(j);
    if (partner === -1) continue;
    const v = unitOf[partner]!;
    unplace(c, s, i);
    unplace(c, s, partner);
    place(c, s, partner, u);
    if (v !== -1) place(c, s, i, v);
    else unplaced[unplaced.indexOf(partner)] = i;
    moved = true;
  }
  return moved;
}

function exchangePass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  const change: Delta = { placed: 0, units: 0, metres: 0 };
  const stamp = new Int32Array(c.unitCount).fill(-1);
  for (let u = 0; u < c.unitCount; u++) {
    if (s.members[u]!.length === 0) continue; // an empty unit is reached from the other side
    let [bestUnits, bestMetres, other] = [0, 0, -1];
    for (const v of partnerUnits(c, s, u, stamp)) {
      const here = s.members[u]!.length;
      const there = s.members[v]!.length;
      // Capacities first: O(1), and most pairs of units of different sizes stop here.
      if (s.count[u]! - here + there > c.capacity[u]! || s.count[v]! - there + here > c.capacity[v]!) continue;
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

/**
 * The units worth an exchange with u, in input order: for some company with movable people in u,
 * nearer to it than u (else the exchange moves them away, and it can only help if the other
 * side's people come nearer — found when the pass stands at the other unit), or holding its
 * interns (a merge). stamp marks the units already listed for u.
 */
function partnerUnits(c: CompiledProblem, s: AllocationState, u: number, stamp: Int32Array): number[] {
  const out: number[] = [];
  const add = (v: number) => {
    if (v !== u && stamp[v] !== u) {
      stamp[v] = u;
      out.push(v);
    }
  };
  for (const i of s.members[u]!) {
    const a = c.company[i]!;
    for (const v of c.unitsByDistance[a]!) {
      if (c.distance[a * c.unitCount + v]! >= c.distance[a * c.unitCount + u]!) break;
      add(v);
    }
    for (const k of c.internsOf[a]!) if (s.unitOf[k] !== -1) add(s.unitOf[k]!);
  }
  return out.sort((x, y) => x - y);
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
