// The first allocation: places exactly the optimum that the partition found, and on the way keeps
// each company's interns together and near the company, greedily.
//
// Every unit gets a label: anyone (no rule), women, men, one person of unrecorded gender (an empty
// same-gender unit the partition gave them), or nobody (a same-gender unit already holding a
// person of unrecorded gender). An intern takes a bed only their group may take while one is left,
// and a shared bed only after that, so shared beds go only to the groups' overflow: the count
// placed is the partition's formula, i.e. the optimum. One exception keeps the count: companies of
// mixed genders take the shared beds that the overflow will not need, so that they can stay
// together. Within the chosen pool the intern goes to
// the unit that (1) already holds someone of their company, (2) has room for the rest of their
// company, (3) is nearest to the company, (4) comes first in the input.
// Interns are taken company by company in input order. O(I·U).
import { UNKNOWN, type CompiledProblem } from './allocation-compile.ts';
import { admits, initialState, place, type AllocationState } from './allocation-state.ts';

const ANYONE = 3;
const NOBODY = 4;

export function buildInitial(c: CompiledProblem, role: Uint8Array): AllocationState {
  const s = initialState(c);
  const label = unitLabels(c, role);
  const left = [0, 0, 0, c.pools.shared]; // beds left per label: women, men, unrecorded, anyone
  for (let u = 0; u < c.unitCount; u++) if (label[u]! <= UNKNOWN) left[label[u]!]! += label[u] === UNKNOWN ? 1 : c.capacity[u]! - c.baseCount[u]!;
  const order = movableByCompany(c);
  const remaining = new Int32Array(c.companyCount * 3); // not yet taken, per company and gender
  for (const i of order) remaining[c.company[i]! * 3 + c.gender[i]!]!++;
  const together = mixedInShared(c, left, remaining);
  for (const i of order) {
    const a = c.company[i]!;
    const g = c.gender[i]!;
    const pool = together[a] === 1 ? ANYONE : left[g]! > 0 ? g : left[ANYONE]! > 0 ? ANYONE : -1;
    const rest = pool === ANYONE ? remaining[a * 3]! + remaining[a * 3 + 1]! + remaining[a * 3 + 2]! : remaining[a * 3 + g]!;
    remaining[a * 3 + g]!--;
    if (pool === -1) continue;
    const u = chooseUnit(c, s, i, rest, (v) => label[v] === pool);
    if (u === -1) throw new Error('housing allocation: a pool counted a bed it does not have'); // a bug, never an input
    place(c, s, i, u);
    left[pool]!--;
  }
  return s;
}

/**
 * Companies whose interns are of more than one gender, given shared beds (in company order) while
 * the shared beds that the groups' overflow will not need last: there they can stay together.
 * Taking those beds leaves the overflow no larger, so the count placed stays the optimum.
 */
function mixedInShared(c: CompiledProblem, left: number[], remaining: Int32Array): Uint8Array {
  const together = new Uint8Array(c.companyCount);
  let spare = left[ANYONE]! - [0, 1, 2].reduce((n, g) => n + Math.max(0, c.demand[g]! - left[g]!), 0);
  for (let a = 0; a < c.companyCount && spare > 0; a++) {
    const counts = [remaining[a * 3]!, remaining[a * 3 + 1]!, remaining[a * 3 + 2]!];
    const size = counts[0]! + counts[1]! + counts[2]!;
    if (counts.filter((n) => n > 0).length < 2 || size > spare) continue;
    together[a] = 1;
    spare -= size;
  }
  return together;
}

/** Each unit's label for the construction (see the file comment). */
function unitLabels(c: CompiledProblem, role: Uint8Array): Uint8Array {
  const label = new Uint8Array(c.unitCount);
  for (let u = 0; u < c.unitCount; u++) {
    if (c.rule[u] === 0) label[u] = ANYONE;
    else if (c.baseByGender[UNKNOWN][u]! > 0) label[u] = NOBODY;
    else label[u] = c.baseByGender[0][u]! > 0 ? 0 : 1; // an open unit is relabelled below
  }
  c.openUnits.forEach((u, j) => (label[u] = role[j]!));
  return label;
}

/** Interns who are not pinned, company by company in input order, then in input order. */
function movableByCompany(c: CompiledProblem): number[] {
  const order: number[] = [];
  for (let i = 0; i < c.internCount; i++) if (c.pinnedUnit[i] === -1) order.push(i);
  return order.sort((x, y) => c.company[x]! - c.company[y]! || x - y);
}

/** The best unit of the pool for intern i by the four keys above, or −1 when none takes them. */
function chooseUnit(c: CompiledProblem, s: AllocationState, i: number, rest: number, inPool: (u: number) => boolean): number {
  const row = c.company[i]! * c.unitCount;
  let best = -1;
  let bestKey = [0, 0, 0];
  for (let u = 0; u < c.unitCount; u++) {
    if (!inPool(u) || !admits(c, s, u, i)) continue;
    const key = [s.companyUnit[row + u]! > 0 ? 0 : 1, c.capacity[u]! - s.count[u]! >= rest ? 0 : 1, c.distance[row + u]!];
    if (best === -1 || key[0]! < bestKey[0]! || (key[0] === bestKey[0] && (key[1]! < bestKey[1]! || (key[1] === bestKey[1] && key[2]! < bestKey[2]!)))) {
      best = u;
      bestKey = key;
    }
  }
  return best;
}
