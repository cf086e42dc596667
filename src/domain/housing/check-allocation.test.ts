import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { housingProblem } from '../../../test/support/housing-references.ts';
import { allocateHousing, type Allocation, type AllocationProblem } from './allocation.ts';
import { checkAllocation } from './check-allocation.ts';

// A pinned woman alone in a one-bed flat, a same-gender two-bed flat, and a man and a person of
// unrecorded gender of another company to place.
const problem: AllocationProblem = {
  units: [
    { id: 'single', capacity: 1, sameGenderOnly: false, location: { latitude: 36.59, longitude: 140.65 }, occupants: [] },
    { id: 'pair', capacity: 2, sameGenderOnly: true, location: { latitude: 36.6, longitude: 140.65 }, occupants: [] },
  ],
  interns: [
    { id: 'w', companyId: 'c1', gender: 'female' },
    { id: 'm', companyId: 'c2', gender: 'male' },
    { id: 'x', companyId: 'c2', gender: null },
  ],
  companies: [
    { id: 'c1', location: { latitude: 36.59, longitude: 140.65 } },
    { id: 'c2', location: null },
  ],
  pinned: [{ internId: 'w', unitId: 'single' }],
};

/** A valid allocation: w pinned, m in the pair, x out because the pair holds a man. */
const good: Allocation = {
  placements: [
    { internId: 'w', unitId: 'single', pinned: true },
    { internId: 'm', unitId: 'pair', pinned: false },
  ],
  unplaced: [{ internId: 'x', reason: 'sameGenderRule' }],
  score: { placed: 2, unitsPerCompany: 2, totalDistanceMetres: 0 },
};

const check = (changes: Partial<Allocation>) => checkAllocation(problem, { ...good, ...changes }).map((v) => [v.code, v.internId ?? '', v.unitId ?? ''].join(':'));

describe('the housing allocation checker', () => {
  it('accepts a valid allocation', () => {
    expect(check({})).toEqual([]);
  });

  it('names an unknown intern, an unknown unit and an intern placed twice', () => {
    expect(check({ unplaced: [...good.unplaced, { internId: 'ghost', reason: 'noFreeBed' }] })).toEqual(['unknownIntern:ghost:']);
    expect(check({ placements: [good.placements[0]!, { internId: 'm', unitId: 'attic', pinned: false }], score: { ...good.score, placed: 1, unitsPerCompany: 1 } })).toEqual([
      'unknownUnit:m:attic',
      'couldBePlaced:x:pair',
    ]);
    expect(check({ unplaced: [...good.unplaced, { internId: 'm', reason: 'noFreeBed' }] })).toEqual(['placedTwice:m:']);
  });

  it('names a unit over capacity and a unit that breaks the same-gender rule', () => {
    const crowded = [...good.placements, { internId: 'x', unitId: 'single', pinned: false }];
    expect(check({ placements: crowded, unplaced: [], score: { placed: 3, unitsPerCompany: 3, totalDistanceMetres: 0 } })).toEqual(['overCapacity::single']);
    const mixed = [...good.placements, { internId: 'x', unitId: 'pair', pinned: false }];
    expect(check({ placements: mixed, unplaced: [], score: { placed: 3, unitsPerCompany: 2, totalDistanceMetres: 0 } })).toEqual(['sameGenderRule::pair']);
  });

  it('names a pin moved, and a placement that claims a pin it does not have', () => {
    const moved: Allocation['placements'] = [
      { internId: 'w', unitId: 'pair', pinned: true },
      { internId: 'm', unitId: 'single', pinned: true },
    ];
    const score = { placed: 2, unitsPerCompany: 2, totalDistanceMetres: 1112 };
    expect(check({ placements: moved, score }).filter((v) => !v.startsWith('scoreMismatch'))).toEqual(['pinMoved:w:single', 'pinMoved:m:']);
  });

  it('names an intern left out of both lists', () => {
    expect(check({ unplaced: [] })).toEqual(['missingIntern:x:']);
  });

  it('names an unplaced intern who fits a free bed, and a wrong reason', () => {
    expect(check({ placements: [good.placements[0]!], unplaced: [{ internId: 'm', reason: 'noFreeBed' }, { internId: 'x', reason: 'noFreeBed' }], score: { placed: 1, unitsPerCompany: 1, totalDistanceMetres: 0 } })).toEqual([
      'couldBePlaced:m:pair',
      'couldBePlaced:x:pair',
    ]);
    expect(check({ unplaced: [{ internId: 'x', reason: 'noFreeBed' }] })).toEqual(['wrongReason:x:']);
  });

  it('names a score that the placements do not give', () => {
    expect(check({ score: { ...good.score, unitsPerCompany: 1 } })).toEqual(['scoreMismatch::']);
    expect(check({ score: { ...good.score, totalDistanceMetres: 5 } })).toEqual(['scoreMismatch::']);
  });

  it('finds a broken rule in allocations changed at random, and only then', () => {
    // Move one intern of a valid allocation to a random unit (or out): the checker flags capacity
    // or the rule exactly when the new unit cannot take them as things stand.
    fc.assert(
      fc.property(housingProblem(), fc.nat(), fc.nat(), (p, who, where) => {
        const allocation = allocateHousing(p);
        const movable = allocation.placements.filter((x) => !x.pinned);
        if (movable.length === 0 || p.units.length === 0) return;
        const moving = movable[who % movable.length]!;
        const target = p.units[where % p.units.length]!;
        const others = allocation.placements.filter((x) => x !== moving && x.unitId === target.id).map((x) => p.interns.find((i) => i.id === x.internId)!.gender);
        const here = [...target.occupants, ...others, p.interns.find((i) => i.id === moving.internId)!.gender];
        const breaks = here.length > target.capacity || (target.sameGenderOnly && here.length > 1 && !here.every((g) => g !== null && g === here[0]));
        const changed = { ...allocation, placements: allocation.placements.map((x) => (x === moving ? { ...x, unitId: target.id } : x)) };
        const codes = checkAllocation(p, changed).map((v) => v.code);
        expect(codes.includes('overCapacity') || codes.includes('sameGenderRule')).toBe(breaks && moving.unitId !== target.id);
      }),
      { numRuns: 500 },
    );
  });
});
