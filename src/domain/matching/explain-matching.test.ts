import { describe, expect, it } from 'vitest';
import { deferredAcceptance } from './deferred-acceptance.ts';
import { explainMatching } from './explain-matching.ts';
import { buildMarket } from './market.ts';
import type { MatchingInstance } from './matching-instance.ts';

describe('explanations', () => {
  const instance: MatchingInstance = {
    students: [
      { id: 'a', ranking: ['X', 'Y', 'Z'] },
      { id: 'b', ranking: ['X', 'Y'] },
      { id: 'c', ranking: ['Z', 'X'] },
    ],
    companies: [
      { id: 'X', capacity: 1, ranking: ['b', 'a'] },
      { id: 'Y', capacity: 1, ranking: ['b'] },
      { id: 'Z', capacity: 2, ranking: ['a', 'c'] },
    ],
  };

  it('says why each student did not get a higher choice, and where each company’s list was cut', () => {
    const market = buildMarket(instance).market!;
    const { students, companies } = explainMatching(market, deferredAcceptance(market).companyOf);
    expect(students[0]).toEqual({
      choice: 2,
      higher: [
        { company: 0, reason: 'filledWithHigherRanked' },
        { company: 1, reason: 'companyDidNotRankYou' },
      ],
    });
    expect(students[1]).toEqual({ choice: 0, higher: [] });
    expect(companies).toEqual([
      { filled: 1, capacity: 1, cutoffRank: 0, unfilledReason: null },
      { filled: 0, capacity: 1, cutoffRank: -1, unfilledReason: 'noMoreApplicants' },
      { filled: 2, capacity: 2, cutoffRank: 1, unfilledReason: null },
    ]);
  });

  it('names the cap when a company had a seat, and a change by hand when no rule explains it', () => {
    const capped = buildMarket({ ...instance, totalCap: 2, capSharing: { order: ['Z', 'X', 'Y'] } }).market!;
    const result = deferredAcceptance(capped);
    expect(result.matchedCount).toBe(2);
    const { students, companies } = explainMatching(capped, result.companyOf);
    // Z's second seat went to the cap: c ranked Z first and is left out; b takes X.
    expect(students[2]).toEqual({ choice: -1, higher: [{ company: 2, reason: 'programCapReached' }, { company: 0, reason: 'companyDidNotRankYou' }] });
    expect(companies[2]).toMatchObject({ filled: 1, unfilledReason: 'programCapReached' });
    const byHand = explainMatching(capped, Int32Array.from([0, -1, 2]));
    expect(byHand.students[1]!.higher[0]).toEqual({ company: 0, reason: 'manualOverride' });
    const emptied = explainMatching(buildMarket(instance).market!, Int32Array.from([-1, -1, 2]));
    expect(emptied.companies[0]!.unfilledReason).toBe('manualOverride');
  });
});
