// An independent checker of a housing allocation, written from the rules and sharing no code with
// the allocator (only the distance formula of geo.ts, tested on its own): every intern is either
// placed once or unplaced once, ids exist, no unit is over capacity (occupants + placed), the
// same-gender rule holds in every unit that has it, pins are kept, an unplaced intern fits no free
// bed as things stand and carries the right reason, and the score is what the placements give.
// Used by the tests and, as an assertion, by the service before a proposal is saved or after a
// change by hand. O(I + U + C + P + occupants), plus O(unplaced · U) for the reasons.
import type { Allocation, AllocationProblem, Gender } from './allocation.ts';
import { haversineMetres } from './geo.ts';

export type AllocationViolationCode =
  | 'unknownIntern'
  | 'unknownUnit'
  /** Placed twice, or both placed and unplaced, or unplaced twice. */
  | 'placedTwice'
  | 'overCapacity'
  | 'sameGenderRule'
  /** A pinned intern is not in their pinned unit, or a placement claims a pin that is not one. */
  | 'pinMoved'
  /** An intern of the problem is neither placed nor unplaced. */
  | 'missingIntern'
  /** Unplaced, yet a unit has a free bed that the rule lets them take as things stand. */
  | 'couldBePlaced'
  /** noFreeBed while a bed is free, or sameGenderRule while none is. */
  | 'wrongReason'
  /** The score does not match the placements. */
  | 'scoreMismatch';

export type AllocationViolation = { readonly code: AllocationViolationCode; readonly internId?: string; readonly unitId?: string };

/** Whether people of these genders may stay together in a unit under the same-gender rule. */
function sameGenderOk(people: readonly (Gender | null)[]): boolean {
  if (people.length <= 1) return true;
  return people.every((g) => g !== null && g === people[0]);
}

/** Every violation found, in the order of the rules above; empty when the allocation keeps them all. */
export function checkAllocation(problem: AllocationProblem, allocation: Allocation): AllocationViolation[] {
  const out: AllocationViolation[] = [];
  const interns = new Map(problem.interns.map((x) => [x.id, x]));
  const units = new Map(problem.units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  const unitOf = new Map<string, string>();
  const claimedPin = new Set<string>();
  for (const p of allocation.placements) {
    if (!interns.has(p.internId)) out.push({ code: 'unknownIntern', internId: p.internId });
    if (!units.has(p.unitId)) out.push({ code: 'unknownUnit', internId: p.internId, unitId: p.unitId });
    if (seen.has(p.internId)) out.push({ code: 'placedTwice', internId: p.internId, unitId: p.unitId });
    seen.add(p.internId);
    if (interns.has(p.internId) && units.has(p.unitId) && !unitOf.has(p.internId)) unitOf.set(p.internId, p.unitId);
    if (p.pinned) claimedPin.add(p.internId);
  }
  for (const x of allocation.unplaced) {
    if (!interns.has(x.internId)) out.push({ code: 'unknownIntern', internId: x.internId });
    if (seen.has(x.internId)) out.push({ code: 'placedTwice', internId: x.internId });
    seen.add(x.internId);
  }
  for (const x of problem.interns) if (!seen.has(x.id)) out.push({ code: 'missingIntern', internId: x.id });
  const people = new Map(problem.units.map((u) => [u.id, [...u.occupants]]));
  for (const [internId, unitId] of unitOf) people.get(unitId)!.push(interns.get(internId)!.gender);
  for (const unit of problem.units) {
    const here = people.get(unit.id)!;
    if (here.length > unit.capacity) out.push({ code: 'overCapacity', unitId: unit.id });
    if (unit.sameGenderOnly && !sameGenderOk(here)) out.push({ code: 'sameGenderRule', unitId: unit.id });
  }
  const pinnedIds = new Set(problem.pinned.map((p) => p.internId));
  for (const pin of problem.pinned) {
    if (unitOf.get(pin.internId) !== pin.unitId || !claimedPin.has(pin.internId)) out.push({ code: 'pinMoved', internId: pin.internId, unitId: pin.unitId });
  }
  for (const id of claimedPin) if (!pinnedIds.has(id)) out.push({ code: 'pinMoved', internId: id });
  out.push(...checkUnplaced(problem, allocation, people, unitOf));
  out.push(...checkScore(problem, allocation, unitOf));
  return out;
}

function checkUnplaced(problem: AllocationProblem, allocation: Allocation, people: Map<string, (Gender | null)[]>, unitOf: Map<string, string>): AllocationViolation[] {
  const out: AllocationViolation[] = [];
  const anyFreeBed = problem.units.some((u) => people.get(u.id)!.length < u.capacity);
  const genderOf = new Map(problem.interns.map((x) => [x.id, x.gender]));
  for (const x of allocation.unplaced) {
    if (!genderOf.has(x.internId) || unitOf.has(x.internId)) continue; // unknown, or placed too (already named)
    const g = genderOf.get(x.internId)!;
    const fitting = problem.units.find((u) => {
      const after = [...people.get(u.id)!, g];
      return after.length <= u.capacity && (!u.sameGenderOnly || sameGenderOk(after));
    });
    if (fitting !== undefined) out.push({ code: 'couldBePlaced', internId: x.internId, unitId: fitting.id });
    else if ((x.reason === 'noFreeBed') === anyFreeBed) out.push({ code: 'wrongReason', internId: x.internId });
  }
  return out;
}

function checkScore(problem: AllocationProblem, allocation: Allocation, unitOf: Map<string, string>): AllocationViolation[] {
  const interns = new Map(problem.interns.map((x) => [x.id, x]));
  const companies = new Map(problem.companies.map((c) => [c.id, c]));
  const units = new Map(problem.units.map((u) => [u.id, u]));
  const unitsOfCompany = new Map<string, Set<string>>();
  let metres = 0;
  for (const [internId, unitId] of unitOf) {
    const companyId = interns.get(internId)!.companyId;
    if (!unitsOfCompany.has(companyId)) unitsOfCompany.set(companyId, new Set());
    unitsOfCompany.get(companyId)!.add(unitId);
    const from = companies.get(companyId)?.location ?? null;
    const to = units.get(unitId)!.location;
    if (from !== null && to !== null) metres += haversineMetres(from, to);
  }
  const unitsPerCompany = [...unitsOfCompany.values()].reduce((sum, set) => sum + set.size, 0);
  const { score } = allocation;
  const close = Math.abs(score.totalDistanceMetres - metres) <= 1e-6 * Math.max(1, metres);
  return score.placed === unitOf.size && score.unitsPerCompany === unitsPerCompany && close ? [] : [{ code: 'scoreMismatch' }];
}
