// Local search after the construction: moves that never lose a placement and improve, in this
// order, the number of distinct units per company, then the total distance to the companies.
// Four neighbourhoods, each scanned in input order taking the best move per intern (or unit):
// - relocate: one intern to another unit (or, were the count not optimal, into a unit at all);
// - swap: two interns of different companies trade places (one of them may be unplaced: the
//   other takes their bed);
// - exchange: the movable people of two units trade units, which is how a full same-gender unit
//   of women and one of men trade places, and how a company's group moves to an empty unit;
// - gather: a company's interns into one unit, making room by chains of swaps (allocation-gather.ts).
// Pinned interns never move. A heuristic: it stops at a local optimum of these moves (the tests
// measure how far that is from the true optimum on small problems). Every accepted move strictly
// improves the objective, so the search ends; MAX_PASSES bounds its time all the same.
// Complexity per pass O(I·U + I² + U²·b) plus the gather pass's, b the largest capacity.
import type { CompiledProblem } from './allocation-compile.ts';
import { gatherPass } from './allocation-gather.ts';
import { better, enters, fitsTrade, leaves, metres, NO_CHANGE, type Delta } from './allocation-moves.ts';
import { admits, fits, place, unplace, type AllocationState } from './allocation-state.ts';

const MAX_PASSES = 100;

export function improveAllocation(c: CompiledProblem, s: AllocationState): void {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const moved = [relocatePass(c, s), swapPass(c, s), exchangePass(c, s), gatherPass(c, s)];
    if (!moved.includes(true)) return;
  }
}

export function relocatePass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  for (let i = 0; i < c.internCount; i++) {
    if (c.pinnedUnit[i] !== -1) continue;
    const u = s.unitOf[i]!;
    const a = c.company[i]!;
    let best = NO_CHANGE;
    let to = -1;
    for (let v = 0; v < c.unitCount; v++) {
      if (v === u || !admits(c, s, v, i)) continue;
      const d = { placed: u === -1 ? 1 : 0, units: enters(c, s, a, v) - leaves(c, s, a, u), metres: metres(c, a, v) - metres(c, a, u) };
      if (better(d, best)) [best, to] = [d, v];
    }
    if (to === -1) continue;
    unplace(c, s, i);
    place(c, s, i, to);
    moved = true;
  }
  return moved;
}

export function swapPass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  for (let i = 0; i < c.internCount; i++) {
    const u = s.unitOf[i]!;
    if (c.pinnedUnit[i] !== -1 || u === -1) continue;
    const a = c.company[i]!;
    let best = NO_CHANGE;
    let partner = -1;
    for (let j = 0; j < c.internCount; j++) {
      const v = s.unitOf[j]!;
      const b = c.company[j]!;
      if (c.pinnedUnit[j] !== -1 || v === u || b === a) continue;
      if (!fitsTrade(c, s, u, i, j) || !fitsTrade(c, s, v, j, i)) continue;
      const units = enters(c, s, a, v) - leaves(c, s, a, u) + enters(c, s, b, u) - leaves(c, s, b, v);
      const d = { placed: 0, units, metres: metres(c, a, v) - metres(c, a, u) + metres(c, b, u) - metres(c, b, v) };
      if (better(d, best)) [best, partner] = [d, j];
    }
    if (partner === -1) continue;
    const v = s.unitOf[partner]!;
    unplace(c, s, i);
    unplace(c, s, partner);
    place(c, s, partner, u);
    if (v !== -1) place(c, s, i, v);
    moved = true;
  }
  return moved;
}

export function exchangePass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  for (let u = 0; u < c.unitCount; u++) {
    let best = NO_CHANGE;
    let other = -1;
    for (let v = u + 1; v < c.unitCount; v++) {
      if (s.members[u]!.length + s.members[v]!.length === 0 || !exchangeFits(c, s, u, v) || !exchangeFits(c, s, v, u)) continue;
      const d = exchangeDelta(c, s, u, v);
      if (better(d, best)) [best, other] = [d, v];
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
  const n = [0, 0, 0];
  for (const i of s.members[u]!) n[c.gender[i]!]!--;
  for (const i of s.members[v]!) n[c.gender[i]!]!++;
  return fits(c.capacity[u]!, c.rule[u]!, s.count[u]! + n[0]! + n[1]! + n[2]!, s.female[u]! + n[0]!, s.male[u]! + n[1]!, s.unknown[u]! + n[2]!);
}

function exchangeDelta(c: CompiledProblem, s: AllocationState, u: number, v: number): Delta {
  const U = c.unitCount;
  const change = new Map<number, number>(); // companyUnit cell → change in its count
  let metresAdded = 0;
  const move = (list: number[], from: number, to: number) => {
    for (const i of list) {
      const a = c.company[i]!;
      change.set(a * U + from, (change.get(a * U + from) ?? 0) - 1);
      change.set(a * U + to, (change.get(a * U + to) ?? 0) + 1);
      metresAdded += c.distance[a * U + to]! - c.distance[a * U + from]!;
    }
  };
  move(s.members[u]!, u, v);
  move(s.members[v]!, v, u);
  let units = 0;
  for (const [cell, dc] of change) units += (s.companyUnit[cell]! + dc > 0 ? 1 : 0) - (s.companyUnit[cell]! > 0 ? 1 : 0);
  return { placed: 0, units, metres: metresAdded };
}
