import { describe, expect, it } from 'vitest';
import { allocateHousing, AllocationInputError, validateAllocationProblem, type AllocationProblem } from './allocation.ts';

const valid: AllocationProblem = {
  units: [
    { id: 'u1', capacity: 2, sameGenderOnly: true, location: { latitude: 36.59, longitude: 140.65 }, occupants: ['female'] },
    { id: 'u2', capacity: 1, sameGenderOnly: false, location: null, occupants: [] },
  ],
  interns: [
    { id: 'a', companyId: 'c', gender: 'female' },
    { id: 'b', companyId: 'c', gender: 'male' },
  ],
  companies: [{ id: 'c', location: null }],
  pinned: [{ internId: 'a', unitId: 'u1' }],
};

const issues = (problem: AllocationProblem) => validateAllocationProblem(problem).map((p) => `${p.code} ${p.path}`);

describe('validation of a housing problem', () => {
  it('finds nothing in a valid problem', () => {
    expect(validateAllocationProblem(valid)).toEqual([]);
  });

  it('names duplicate ids, bad capacities, genders and locations, and unknown companies by their path', () => {
    const problem: AllocationProblem = {
      units: [
        { ...valid.units[0]!, capacity: 0, location: { latitude: 91, longitude: 0 }, occupants: [] },
        { ...valid.units[1]!, id: 'u1', capacity: 1.5 },
      ],
      interns: [
        { id: 'a', companyId: 'nobody', gender: 'female' },
        { id: 'a', companyId: 'c', gender: 'other' as never },
      ],
      companies: [
        { id: 'c', location: { latitude: 0, longitude: Number.NaN } },
        { id: 'c', location: null },
      ],
      pinned: [],
    };
    expect(issues(problem)).toEqual([
      'housing.duplicateId units[1].id',
      'housing.duplicateId interns[1].id',
      'housing.duplicateId companies[1].id',
      'housing.capacityInvalid units[0].capacity',
      'housing.locationInvalid units[0].location',
      'housing.capacityInvalid units[1].capacity',
      'housing.locationInvalid companies[0].location',
      'housing.unknownCompany interns[0].companyId',
      'housing.genderInvalid interns[1].gender',
    ]);
  });

  it('refuses occupants that already overfill a unit or break its rule', () => {
    const problem: AllocationProblem = {
      ...valid,
      units: [
        { ...valid.units[0]!, occupants: ['female', 'male'] },
        { ...valid.units[1]!, occupants: [null, null] },
      ],
      pinned: [],
    };
    expect(issues(problem)).toEqual(['housing.sameGenderRule units[0].occupants', 'housing.overCapacity units[1].occupants']);
  });

  it('refuses pins of unknown interns or units, an intern pinned twice, and a pin that overfills a unit or breaks its rule', () => {
    const pinned = [
      { internId: 'ghost', unitId: 'u1' },
      { internId: 'a', unitId: 'nowhere' },
      { internId: 'b', unitId: 'u1' }, // a man with a woman in a same-gender unit
      { internId: 'a', unitId: 'u2' },
      { internId: 'a', unitId: 'u2' },
    ];
    expect(issues({ ...valid, pinned })).toEqual([
      'housing.unknownIntern pinned[0].internId',
      'housing.unknownUnit pinned[1].unitId',
      'housing.sameGenderRule pinned[2]',
      'housing.duplicatePin pinned[4].internId',
    ]);
    const crowded = { ...valid, pinned: [{ internId: 'a', unitId: 'u2' }, { internId: 'b', unitId: 'u2' }] };
    expect(issues(crowded)).toEqual(['housing.overCapacity pinned[1]']);
  });

  it('makes allocateHousing throw an error that carries the issues', () => {
    const problem = { ...valid, pinned: [{ internId: 'b', unitId: 'u1' }] };
    expect(() => allocateHousing(problem)).toThrow(AllocationInputError);
    try {
      allocateHousing(problem);
    } catch (error) {
      expect((error as AllocationInputError).issues).toEqual([{ code: 'housing.sameGenderRule', path: 'pinned[0]', value: 'u1' }]);
    }
  });
});
