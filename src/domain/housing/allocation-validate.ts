// Validation of a housing problem before allocation, in the style of the matching's market: every
// problem in input order, each with a code and the path of the field (`units[2].capacity`,
// `pinned[0].unitId`). Pins are judged in input order against the occupants and the pins before
// them, so the first pin that overfills a unit or breaks its rule is the one named. O(U + I + C + P + occupants).
import type { AllocationProblem } from './allocation.ts';
import { isGeoPoint } from './geo.ts';

export type AllocationIssueCode =
  | 'housing.duplicateId'
  | 'housing.capacityInvalid'
  | 'housing.genderInvalid'
  | 'housing.locationInvalid'
  | 'housing.unknownCompany'
  | 'housing.unknownIntern'
  | 'housing.unknownUnit'
  | 'housing.duplicatePin'
  /** The occupants, or a pin together with those before it, fill the unit over its capacity. */
  | 'housing.overCapacity'
  /** The occupants, or a pin together with those before it, break the unit's same-gender rule. */
  | 'housing.sameGenderRule';

/** One thing wrong with a problem; `path` points into the input as `pinned[1].internId`. */
export type AllocationIssue = { readonly code: AllocationIssueCode; readonly path: string; readonly value?: unknown };

const isGender = (g: unknown) => g === null || g === 'female' || g === 'male';

/** Whether people of these genders may share a same-gender unit: alone, or all of one recorded gender. */
const keepsRule = (people: readonly (string | null)[]) => people.length <= 1 || people.every((g) => g !== null && g === people[0]);

/** Every issue of the problem, in input order; empty when allocateHousing may run on it. */
export function validateAllocationProblem(problem: AllocationProblem): AllocationIssue[] {
  const issues: AllocationIssue[] = [];
  const unitIndex = indexIds(problem.units, 'units', issues);
  const internIndex = indexIds(problem.interns, 'interns', issues);
  const companyIndex = indexIds(problem.companies, 'companies', issues);
  const people: (string | null)[][] = problem.units.map((unit, u) => {
    if (!Number.isInteger(unit.capacity) || unit.capacity < 1) issues.push({ code: 'housing.capacityInvalid', path: `units[${u}].capacity`, value: unit.capacity });
    if (unit.location !== null && !isGeoPoint(unit.location)) issues.push({ code: 'housing.locationInvalid', path: `units[${u}].location`, value: unit.location });
    const occupants = Array.isArray(unit.occupants) ? unit.occupants : [];
    occupants.forEach((g, k) => {
      if (!isGender(g)) issues.push({ code: 'housing.genderInvalid', path: `units[${u}].occupants[${k}]`, value: g });
    });
    if (occupants.length > unit.capacity) issues.push({ code: 'housing.overCapacity', path: `units[${u}].occupants`, value: occupants.length });
    else if (unit.sameGenderOnly && !keepsRule(occupants)) issues.push({ code: 'housing.sameGenderRule', path: `units[${u}].occupants` });
    return [...occupants];
  });
  problem.companies.forEach((company, k) => {
    if (company.location !== null && !isGeoPoint(company.location)) issues.push({ code: 'housing.locationInvalid', path: `companies[${k}].location`, value: company.location });
  });
  problem.interns.forEach((intern, i) => {
    if (!companyIndex.has(intern.companyId)) issues.push({ code: 'housing.unknownCompany', path: `interns[${i}].companyId`, value: intern.companyId });
    if (!isGender(intern.gender)) issues.push({ code: 'housing.genderInvalid', path: `interns[${i}].gender`, value: intern.gender });
  });
  const pinnedAlready = new Set<number>();
  problem.pinned.forEach((pin, k) => {
    const i = internIndex.get(pin.internId);
    const u = unitIndex.get(pin.unitId);
    if (i === undefined) issues.push({ code: 'housing.unknownIntern', path: `pinned[${k}].internId`, value: pin.internId });
    else if (pinnedAlready.has(i)) issues.push({ code: 'housing.duplicatePin', path: `pinned[${k}].internId`, value: pin.internId });
    if (u === undefined) issues.push({ code: 'housing.unknownUnit', path: `pinned[${k}].unitId`, value: pin.unitId });
    if (i === undefined || u === undefined || pinnedAlready.has(i)) return;
    pinnedAlready.add(i);
    const unit = problem.units[u]!;
    const after = [...people[u]!, problem.interns[i]!.gender];
    if (after.length > unit.capacity) issues.push({ code: 'housing.overCapacity', path: `pinned[${k}]`, value: pin.unitId });
    else if (unit.sameGenderOnly && !keepsRule(after)) issues.push({ code: 'housing.sameGenderRule', path: `pinned[${k}]`, value: pin.unitId });
    else people[u] = after;
  });
  return issues;
}

function indexIds(items: readonly { id: string }[], name: string, issues: AllocationIssue[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) issues.push({ code: 'housing.duplicateId', path: `${name}[${i}].id`, value: item.id });
    else index.set(item.id, i);
  });
  return index;
}
