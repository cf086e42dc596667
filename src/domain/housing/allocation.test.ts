import { describe, expect, it } from 'vitest';
import { bruteForceOptimum } from '../../../test/support/housing-references.ts';
import { allocateHousing, type AllocationProblem, type AllocationUnit, type GeoPoint } from './allocation.ts';
import { checkAllocation } from './check-allocation.ts';
import { haversineMetres } from './geo.ts';

const flat = (id: string, location: GeoPoint | null, capacity = 1, sameGenderOnly = false): AllocationUnit => ({ id, capacity, sameGenderOnly, location, occupants: [] });
const at = (latitude: number, longitude: number): GeoPoint => ({ latitude, longitude });
const unitsOf = (allocation: ReturnType<typeof allocateHousing>) => new Map(allocation.placements.map((p) => [p.internId, p.unitId]));

/** Allocates, checks the result with the independent checker, and compares its score with brute force when small. */
function allocate(problem: AllocationProblem) {
  const allocation = allocateHousing(problem);
  expect(checkAllocation(problem, allocation)).toEqual([]);
  return allocation;
}

describe('housing allocation: Hitachi, August 2025', () => {
  // Four host companies around Hitachi city, two interns each, and the partner's eight one-person
  // flats: two near each company, listed out of order.
  const companies = [
    { id: 'seiki-hitachi-station', location: at(36.5915, 140.6575) },
    { id: 'kogyo-omika', location: at(36.6175, 140.6553) },
    { id: 'denki-taga', location: at(36.5535, 140.6302) },
    { id: 'metal-suwa', location: at(36.5802, 140.6171) },
  ];
  const units = [
    flat('flat-taga-2', at(36.5561, 140.6334)),
    flat('flat-station-1', at(36.5893, 140.6601)),
    flat('flat-omika-1', at(36.6150, 140.6580)),
    flat('flat-suwa-1', at(36.5825, 140.6140)),
    flat('flat-station-2', at(36.5940, 140.6555)),
    flat('flat-taga-1', at(36.5510, 140.6280)),
    flat('flat-omika-2', at(36.6201, 140.6529)),
    flat('flat-suwa-2', at(36.5779, 140.6199)),
  ];
  const interns = companies.flatMap((c, k) => [
    { id: `intern-${2 * k}`, companyId: c.id, gender: (k % 2 === 0 ? 'female' : 'male') as 'female' | 'male' },
    { id: `intern-${2 * k + 1}`, companyId: c.id, gender: 'male' as const },
  ]);
  const problem: AllocationProblem = { units, interns, companies, pinned: [] };

  it('places every intern in one of the two flats nearest their company, and that is the optimum', () => {
    const allocation = allocate(problem);
    expect(allocation.unplaced).toEqual([]);
    expect(allocation.score.placed).toBe(8);
    const where = unitsOf(allocation);
    for (const company of companies) {
      const nearest = [...units].sort((a, b) => haversineMetres(company.location, a.location!) - haversineMetres(company.location, b.location!)).slice(0, 2);
      const theirs = interns.filter((x) => x.companyId === company.id).map((x) => where.get(x.id));
      expect(theirs.sort()).toEqual(nearest.map((u) => u.id).sort());
    }
    const optimum = bruteForceOptimum(problem);
    expect(allocation.score.unitsPerCompany).toBe(optimum.unitsPerCompany);
    expect(allocation.score.totalDistanceMetres).toBeCloseTo(optimum.totalDistanceMetres, 3);
  });

  it('keeps a flat the operator chose by hand, and re-optimises the rest around it', () => {
    const pinned = [{ internId: 'intern-0', unitId: 'flat-omika-1' }];
    const allocation = allocate({ ...problem, pinned });
    expect(allocation.placements).toContainEqual({ internId: 'intern-0', unitId: 'flat-omika-1', pinned: true });
    expect(allocation.placements.filter((p) => p.pinned)).toHaveLength(1);
    expect(allocation.score.placed).toBe(8);
    const optimum = bruteForceOptimum({ ...problem, pinned });
    expect(allocation.score.unitsPerCompany).toBe(optimum.unitsPerCompany);
    expect(allocation.score.totalDistanceMetres).toBeCloseTo(optimum.totalDistanceMetres, 3);
  });

  it('gives back the same allocation when everything it placed is pinned, and on every run', () => {
    const first = allocate(problem);
    expect(allocate(problem)).toEqual(first);
    const pinned = first.placements.map(({ internId, unitId }) => ({ internId, unitId }));
    const again = allocate({ ...problem, pinned });
    expect(again.placements).toEqual(first.placements.map((p) => ({ ...p, pinned: true })));
    expect(again.score).toEqual(first.score);
  });
});

describe('housing allocation: rules and reasons', () => {
  const company = { id: 'c', location: at(36.59, 140.65) };
  const women = ['w1', 'w2', 'w3'].map((id) => ({ id, companyId: 'c', gender: 'female' as const }));
  const man = { id: 'm1', companyId: 'c', gender: 'male' as const };
  // Same-gender two-person flats, nearest first in distance but not in input order.
  const near = flat('near', at(36.591, 140.65), 2, true);
  const middle = flat('middle', at(36.6, 140.65), 2, true);
  const far = flat('far', at(36.62, 140.65), 2, true);

  it('splits three women and a man of one company over three same-gender flats, two women sharing the nearest', () => {
    const problem: AllocationProblem = { units: [far, near, middle], interns: [...women, man], companies: [company], pinned: [] };
    const allocation = allocate(problem);
    expect(allocation.score).toMatchObject({ placed: 4, unitsPerCompany: 3 });
    const where = unitsOf(allocation);
    expect(women.filter((w) => where.get(w.id) === 'near')).toHaveLength(2);
    expect(where.get('m1')).not.toBe('near');
    expect(allocation.score.totalDistanceMetres).toBeCloseTo(bruteForceOptimum(problem).totalDistanceMetres, 3);
  });

  it('with two such flats places three, and says the rule keeps the fourth out of the bed left free', () => {
    const allocation = allocate({ units: [near, far], interns: [...women, man], companies: [company], pinned: [] });
    expect(allocation.score).toMatchObject({ placed: 3, unitsPerCompany: 2 });
    expect(allocation.unplaced).toEqual([{ internId: expect.any(String), reason: 'sameGenderRule' }]);
  });

  it('chooses which same-gender flats go to women and which to men so that everyone fits', () => {
    // Same-gender flats of 5, 4 and 3 beds; 7 women and 5 men. Only women in the 4 and the 3 and
    // men in the 5 places all twelve (the largest flat to the larger group leaves someone out).
    const interns = Array.from({ length: 12 }, (_, k) => ({ id: `s${k}`, companyId: 'c', gender: (k < 7 ? 'female' : 'male') as 'female' | 'male' }));
    const units = [flat('five', null, 5, true), flat('four', null, 4, true), flat('three', null, 3, true)];
    const allocation = allocate({ units, interns, companies: [company], pinned: [] });
    expect(allocation.unplaced).toEqual([]);
    expect(allocation.placements.filter((p) => p.unitId === 'five').map((p) => p.internId).sort()).toEqual(['s10', 's11', 's7', 's8', 's9']);
  });

  it('says noFreeBed when every bed is taken', () => {
    const allocation = allocate({ units: [flat('a', null), flat('b', null)], interns: [...women], companies: [company], pinned: [] });
    expect(allocation.score.placed).toBe(2);
    expect(allocation.unplaced).toEqual([{ internId: expect.stringMatching(/^w/), reason: 'noFreeBed' }]);
  });

  it('counts occupants in capacity and in the rule, and lets a person of unrecorded gender into a same-gender flat only alone', () => {
    const problem: AllocationProblem = {
      units: [
        { ...flat('with-a-man', null, 3, true), occupants: ['male'] },
        { ...flat('full', null, 1), occupants: ['female'] },
        flat('empty-same-gender', null, 2, true),
      ],
      interns: [
        { id: 'x', companyId: 'c', gender: null },
        { id: 'w', companyId: 'c', gender: 'female' },
        { id: 'm', companyId: 'c', gender: 'male' },
      ],
      companies: [company],
      pinned: [],
    };
    const allocation = allocate(problem);
    expect(allocation.score.placed).toBe(2);
    const where = unitsOf(allocation);
    expect(where.get('m')).toBe('with-a-man');
    // The empty same-gender flat takes either the woman or the person of unrecorded gender, not both.
    expect(where.has('w') !== where.has('x')).toBe(true);
    expect(allocation.unplaced[0]!.reason).toBe('sameGenderRule');
  });

  it('settles two companies wanting the same flat by the smaller total distance, not by input order', () => {
    // Flat X is 100 m from A and 200 m from B; flat Y is about 1 km from A and 5 km from B.
    const a = { id: 'A', location: at(36.59, 140.65) };
    const b = { id: 'B', location: at(36.59 + 0.0027, 140.65) };
    const x = flat('X', at(36.59 + 0.0009, 140.65));
    const y = flat('Y', at(36.59 - 0.009, 140.65));
    const problem: AllocationProblem = { units: [x, y], interns: [{ id: 'a1', companyId: 'A', gender: 'male' }, { id: 'b1', companyId: 'B', gender: 'male' }], companies: [a, b], pinned: [] };
    const allocation = allocate(problem);
    expect(unitsOf(allocation)).toEqual(new Map([['a1', 'Y'], ['b1', 'X']]));
    expect(allocation.score.totalDistanceMetres).toBeCloseTo(bruteForceOptimum(problem).totalDistanceMetres, 3);
  });

  it('keeps colleagues together when a shared flat has room for both', () => {
    const problem: AllocationProblem = {
      units: [flat('single-1', at(36.59, 140.65)), flat('pair', at(36.6, 140.65), 2), flat('single-2', at(36.59, 140.651))],
      interns: [{ id: 'p', companyId: 'c', gender: 'male' }, { id: 'q', companyId: 'c', gender: 'female' }],
      companies: [company],
      pinned: [],
    };
    const allocation = allocate(problem);
    expect(allocation.score.unitsPerCompany).toBe(1);
    expect(new Set(unitsOf(allocation).values())).toEqual(new Set(['pair']));
  });
});
