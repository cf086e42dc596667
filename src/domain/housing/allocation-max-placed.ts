// The exact largest number of interns that can be placed, and the roles of the empty same-gender
// units that reach it.
//
// Why a partition: beds in units without the rule take anyone ("shared"); beds in same-gender
// units already holding women (men) take only women (men); a same-gender unit holding one person
// of unrecorded gender takes nobody else. What is ours to choose is the role of each empty
// same-gender unit ("open"): women, men, or one person of unrecorded gender. Once the roles are
// fixed, each group first fills the beds only it may take and the rest compete for the shared
// beds, so the number placed is
//   min(F, eF + w) + min(M, eM + m) + min(X, k) + min(shared, overflow),
// with w and m the beds given to women and men, k the units given to unrecorded gender, and
// overflow the interns left over from the first three terms. Any feasible allocation gives the
// open units such roles (an empty one may count as "unrecorded": k only grows), so the best roles
// give the optimum. The count grows with w, m and k, so for each (w capped at the need, k capped
// at X) it suffices to know the largest m: a 0/1 DP over the open units with three choices each.
//
// Complexity: O(n·(D+1)·(K+1)) time and memory (the choices are kept to rebuild the roles), n open
// units, D the beds one gender still needs after its own beds (the gender needing fewer is the DP
// axis), K = min(X, n).
import { FEMALE, MALE, UNKNOWN } from './allocation-compile.ts';

export type BedPools = {
  /** Free beds in units without the rule: anyone may take them. */
  readonly shared: number;
  /** Free beds only women [0] or only men [1] may take. */
  readonly exclusive: readonly [number, number];
  /** Capacities of the empty same-gender units. */
  readonly open: readonly number[];
};

/** Interns placed when the open units give w beds to women, m beds to men and k units to people of unrecorded gender. */
export function placedWithRoles(pools: BedPools, demand: readonly [number, number, number], w: number, m: number, k: number): number {
  const [f, mm, x] = demand;
  const toF = pools.exclusive[0] + w;
  const toM = pools.exclusive[1] + m;
  const overflow = Math.max(0, f - toF) + Math.max(0, mm - toM) + Math.max(0, x - k);
  return Math.min(f, toF) + Math.min(mm, toM) + Math.min(x, k) + Math.min(pools.shared, overflow);
}

/** The optimum and, per open unit, its role: FEMALE, MALE or UNKNOWN (one person, or left empty when there is nobody to put there). */
export function bestPartition(pools: BedPools, demand: readonly [number, number, number]): { placed: number; role: Uint8Array } {
  const n = pools.open.length;
  const openBeds = pools.open.reduce((a, b) => a + b, 0);
  const need = [0, 1].map((g) => Math.min(openBeds, Math.max(0, demand[g]! - pools.exclusive[g]!)));
  // The axis is the gender that needs fewer beds; the other gender's beds are the DP's value.
  const g0 = need[FEMALE]! <= need[MALE]! ? FEMALE : MALE;
  const g1 = g0 === FEMALE ? MALE : FEMALE;
  const d = need[g0]!;
  const kMax = Math.min(demand[UNKNOWN], n);
  const K = kMax + 1;
  const states = (d + 1) * K;
  let value = new Int32Array(states).fill(-1);
  value[0] = 0;
  let next = new Int32Array(states);
  const from: Int32Array[] = [];
  for (let j = 0; j < n; j++) {
    const beds = pools.open[j]!;
    const choice = new Int32Array(states);
    next.fill(-1);
    const relax = (t: number, v: number, code: number) => {
      if (v > next[t]!) {
        next[t] = v;
        choice[t] = code;
      }
    };
    for (let idx = 0; idx < states; idx++) {
      const v = value[idx]!;
      if (v < 0) continue;
      const s = Math.floor(idx / K);
      const k = idx % K;
      relax(idx, v + beds, idx * 3 + g1);
      relax(Math.min(d, s + beds) * K + k, v, idx * 3 + g0);
      relax(s * K + Math.min(kMax, k + 1), v, idx * 3 + UNKNOWN);
    }
    from.push(choice);
    [value, next] = [next, value];
  }
  let best = -1;
  let at = 0;
  for (let idx = 0; idx < states; idx++) {
    const v = value[idx]!;
    if (v < 0) continue;
    const s = Math.floor(idx / K);
    const beds: [number, number] = [0, 0];
    beds[g0] = s;
    beds[g1] = v;
    const placed = placedWithRoles(pools, demand, beds[FEMALE], beds[MALE], idx % K);
    if (placed > best) [best, at] = [placed, idx];
  }
  const role = new Uint8Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const code = from[j]![at]!;
    role[j] = code % 3;
    at = Math.floor(code / 3);
  }
  return { placed: best, role };
}
