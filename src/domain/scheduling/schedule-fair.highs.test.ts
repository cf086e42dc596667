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

describe('scheduleFair against HiGHS', () => {
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
