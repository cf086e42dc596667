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
 * Each student's slots side by side, in the order of the interviews (as edgesByStudent): those
 * of s at slotOf[start[s] … start[s + 1]). Slots then move only through a `position` array, so
 * this stays true while reorderSlots permutes them (slotOf may be `slot` itself, which it
 * rewrites only at the end).
 */
function slotsByStudent(fair: CompiledFair, slot: Int32Array): { start: Int32Array; slotOf: Int32Array } {
  const { E, S, student } = fair;
  const start = new Int32Array(S + 1);
  let ordered = true;
  for (let e = 0; e < E; e++) {
    start[student[e]! + 1]!++;
    if (e > 0 && student[e]! < student[e - 1]!) ordered = false;
  }
  for (let s = 0; s < S; s++) start[s + 1]! += start[s]!;
  // Interviews usually come student by student (compileFair keeps their order): `slot` is then
  // already in this layout, and a copy of it would only be more memory for the collector to chase.
  if (ordered) return { start, slotOf: slot };
  const fill = start.slice(0, S);
  const slotOf = new Int32Array(E);
  for (let e = 0; e < E; e++) slotOf[fill[student[e]!]!++] = slot[e]!;
  return { start, slotOf };
}

export function idleGaps(fair: CompiledFair, slot: Int32Array): number {
  const { start, slotOf } = slotsByStudent(fair, slot);
  const identity = new Int32Array(fair.day.length);
  for (let t = 0; t < identity.length; t++) identity[t] = t;
  let gaps = 0;
  for (let s = 0; s < fair.S; s++) gaps += gapsAt(fair.day, slotOf, start[s]!, start[s + 1]!, identity);
  return gaps;
}

/**
 * Permutes slots 0 … K − 1 (all interviews of a slot move together) to lower the gaps, swapping
 * two slots whenever that helps, until no swap helps or about `budget` student evaluations are
 * spent. Rewrites `slot` in place.
 */
export function reorderSlots(fair: CompiledFair, slot: Int32Array, K: number, budget: number): void {
  if (K < 2 || budget <= 0) return;
  const { E, S, student } = fair;
  const { start, slotOf } = slotsByStudent(fair, slot);
  const stamp = new Int32Array(S);
  // Students present in each slot, as CSR: those of slot t are inSlot[slotStart[t] … slotStart[t + 1]).
  const slotStart = new Int32Array(K + 1);
  for (let e = 0; e < E; e++) if (slot[e]! >= 0 && slot[e]! < K) slotStart[slot[e]! + 1]!++;
  for (let t = 0; t < K; t++) slotStart[t + 1]! += slotStart[t]!;
  const inSlot = new Int32Array(slotStart[K]!);
  const fill = slotStart.slice(0, K);
  for (let e = 0; e < E; e++) if (slot[e]! >= 0 && slot[e]! < K) inSlot[fill[slot[e]!]!++] = student[e]!;
  const studentsIn = (t: number): Int32Array => inSlot.subarray(slotStart[t]!, slotStart[t + 1]!);
  // position[original slot] = where it now is.
  const position = new Int32Array(fair.day.length);
  for (let t = 0; t < position.length; t++) position[t] = t;
  const slotAt = new Int32Array(K);
  for (let p = 0; p < K; p++) slotAt[p] = p;
  let round = 0;
  let spent = 0;
  const { day } = fair;
  /** Gaps of the students of slot t not yet counted in this round. */
  const gapsOfSlot = (t: number): number => {
    let sum = 0;
    const list = studentsIn(t);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (stamp[s] === round) continue;
      stamp[s] = round;
      sum += gapsAt(day, slotOf, start[s]!, start[s + 1]!, position);
      spent++;
    }
    return sum;
  };
  const affectedGaps = (x: number, y: number): number => {
    round++;
    return gapsOfSlot(x) + gapsOfSlot(y);
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
  for (let e = 0; e < E; e++) if (slot[e]! >= 0 && slot[e]! < K) slot[e] = position[slot[e]!]!;
}

/**
 * Gaps of one student: the interviews at slotOf[from … to), each at position[its slot]. Students
 * have few interviews, so each day's span is found by a quadratic scan rather than a sort: no
 * allocation, which matters in the inner loop of reorderSlots.
 */
function gapsAt(day: Int32Array, slotOf: Int32Array, from: number, to: number, position: Int32Array): number {
  // One day (the usual fair, and all slots on a day when the first and last are): one span.
  if (day[0] === day[day.length - 1]) {
    let min = Number.MAX_SAFE_INTEGER;
    let max = -1;
    let count = 0;
    for (let k = from; k < to; k++) {
      const t = slotOf[k]!;
      if (t < 0) continue;
      const p = position[t]!;
      if (p < min) min = p;
      if (p > max) max = p;
      count++;
    }
    return count === 0 ? 0 : max - min + 1 - count;
  }
  let gaps = 0;
  for (let k = from; k < to; k++) {
    const t = slotOf[k]!;
    if (t < 0) continue;
    const p = position[t]!;
    const d = day[p]!;
    let min = p;
    let max = p;
    let count = 1;
    let counted = false;
    for (let j = from; j < to; j++) {
      if (j === k) continue;
      const u = slotOf[j]!;
      if (u < 0) continue;
      const q = position[u]!;
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
