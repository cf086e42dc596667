// The season's allocation problem as the stays make it. Stays are time ranges, the problem is
// not: a flat counts everyone staying there on any night of the season, so two people there on
// different nights (a pin from the 19th, someone else leaving on the 18th) can look like more
// than its beds, or like two genders in a same-gender flat. Such a flat is left out of the
// proposal as it stands (the people in it keep their stays), and so is an intern pinned twice
// (two stays one after the other); the rest is allocated as usual.
import type { AllocationProblem } from './allocation.ts';
import type { AllocationIssue } from './allocation-validate.ts';

export function withoutConflictingPins(problem: AllocationProblem, issues: readonly AllocationIssue[]): AllocationProblem {
  const units = new Set<string>();
  const interns = new Set<string>();
  for (const issue of issues) {
    const unit = /^units\[(\d+)\]/.exec(issue.path);
    const pin = /^pinned\[(\d+)\]/.exec(issue.path);
    if (unit) units.add(problem.units[Number(unit[1])]!.id);
    else if (pin && issue.code === 'housing.duplicatePin') interns.add(problem.pinned[Number(pin[1])]!.internId);
    else if (pin) units.add(problem.pinned[Number(pin[1])]!.unitId);
    else throw new Error(`housing problem: ${issue.code} at ${issue.path}`);
  }
  for (const pin of problem.pinned) if (units.has(pin.unitId)) interns.add(pin.internId);
  return {
    units: problem.units.filter((u) => !units.has(u.id)),
    interns: problem.interns.filter((i) => !interns.has(i.id)),
    companies: problem.companies,
    pinned: problem.pinned.filter((p) => !units.has(p.unitId) && !interns.has(p.internId)),
  };
}
