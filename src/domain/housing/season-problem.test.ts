import { describe, expect, it } from 'vitest';
import { allocateHousing, type AllocationProblem } from './allocation.ts';
import { validateAllocationProblem } from './allocation-validate.ts';
import { withoutConflictingPins } from './season-problem.ts';

const unit = (id: string, capacity: number, occupants: ('female' | 'male' | null)[] = [], sameGenderOnly = false) => ({ id, capacity, sameGenderOnly, location: null, occupants });

describe('the season’s problem from time-ranged stays', () => {
  it('leaves out a flat whose pin and other occupant only look like too many, and an intern pinned twice', () => {
    const problem: AllocationProblem = {
      units: [unit('a', 1, ['male']), unit('b', 2, ['female', 'male'], true), unit('c', 2)],
      interns: [
        { id: 'x', companyId: 'k', gender: 'female' },
        { id: 'y', companyId: 'k', gender: 'male' },
        { id: 'z', companyId: 'k', gender: null },
      ],
      companies: [{ id: 'k', location: null }],
      pinned: [
        { internId: 'x', unitId: 'a' },
        { internId: 'y', unitId: 'c' },
        { internId: 'y', unitId: 'c' },
      ],
    };
    const issues = validateAllocationProblem(problem);
    expect(issues.length).toBeGreaterThan(0);
    const clean = withoutConflictingPins(problem, issues);
    expect(validateAllocationProblem(clean)).toEqual([]);
    expect(clean.units.map((u) => u.id)).toEqual(['c']);
    expect(clean.interns.map((i) => i.id)).toEqual(['z']);
    expect(allocateHousing(clean).placements).toEqual([{ internId: 'z', unitId: 'c', pinned: false }]);
  });
});
