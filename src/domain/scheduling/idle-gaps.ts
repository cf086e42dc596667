// Idle gaps, the scheduler's second aim after the makespan: for each student and day, the free
// slots between their first and last interview. When every slot is alike (nobody unavailable, no
// pins, interpreters never short), any reordering of whole slots keeps a schedule valid and its
// makespan; reorderSlots hill-climbs on swaps of two slots with the exact change in gaps, under
// an operation budget. Local search: fewer gaps than before, not the fewest possible.
import type { CompiledFair } from './compiled-fair.ts';

/** Edges of each student, as CSR: edges of s are list[start[s] … start[s + 1]). */
export function edgesByStudent(fair: CompiledFair): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(fair.S + 1);
  for (let e = 0; e < fair.E; e++) start[fair.student[e]! + 1]!++;
  for (let s = 0; s < fair.S; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, fair.S);
  const list = new Int32Array(fair.E);
  for (let e = 0; e < fair.E; e++) list[fill[fair.student[e]!]!++] = e;
  return { start, list };
}

/**
 * Gaps of student s when each placed interview e sits at position[slot[e]] (identity when
 * `position` is null). Students have few interviews, so each day's span is found by a quadratic
 * scan rather than a sort: no allocation, which matters in the inner loop of reorderSlots.
 */
function studentGaps(fair: CompiledFair, byStudent: { start: Int32Array; list: Int32Array }, s: number, slot: Int32Array, position: Int32Array | null): number {
  const { start, list } = byStudent;
  const { day } = fair;
  const from = start[s]!;
  const to = start[s + 1]!;
  let gaps = 0;
  for (let k = from; k < to; k++) {
    const t = slot[list[k]!]!;
    if (t < 0) continue;
    const p = position ? position[t]! : t;
    const d = day[p]!;
    let min = p;
    let max = p;
    let count = 1;
    let counted = false;
    for (let j = from; j < to; j++) {
      if (j === k) continue;
      const u = slot[list[j]!]!;
      if (u < 0) continue;
      const q = position ? position[u]! : u;
      if (day[q] !== d) continue;
      if (j < k) {
        counted = true; // this day was counted at its first interview
        break;
      }
      if (q < min) min = q;
      if (q > max) max = q;
      count++;
    }
    if (!counted) gaps += max - min + 1 - count;
  }
  return gaps;
}

export function idleGaps(fair: CompiledFair, slot: Int32Array): number {
  const byStudent = edgesByStudent(fair);
  let gaps = 0;
  for (let s = 0; s < fair.S; s++) gaps += studentGaps(fair, byStudent, s, slot, null);
  return gaps;
}

/**
 * Permutes slots 0 … K − 1 (all interviews of a slot move together) to lower the gaps, swapping
 * two slots whenever that helps, until no swap helps or about `budget` student evaluations are
 * spent. Rewrites `slot` in place.
 */
export function reorderSlots(fair: CompiledFair, slot: Int32Array, K: number, budget: number): void {
  if (K < 2) return;
  const byStudent = edgesByStudent(fair);
  // Students present in each slot.
  const inSlot: number[][] = Array.from({ length: K }, () => []);
  for (let e = 0; e < fair.E; e++) if (slot[e]! >= 0 && slot[e]! < K) inSlot[slot[e]!]!.push(fair.student[e]!);
  // position[original slot] = where it now is.
  const position = Int32Array.from({ length: fair.day.length }, (_, t) => t);
  const slotAt = Int32Array.from({ length: K }, (_, p) => p);
  const stamp = new Int32Array(fair.S);
  let round = 0;
  let spent = 0;
  const affectedGaps = (x: number, y: number): number => {
    round++;
    let sum = 0;
    for (const list of [inSlot[x]!, inSlot[y]!]) {
      for (const s of list) {
        if (stamp[s] === round) continue;
        stamp[s] = round;
        sum += studentGaps(fair, byStudent, s, slot, position);
        spent++;
      }
    }
    return sum;
  };
  let improved = true;
  while (improved && spent < budget) {
    improved = false;
    for (let a = 0; a < K && spent < budget; a++) {
      for (let b = a + 1; b < K && spent < budget; b++) {
        const x = slotAt[a]!;
        const y = slotAt[b]!;
        const before = affectedGaps(x, y);
        position[x] = b;
        position[y] = a;
        if (affectedGaps(x, y) < before) {
          slotAt[a] = y;
          slotAt[b] = x;
          improved = true;
        } else {
          position[x] = a;
          position[y] = b;
        }
      }
    }
  }
  for (let e = 0; e < fair.E; e++) if (slot[e]! >= 0 && slot[e]! < K) slot[e] = position[slot[e]!]!;
}
