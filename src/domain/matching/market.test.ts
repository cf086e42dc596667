import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallMarket } from '../../../test/support/matching-references.ts';
import { buildMarket } from './market.ts';

describe('the indexed market', () => {
  it('gives every student-list entry the company’s rank of that student, or −1 (checked against maps)', () => {
    fc.assert(
      fc.property(smallMarket(false, { students: 30, companies: 8, seats: 3 }), (instance) => {
        const { market } = buildMarket(instance);
        let j = 0;
        for (const s of instance.students) {
          for (const c of s.ranking) {
            const company = instance.companies.find((x) => x.id === c)!;
            expect(market!.companyRank[j++]).toBe(company.ranking.indexOf(s.id));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists every problem with its path: unknown and duplicate ids and entries, capacities, the cap and its sharing', () => {
    const { problems } = buildMarket({
      students: [
        { id: 's1', ranking: ['c1', 'c9', 'c1'] },
        { id: 's1', ranking: [] },
      ],
      companies: [
        { id: 'c1', capacity: -1, ranking: ['s1', 's7'] },
        { id: 'c2', capacity: 1, ranking: [] },
      ],
      totalCap: 1,
      capSharing: { order: ['c2', 'c3'], targets: { c2: 2 } },
    });
    expect(problems!.map((p) => `${p.code} ${p.path} ${JSON.stringify(p.value)}`)).toEqual([
      'matching.duplicateId students[1].id "s1"',
      'matching.capacityInvalid companies[0].capacity -1',
      'matching.unknownCompany students[0].ranking[1] "c9"',
      'matching.duplicateEntry students[0].ranking[2] "c1"',
      'matching.unknownStudent companies[0].ranking[1] "s7"',
      'matching.orderInvalid capSharing.order[1] "c3"',
      'matching.targetInvalid capSharing.targets.c2 2',
    ]);
  });

  it('asks for the whole round-robin order and targets within the cap', () => {
    const companies = [
      { id: 'a', capacity: 3, ranking: [] },
      { id: 'b', capacity: 3, ranking: [] },
    ];
    const codes = (capSharing: { order: string[]; targets?: Record<string, number> }, totalCap = 4) => buildMarket({ students: [], companies, totalCap, capSharing }).problems?.map((p) => `${p.code} ${p.path}`);
    expect(codes({ order: ['a'] })).toEqual(['matching.orderInvalid capSharing.order']);
    expect(codes({ order: ['a', 'b'], targets: { a: 3, b: 2 } })).toEqual(['matching.targetsExceedCap capSharing.targets']);
    expect(codes({ order: ['b', 'a'], targets: { a: 3 } }, -1)).toEqual(['matching.totalCapInvalid totalCap', 'matching.targetsExceedCap capSharing.targets']);
    expect(codes({ order: ['b', 'a'], targets: { a: 2, b: 2 } })).toBeUndefined();
  });
});
