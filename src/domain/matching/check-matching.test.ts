import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatchings, isWeaklyStable, smallMarket, type IdMatching } from '../../../test/support/matching-references.ts';
import { checkMatching } from './check-matching.ts';
import { buildMarket } from './market.ts';
import type { MatchingInstance } from './matching-instance.ts';

function companyOf(instance: MatchingInstance, matching: IdMatching): Int32Array {
  const index = new Map(instance.companies.map((c, i) => [c.id, i]));
  return Int32Array.from(instance.students, (s) => (matching.has(s.id) ? index.get(matching.get(s.id)!)! : -1));
}

describe('the matching checker', () => {
  it('accepts exactly the matchings that are (weakly) stable by the definition, on every matching of thousands of small markets', () => {
    fc.assert(
      fc.property(fc.boolean().chain((cap) => smallMarket(cap)), (instance) => {
        const { market } = buildMarket(instance);
        for (const matching of allMatchings(instance)) {
          expect(checkMatching(market!, companyOf(instance, matching)).length === 0).toBe(isWeaklyStable(instance, matching));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('names the rule broken: a pair not on both lists, a company over capacity, the cap, justified envy, a wasted seat', () => {
    const instance: MatchingInstance = {
      students: [
        { id: 'a', ranking: ['X', 'Y'] },
        { id: 'b', ranking: ['X'] },
        { id: 'c', ranking: ['Y'] },
      ],
      companies: [
        { id: 'X', capacity: 1, ranking: ['a', 'b'] },
        { id: 'Y', capacity: 2, ranking: ['a'] },
      ],
      totalCap: 2,
      capSharing: { order: ['X', 'Y'] },
    };
    const { market } = buildMarket(instance);
    const codes = (m: [string, string][]) => checkMatching(market!, companyOf(instance, new Map(m))).map((v) => `${v.code}:${v.student ?? ''}:${v.company}`);
    expect(codes([['c', 'Y']])).toEqual(['notAcceptable:2:1', 'wastedSeat:0:0', 'wastedSeat:0:1', 'wastedSeat:1:0']);
    expect(codes([['a', 'X'], ['b', 'X']])).toEqual(['overCapacity::0']);
    expect(codes([['b', 'X'], ['a', 'Y']])).toEqual(['justifiedEnvy:0:0']);
    expect(codes([['a', 'Y']])).toEqual(['wastedSeat:0:0', 'wastedSeat:1:0']);
    expect(codes([['a', 'X']])).toEqual([]);
    const noCap = buildMarket({ ...instance, totalCap: 1 }).market!;
    expect(checkMatching(noCap, companyOf(instance, new Map([['a', 'X'], ['c', 'Y']]))).map((v) => v.code)).toEqual(['notAcceptable', 'overTotalCap']);
  });
});
