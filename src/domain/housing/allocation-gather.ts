// The "gather" move of the local search, for company a and unit v:
// 1. empty v of everyone movable who is not of a (in a same-gender unit, also a's interns of the
//    other gender);
// 2. fill it with a's interns of the chosen gender: those alone with their company in their unit
//    first, then those sharing one with colleagues, then the unplaced;
// 3. put the evicted back: each company's evicted together in the nearest unit that takes them
//    all, else each in the best unit that takes them, else out;
// 4. give beds still free in v to unplaced interns it takes.
// Relocations and swaps cannot find such chains because their first step alone changes nothing:
// two colleagues in two units moving to a third; a company's unplaced women taking a same-gender
// unit from two men of different companies; a company's pair moving to the flat of a pair whose
// company is nearer another flat. Tried for each company split over units or with interns left
// out, at every unit with room for two after occupants and pins, and for each company already
// together at the units nearer than its own; nearest first (a quick pass only the 16 nearest), for
// each gender a same-gender unit may take; kept only when the whole chain improves the objective
// (a lost placement never does), undone otherwise.
// Complexity per attempt O(m + b·(m + U) + I), m the most interns of one company, b the largest
// capacity (the scans for a unit stop at the first that takes the evicted, usually near the start;
// the O(I) backfill runs only while someone is unplaced); per pass O(C·U) attempts.
import { FEMALE, MALE, type CompiledProblem } from './allocation-compile.ts';
import { admits, anyRoomFor, fits, type AllocationState } from './allocation-state.ts';
import { bestUnit, better, NO_CHANGE, shift, undo, type Delta } from './allocation-moves.ts';

const ANY = -1;
const GENDERED = [FEMALE, MALE];
const ANYONE = [ANY];

/** Roomy units a company tries in a quick pass, besides those it uses; a deep pass tries all. */
const QUICK_TARGETS = 16;

/**
 * One pass over the companies. A quick pass tries only each company's QUICK_TARGETS nearest roomy
 * units (a company that cannot be gathered anywhere would otherwise cost a scan of every unit in
 * every pass); the local search ends only after a deep pass that tries them all.
 */
export function gatherPass(c: CompiledProblem, s: AllocationState, deep: boolean): boolean {
  const movable = c.internsOf.map((list) => list.filter((i) => c.pinnedUnit[i] === -1));
  let moved = false;
  const trail: number[] = [];
  const evicted: number[] = [];
  const d: Delta = { placed: 0, units: 0, metres: 0 };
  companies: for (let a = 0; a < c.companyCount; a++) {
    const all = c.internsOf[a]!;
    const mine = movable[a]!;
    const first = s.unitOf[all[0]!]!;
    const split = all.some((i) => s.unitOf[i] !== first) || first === -1;
    if (mine.length === 0 || (!split && mine.length < 2)) continue;
    // A company already together can only gain by moving nearer: only units nearer than its own.
    const limit = split ? Infinity : c.distance[a * c.unitCount + first]!;
    let roomy = 0;
    for (const v of c.unitsByDistance[a]!) {
      if (c.distance[a * c.unitCount + v]! >= limit) break;
      const uses = s.companyUnit[a * c.unitCount + v]! > 0;
      if (!uses && (c.capacity[v]! - c.baseCount[v]! < 2 || (!deep && ++roomy > QUICK_TARGETS))) continue;
      for (const g of c.rule[v] === 1 ? GENDERED : ANYONE) {
        if (!split && !better(togetherBound(c, s, a, v, g, mine), NO_CHANGE)) continue;
        d.placed = d.units = d.metres = 0;
        gather(c, s, a, v, g, mine, trail, evicted, d);
        const kept = better(d, NO_CHANGE);
        if (kept) moved = true;
        else undo(c, s, trail);
        trail.length = 0;
        if (kept) continue companies; // the nearest gather that helps; the next pass tries again
      }
    }
  }
  return moved;
}

/**
 * For a company already together in one unit, the best a gather into v could do: its wanted
 * interns all come nearer, and each evicted intern reaches their company's nearest unit, dropping
 * a unit only if their company is also elsewhere. (The count placed never rises: it is optimal.)
 * Attempts whose bound does not improve are skipped.
 */
function togetherBound(c: CompiledProblem, s: AllocationState, a: number, v: number, g: number, mine: number[]): Delta {
  const U = c.unitCount;
  let units = 0;
  let metres = 0;
  for (const x of mine) if (wanted(c, x, a, g)) metres += Math.min(0, c.distance[a * U + v]! - c.distance[a * U + s.unitOf[x]!]!);
  const counted: number[] = [];
  for (const y of s.members[v]!) {
    const b = c.company[y]!;
    if (wanted(c, y, a, g)) continue;
    metres += c.distance[b * U + c.unitsByDistance[b]![0]!]! - c.distance[b * U + v]!;
    if (counted.includes(b)) continue;
    counted.push(b);
    if (c.internsOf[b]!.some((k) => s.unitOf[k] !== v && s.unitOf[k] !== -1)) units--;
  }
  return { placed: 0, units, metres };
}

/** Whether intern i is one of those a gather of company a, gender g (or ANY) brings in. */
const wanted = (c: CompiledProblem, i: number, a: number, g: number) => c.company[i] === a && (g === ANY || c.gender[i] === g);

function gather(c: CompiledProblem, s: AllocationState, a: number, v: number, g: number, interns: number[], trail: number[], evicted: number[], acc: Delta): void {
  let comers = 0;
  for (const i of interns) if (s.unitOf[i] !== v && wanted(c, i, a, g)) comers++;
  if (comers === 0) return;
  evicted.length = 0;
  for (const i of s.members[v]!) if (!wanted(c, i, a, g)) evicted.push(i);
  for (const y of evicted) shift(c, s, y, -1, trail, acc);
  // Those alone with their company in their unit first (moving them can only lower the count),
  // then those who share a unit with colleagues, then the unplaced.
  // (The rank is taken before anyone moves.)
  const row = a * c.unitCount;
  const rank = (x: number) => {
    const w = s.unitOf[x]!;
    return w === v || !wanted(c, x, a, g) ? -1 : w === -1 ? 2 : s.companyUnit[row + w] === 1 ? 0 : 1;
  };
  const comersInOrder = interns.filter((x) => rank(x) >= 0).sort((x, y) => rank(x) - rank(y) || x - y);
  for (const x of comersInOrder) if (admits(c, s, v, x)) shift(c, s, x, v, trail, acc);
  // The evicted go back together where a unit takes all of their company's evicted at once, else one by one.
  for (let k = 0; k < evicted.length; k++) {
    const b = c.company[evicted[k]!]!;
    let size = 0;
    let handled = false; // at b's first evicted intern
    for (let q = 0; q < evicted.length; q++) {
      if (c.company[evicted[q]!] !== b) continue;
      size++;
      handled ||= q < k;
    }
    if (handled) continue;
    const together = size > 1 ? unitForGroup(c, s, evicted, b) : -1;
    for (let q = k; q < evicted.length; q++) {
      const y = evicted[q]!;
      if (c.company[y] !== b) continue;
      const to = together !== -1 ? together : bestUnit(c, s, y);
      if (to !== -1) shift(c, s, y, to, trail, acc);
    }
  }
  backfill(c, s, v, trail, acc);
}

/** Beds left in v go to unplaced interns it takes: first those with colleagues there, then the rest, in input order. */
function backfill(c: CompiledProblem, s: AllocationState, v: number, trail: number[], acc: Delta): void {
  if (s.placedCount === c.internCount) return;
  for (let round = 0; round < 2 && s.count[v]! < c.capacity[v]!; round++) {
    for (let i = 0; i < c.internCount && s.count[v]! < c.capacity[v]!; i++) {
      if (s.unitOf[i] !== -1 || (s.companyUnit[c.company[i]! * c.unitCount + v]! > 0 ? 0 : 1) !== round || !admits(c, s, v, i)) continue;
      shift(c, s, i, v, trail, acc);
    }
  }
}

/** The nearest unit that takes all of company b's evicted (unplaced) at once: one already holding b first, else any; −1 when none. */
function unitForGroup(c: CompiledProblem, s: AllocationState, evicted: number[], b: number): number {
  let n = 0;
  let f = 0;
  let m = 0;
  let x = 0;
  for (const y of evicted) {
    if (c.company[y] !== b) continue;
    n++;
    if (c.gender[y] === 0) f++;
    else if (c.gender[y] === 1) m++;
    else x++;
  }
  const takes = (u: number) => fits(c.capacity[u]!, c.rule[u]!, s.count[u]! + n, s.female[u]! + f, s.male[u]! + m, s.unknown[u]! + x);
  const row = b * c.unitCount;
  let at = -1;
  for (const k of c.internsOf[b]!) {
    const u = s.unitOf[k]!;
    if (u === -1 || !takes(u)) continue;
    if (at === -1 || c.distance[row + u]! < c.distance[row + at]! || (c.distance[row + u] === c.distance[row + at] && u < at)) at = u;
  }
  if (at !== -1 || !anyRoomFor(s, n)) return at; // the histogram saves a scan of every unit when none has room
  for (const u of c.unitsByDistance[b]!) if (takes(u)) return u;
  return -1;
}
