import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatchings, flexibleDeferredAcceptanceInRounds, isWeaklyStable, smallMarket, type IdMatching } from '../../../test/support/matching-references.ts';
import { checkMatching } from './check-matching.ts';
import { deferredAcceptance } from './deferred-acceptance.ts';
import { buildMarket } from './market.ts';
import type { MatchingInstance } from './matching-instance.ts';

function run(instance: MatchingInstance): IdMatching {
  const { market } = buildMarket(instance);
  const { companyOf } = deferredAcceptance(market!);
  const out: IdMatching = new Map();
  companyOf.forEach((c, s) => c !== -1 && out.set(instance.students[s]!.id, instance.companies[c]!.id));
  return out;
}

const sorted = (m: IdMatching) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

describe('deferred acceptance', () => {
  it('gives the student-optimal matching of a textbook example', () => {
    // Each company prefers the student who prefers the other company: a is turned away by X for c,
    // takes Y from b, and b takes X from c, who has nowhere else to go.
    const instance: MatchingInstance = {
      students: [
        { id: 'a', ranking: ['X', 'Y'] },
        { id: 'b', ranking: ['Y', 'X'] },
        { id: 'c', ranking: ['X'] },
      ],
      companies: [
        { id: 'X', capacity: 1, ranking: ['b', 'c', 'a'] },
        { id: 'Y', capacity: 1, ranking: ['a', 'b'] },
      ],
    };
    expect(sorted(run(instance))).toEqual([
      ['a', 'Y'],
      ['b', 'X'],
    ]);
  });

  it('matches only pairs on both lists', () => {
    const instance: MatchingInstance = {
      students: [{ id: 'a', ranking: ['X'] }, { id: 'b', ranking: [] }],
      companies: [{ id: 'X', capacity: 2, ranking: ['b'] }],
    };
    expect(run(instance).size).toBe(0);
  });

  it('is the student-optimal stable matching, found by brute force, on thousands of small markets', () => {
    fc.assert(
      fc.property(smallMarket(false), (instance) => {
        const result = run(instance);
        const stable = [...allMatchings(instance)].filter((m) => isWeaklyStable(instance, m));
        expect(stable.some((m) => sorted(m).join() === sorted(result).join())).toBe(true);
        // Student-optimal: no stable matching gives any student a company they rank higher.
        for (const s of instance.students) {
          const rank = (c: string | undefined) => (c === undefined ? Infinity : s.ranking.indexOf(c));
          for (const m of stable) expect(rank(result.get(s.id))).toBeLessThanOrEqual(rank(m.get(s.id)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('under a cap, is weakly stable and the same as the flexible deferred acceptance run in rounds', () => {
    fc.assert(
      fc.property(smallMarket(true, { students: 14, companies: 6, seats: 4 }), (instance) => {
        const result = run(instance);
        expect(isWeaklyStable(instance, result)).toBe(true);
        expect(sorted(result)).toEqual(sorted(flexibleDeferredAcceptanceInRounds(instance)));
      }),
      { numRuns: 3000 },
    );
  });

  it('does not depend on the order in which the students are listed', () => {
    fc.assert(
      fc.property(
        smallMarket(true).chain((instance) => fc.shuffledSubarray([...instance.students], { minLength: instance.students.length }).map((students) => [instance, { ...instance, students }] as const)),
        ([instance, shuffled]) => {
          expect(sorted(run(shuffled))).toEqual(sorted(run(instance)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('under a cap, takes seats back latest round first, then latest turn, as the seats are asked for', () => {
    // B fills two seats and A two; then T's three target seats each take one back: B's second
    // (round 2, turn 1), A's second (round 2, turn 0), then B's first (round 1, turn 1).
    const only = (id: string, company: string) => ({ id, ranking: [company] });
    const students = [only('b1', 'B'), only('b2', 'B'), only('a1', 'A'), only('a2', 'A'), only('t1', 'T'), only('t2', 'T'), only('t3', 'T')];
    const ranking = students.map((s) => s.id);
    const instance: MatchingInstance = {
      students,
      companies: [
        { id: 'A', capacity: 2, ranking },
        { id: 'B', capacity: 2, ranking },
        { id: 'T', capacity: 3, ranking },
      ],
      totalCap: 4,
      capSharing: { order: ['A', 'B', 'T'], targets: { T: 3 } },
    };
    expect(sorted(run(instance))).toEqual([
      ['a1', 'A'],
      ['t1', 'T'],
      ['t2', 'T'],
      ['t3', 'T'],
    ]);
    expect(sorted(flexibleDeferredAcceptanceInRounds(instance))).toEqual(sorted(run(instance)));
  });

  it('promises no more than weak stability: here every matching under the cap has justified envy or a student who could move to an empty seat', () => {
    const instance: MatchingInstance = {
      students: [
        { id: 's0', ranking: ['c0', 'c1'] },
        { id: 's1', ranking: ['c1', 'c0'] },
        { id: 's2', ranking: ['c1'] },
      ],
      companies: [
        { id: 'c0', capacity: 1, ranking: ['s1', 's2', 's0'] },
        { id: 'c1', capacity: 1, ranking: ['s0', 's1', 's2'] },
      ],
      totalCap: 1,
      capSharing: { order: ['c0', 'c1'] },
    };
    const couldMove = (m: IdMatching) =>
      [...m].some(([s, mine]) => {
        const ranking = instance.students.find((x) => x.id === s)!.ranking;
        return ranking.slice(0, ranking.indexOf(mine)).some((c) => ![...m.values()].includes(c) && instance.companies.find((x) => x.id === c)!.ranking.includes(s));
      });
    const matchings = [...allMatchings(instance)];
    expect(matchings.filter((m) => isWeaklyStable(instance, m) && !couldMove(m))).toEqual([]);
    expect(isWeaklyStable(instance, run(instance))).toBe(true);
  });

  it('keeps the cap: 20 students, 5 companies of 2 seats and 8 flats give 8 interns', () => {
    const students = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, ranking: ['A', 'B', 'C', 'D', 'E'].slice(i % 5).concat(['A', 'B', 'C', 'D', 'E'].slice(0, i % 5)) }));
    const companies = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, capacity: 2, ranking: students.map((s) => s.id) }));
    const instance: MatchingInstance = { students, companies, totalCap: 8, capSharing: { order: ['A', 'B', 'C', 'D', 'E'] } };
    const { market } = buildMarket(instance);
    const { companyOf, matchedCount } = deferredAcceptance(market!);
    expect(matchedCount).toBe(8);
    expect(checkMatching(market!, companyOf)).toEqual([]);
    // Round-robin from A: every company gets one seat in the first round, A, B and C a second in the next.
    const load = new Map<string, number>();
    for (const c of run(instance).values()) load.set(c, (load.get(c) ?? 0) + 1);
    expect(Object.fromEntries(load)).toEqual({ A: 2, B: 2, C: 2, D: 1, E: 1 });
  });
});
