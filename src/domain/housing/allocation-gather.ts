// The "gather" move of the local search: empty a unit of everyone movable who is not of company a
// (and, in a same-gender unit, of a's interns of the other gender), fill it with a's interns of the
// chosen gender — those alone in their unit first, then the rest, then the unplaced — and find
// each evicted intern the best unit that takes them, or leave them out. Single relocations and
// swaps cannot find such chains because their first step alone changes nothing: two colleagues in
// two units moving to a third; a company's unplaced women taking a same-gender unit from two men
// of different companies. Tried for each company split over units or with interns left out, at
// every unit with room for two after occupants and pins, nearest first, for each gender a
// same-gender unit may take; kept only when the whole chain improves the objective (a lost
// placement never does), undone otherwise.
// Complexity per pass O(C·I + S·U·(m + b·(m + U))), S the companies tried, m the most interns of
// one company, b the largest capacity (the scan for an evicted intern's unit stops at the first
// that takes them, usually near the start).
import { FEMALE, MALE, type CompiledProblem } from './allocation-compile.ts';
import { admits, type AllocationState } from './allocation-state.ts';
import { add, better, NO_CHANGE, shift, undo, type Delta } from './allocation-moves.ts';

const ANY = -1;

export function gatherPass(c: CompiledProblem, s: AllocationState): boolean {
  let moved = false;
  for (let a = 0; a < c.companyCount; a++) {
    const all = c.internsOf[a]!;
    const mine = all.filter((i) => c.pinnedUnit[i] === -1);
    const used = new Set(all.map((i) => s.unitOf[i]!));
    if (mine.length === 0 || (used.size <= 1 && !used.has(-1))) continue;
    for (const v of c.unitsByDistance[a]!) {
      if (c.capacity[v]! - c.baseCount[v]! < 2 && !used.has(v)) continue;
      for (const g of c.rule[v] === 1 ? [FEMALE, MALE] : [ANY]) {
        const trail: [number, number][] = [];
        if (better(gather(c, s, a, v, g, mine, trail), NO_CHANGE)) moved = true;
        else undo(c, s, trail);
      }
    }
  }
  return moved;
}

function gather(c: CompiledProblem, s: AllocationState, a: number, v: number, g: number, interns: number[], trail: [number, number][]): Delta {
  const wanted = (i: number) => c.company[i] === a && (g === ANY || c.gender[i] === g);
  const comers = interns.filter((i) => s.unitOf[i] !== v && wanted(i));
  if (comers.length === 0) return NO_CHANGE;
  const evicted = s.members[v]!.filter((i) => !wanted(i));
  let total = NO_CHANGE;
  for (const y of evicted) total = add(total, shift(c, s, y, -1, trail));
  // Those alone with their company in their unit first: moving them can only lower the count.
  const row = a * c.unitCount;
  const alone = (i: number) => (s.unitOf[i] === -1 ? 2 : s.companyUnit[row + s.unitOf[i]!] === 1 ? 0 : 1);
  const order = comers.map((i) => [alone(i), i] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [, x] of order) if (admits(c, s, v, x)) total = add(total, shift(c, s, x, v, trail));
  for (const y of evicted) {
    const to = bestUnit(c, s, y);
    if (to !== -1) total = add(total, shift(c, s, y, to, trail));
  }
  return total;
}

/**
 * The unit that takes unplaced intern y at the least cost, or −1: the nearest of the units already
 * holding their company (no unit added), else the nearest of all; input order on ties.
 */
function bestUnit(c: CompiledProblem, s: AllocationState, y: number): number {
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
