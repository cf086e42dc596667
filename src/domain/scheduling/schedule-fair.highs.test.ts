// The scheduler against an exact integer program solved by HiGHS, on small generated fairs with
// unavailability and interpreter limits (where edge colouring alone is not enough): the same
// number of interviews placed and the same makespan, every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairArbitrary } from '../../../test/support/fair-arbitraries.ts';
import { solveFairByIlp } from '../../../test/support/fair-ilp.ts';
import { checkFairSchedule } from './check-schedule.ts';
import type { FairInstance } from './fair-instance.ts';
import { scheduleFair } from './schedule-fair.ts';

const withoutPins = (fair: FairInstance): FairInstance => ({ ...fair, interviews: fair.interviews.map(({ pinned: _pinned, ...rest }) => rest) });
const small = fairArbitrary({ min: { slots: 3, students: 3, companies: 2 }, maxSlots: 8, maxStudents: 7, maxCompanies: 4, maxRooms: 2, limits: true }).map(withoutPins);

// Found by the property below in CI: the students' bound alone ran out of nodes on it.
const HARD_TO_PROVE: FairInstance = {
  slots: 8,
  interpreters: [1, 0, 1, 0, 1, 0, 1, 1],
  companies: [
    { id: 'c0', rooms: 1, unavailable: [0, 1, 2, 3, 4, 6, 7] },
    { id: 'c1', rooms: 1, unavailable: [1, 2, 3, 5] },
    { id: 'c2', rooms: 2, unavailable: [0, 1, 3, 5] },
    { id: 'c3', rooms: 1, unavailable: [3, 5] },
  ],
  students: [[1, 2, 3, 5], [1, 2, 3, 5, 6, 7], [0, 1, 3, 4, 5], [1, 3, 4], [0, 3, 5, 7], [0, 1, 3, 4], [1, 2, 3, 7]].map((unavailable, i) => ({ id: `s${i}`, unavailable })),
  interviews: (
    [
      [0, 1], [0, 2, 1], [0, 3, 1], [1, 0], [1, 2, 1], [1, 3, 1], [2, 3, 1], [3, 0], [3, 1, 1], [3, 2, 1], [4, 1],
      [4, 2, 1], [4, 3], [5, 0], [5, 1, 1], [5, 2, 1], [5, 3, 1], [6, 0], [6, 1, 1], [6, 2, 1], [6, 3],
    ] as const
  ).map(([s, c, interpreter]) => ({ student: `s${s}`, company: `c${c}`, ...(interpreter ? { interpreter: true } : {}) })),
};

describe('scheduleFair against HiGHS', () => {
  it('proves the optimum on a fair that once exhausted its node budget', async () => {
    const schedule = scheduleFair(HARD_TO_PROVE);
    expect(checkFairSchedule(HARD_TO_PROVE, schedule)).toEqual([]);
    expect({ placed: schedule.scheduled.length, makespan: schedule.makespan }).toEqual(await solveFairByIlp(HARD_TO_PROVE));
    expect(schedule.optimality).toBe('proved');
  });

  it('places as many interviews in as few slots as the integer program, and says it proved it', async () => {
    await fc.assert(
      fc.asyncProperty(small, async (fair) => {
        const schedule = scheduleFair(fair);
        expect(checkFairSchedule(fair, schedule)).toEqual([]);
        const optimum = await solveFairByIlp(fair);
        expect({ placed: schedule.scheduled.length, makespan: schedule.makespan }).toEqual(optimum);
        expect(schedule.optimality).toBe('proved');
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
