import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceOptimum, hitachiLikeProblem, housingProblem, largeProblem, maxPlacedByRoles, SMALL, type Score } from '../../../test/support/housing-references.ts';
import type { AllocationProblem } from './allocation.ts';
import { allocateHousing } from './allocation.ts';
import { checkAllocation } from './check-allocation.ts';

const MEDIUM = { interns: 30, units: 6, companies: 8, capacity: 4, occupants: true, pins: true, minInterns: 8, minUnits: 3 };
const LARGER = { interns: 60, units: 25, companies: 20, capacity: 4, occupants: true, pins: true, minInterns: 20, minUnits: 8 };

describe('housing allocation: properties', () => {
  it('passes the independent checker on every random problem, small and larger', () => {
    for (const size of [SMALL, MEDIUM, LARGER]) {
      fc.assert(
        fc.property(housingProblem(size), (problem) => {
          expect(checkAllocation(problem, allocateHousing(problem))).toEqual([]);
        }),
        { numRuns: size === LARGER ? 150 : 600 },
      );
    }
  }, 30_000);

  it('places exactly as many interns as brute force can, on every small problem (≤ 7 interns, ≤ 5 units)', () => {
    fc.assert(
      fc.property(housingProblem(SMALL), (problem) => {
        expect(allocateHousing(problem).score.placed).toBe(bruteForceOptimum(problem).placed);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('places exactly as many as the best roles of the empty same-gender units allow, on problems too large for brute force', () => {
    fc.assert(
      fc.property(housingProblem(MEDIUM), (problem) => {
        expect(allocateHousing(problem).score.placed).toBe(maxPlacedByRoles(problem));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('is deterministic', () => {
    fc.assert(
      fc.property(housingProblem(LARGER), (problem) => {
        expect(allocateHousing(problem)).toEqual(allocateHousing(structuredClone(problem)));
      }),
      { numRuns: 50 },
    );
  });

  it('reaches the lexicographic optimum (placed, units per company, distance) on most problems, never more than one unit off', () => {
    // A measurement as much as a test (the larger runs are in docs/algorithms.md, issue 7): the
    // local search for the second and third criteria is a heuristic; the first is exact.
    const small = measure(fc.sample(housingProblem(SMALL), { seed: 7, numRuns: 2000 }));
    expect(small.optimal).toBeGreaterThanOrEqual(0.99);
    expect(small.worstUnits).toBeLessThanOrEqual(1);
    const hitachi = measure(fc.sample(hitachiLikeProblem(), { seed: 5, numRuns: 400 }));
    expect(hitachi.optimal).toBeGreaterThanOrEqual(0.94);
    expect(hitachi.worstUnits).toBeLessThanOrEqual(1);
  }, 60_000);

  it('allocates 500 interns to 300 flats (a sanity run; the time is noted in the docs, not asserted)', () => {
    const problem = largeProblem(500, 300, 1);
    const allocation = allocateHousing(problem);
    expect(checkAllocation(problem, allocation)).toEqual([]);
    expect(allocation.score.placed).toBe(500);
  }, 30_000);
});

/** The share of problems where the allocation scores as brute force does (1 mm of slack), and the worst excess of units per company. */
function measure(problems: AllocationProblem[]): { optimal: number; worstUnits: number } {
  let optimal = 0;
  let worstUnits = 0;
  for (const problem of problems) {
    const { score } = allocateHousing(problem);
    const best: Score = bruteForceOptimum(problem);
    expect(score.placed).toBe(best.placed);
    expect(score.unitsPerCompany).toBeGreaterThanOrEqual(best.unitsPerCompany);
    worstUnits = Math.max(worstUnits, score.unitsPerCompany - best.unitsPerCompany);
    if (score.unitsPerCompany === best.unitsPerCompany && score.totalDistanceMetres <= best.totalDistanceMetres + 1e-3) optimal++;
  }
  return { optimal: optimal / problems.length, worstUnits };
}
