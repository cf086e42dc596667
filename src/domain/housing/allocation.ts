// Housing allocation: matched interns into the housing partner's flats ("units") for the
// internship season. Pure and deterministic: the same problem gives the same allocation.
//
// Guarantees (checked by check-allocation.ts in the tests; docs/algorithms.md, "Housing
// allocation (issue 7)"):
// - Feasible: no unit over capacity (occupants + pinned + placed); in a same-gender unit everybody
//   has the same recorded gender, and a person whose gender is not recorded is there only alone.
// - Pinned placements (made by hand) are kept exactly.
// - Exactly the largest number of interns that can be placed. Which same-gender units go to women,
//   which to men and which to one person of unrecorded gender is a partition problem, solved
//   exactly by a DP over capacities (allocation-max-placed.ts).
// - Then, heuristically (a constructive pass and a local search, never losing a placement): few
//   distinct units per company, then a short total distance from each intern's unit to their
//   company. Ties go to the earlier intern and the earlier unit in the input.
// - Every intern not placed has a reason: noFreeBed when every bed is taken, sameGenderRule when
//   beds are free but the rule keeps the intern out of all of them.
//
// Complexity: O(C·U·log U) to compile (distances, units by distance), O(n·D·K) for the partition
// DP (n empty same-gender units, D ≤ beds one gender still lacks, K ≤ interns of unrecorded
// gender), O(I·U) for the construction, and at most 100 rounds of the local search (costs in
// allocation-improve.ts). Measured: 500 interns in 300 flats in 0.08–0.25 s once warm, about 0.5 s
// for a first call in a fresh process (docs/algorithms.md).
import { validateAllocationProblem, type AllocationIssue } from './allocation-validate.ts';
import { compileProblem, type CompiledProblem } from './allocation-compile.ts';
import { bestPartition } from './allocation-max-placed.ts';
import { buildInitial } from './allocation-construct.ts';
import { improveAllocation } from './allocation-improve.ts';
import type { AllocationState } from './allocation-state.ts';

export type GeoPoint = { latitude: number; longitude: number };
/** Recorded for the units' same-gender rule only; null when not recorded. */
export type Gender = 'female' | 'male';
export type AllocationUnit = {
  id: string;
  /** Beds, ≥ 1. */
  capacity: number;
  /** The partner's rule: shared only by people of the same gender. */
  sameGenderOnly: boolean;
  location: GeoPoint | null;
  /** People already staying in the unit during the season who are not being allocated here (their gender). */
  occupants: (Gender | null)[];
};
export type AllocationIntern = { id: string; companyId: string; gender: Gender | null };
export type AllocationCompany = { id: string; location: GeoPoint | null };
export type AllocationProblem = {
  units: AllocationUnit[];
  interns: AllocationIntern[];
  companies: AllocationCompany[];
  /** Placed by hand: kept as they are (they count in capacity and the rule). */
  pinned: { internId: string; unitId: string }[];
};
export type UnplacedReason = 'noFreeBed' | 'sameGenderRule';
export type Allocation = {
  placements: { internId: string; unitId: string; pinned: boolean }[];
  unplaced: { internId: string; reason: UnplacedReason }[];
  score: { placed: number; unitsPerCompany: number; totalDistanceMetres: number };
};

export type { AllocationIssue, AllocationIssueCode } from './allocation-validate.ts';
export { validateAllocationProblem } from './allocation-validate.ts';

/** Thrown by allocateHousing on a problem that does not validate; `issues` name each field. */
export class AllocationInputError extends Error {
  constructor(readonly issues: AllocationIssue[]) {
    super(`invalid housing problem: ${issues.map((p) => `${p.code} at ${p.path}`).join('; ')}`);
    this.name = 'AllocationInputError';
  }
}

/** The proposed allocation. Throws AllocationInputError when validateAllocationProblem finds anything. */
export function allocateHousing(problem: AllocationProblem): Allocation {
  const issues = validateAllocationProblem(problem);
  if (issues.length > 0) throw new AllocationInputError(issues);
  const compiled = compileProblem(problem);
  const partition = bestPartition(compiled.pools, compiled.demand);
  const state = buildInitial(compiled, partition.role);
  improveAllocation(compiled, state);
  const allocation = present(problem, compiled, state);
  // The count is the point of the exact partition: a shortfall here is a bug, never an input.
  if (allocation.score.placed !== partition.placed + problem.pinned.length) throw new Error('housing allocation: fewer placed than the partition allows');
  return allocation;
}

function present(problem: AllocationProblem, c: CompiledProblem, s: AllocationState): Allocation {
  const placements: Allocation['placements'] = [];
  const unplaced: Allocation['unplaced'] = [];
  let freeBeds = 0;
  for (let u = 0; u < c.unitCount; u++) freeBeds += c.capacity[u]! - s.count[u]!;
  let distance = 0;
  problem.interns.forEach((intern, i) => {
    const u = s.unitOf[i]!;
    if (u === -1) unplaced.push({ internId: intern.id, reason: freeBeds === 0 ? 'noFreeBed' : 'sameGenderRule' });
    else {
      placements.push({ internId: intern.id, unitId: problem.units[u]!.id, pinned: c.pinnedUnit[i] !== -1 });
      distance += c.distance[c.company[i]! * c.unitCount + u]!;
    }
  });
  let unitsPerCompany = 0;
  for (let k = 0; k < s.companyUnit.length; k++) if (s.companyUnit[k]! > 0) unitsPerCompany++;
  return { placements, unplaced, score: { placed: placements.length, unitsPerCompany, totalDistanceMetres: distance } };
}

