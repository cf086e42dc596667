// The checker must catch each broken rule: schedules are broken by hand, one rule at a time.
import { describe, expect, it } from 'vitest';
import { checkFairSchedule } from './check-schedule.ts';
import type { FairInstance } from './fair-instance.ts';
import type { FairSchedule } from './fair-schedule.ts';

const fair: FairInstance = {
  slots: 4,
  interpreters: 1,
  companies: [
    { id: 'A', rooms: 1, unavailable: [3] },
    { id: 'B', rooms: 2 },
  ],
  students: [{ id: 's1', unavailable: [2] }, { id: 's2' }, { id: 's3' }],
  interviews: [
    { student: 's1', company: 'A', interpreter: true },
    { student: 's1', company: 'B' },
    { student: 's2', company: 'A' },
    { student: 's3', company: 'B', interpreter: true, pinned: { slot: 1, room: 1 } },
  ],
};

const valid: FairSchedule = {
  scheduled: [
    { interview: 0, slot: 0, room: 0 },
    { interview: 1, slot: 1, room: 0 },
    { interview: 2, slot: 1, room: 0 },
    { interview: 3, slot: 1, room: 1 },
  ],
  unscheduled: [],
  makespan: 2,
  lowerBound: 2,
  idleGaps: 0,
  optimality: 'proved',
  method: 'search',
};

const codes = (schedule: FairSchedule) => checkFairSchedule(fair, schedule).map((v) => v.code);
const moved = (interview: number, slot: number, room = 0): FairSchedule => ({
  ...valid,
  scheduled: valid.scheduled.map((s) => (s.interview === interview ? { interview, slot, room } : s)),
});

describe('checkFairSchedule', () => {
  it('accepts a valid schedule', () => {
    expect(codes(valid)).toEqual([]);
  });

  it('finds each broken rule', () => {
    expect(codes({ ...valid, scheduled: valid.scheduled.slice(1) })).toContain('interviewMissing');
    expect(codes({ ...valid, unscheduled: [{ interview: 0, reason: 'capacityConflict' }] })).toContain('interviewTwice');
    expect(codes({ ...moved(2, 4), makespan: 5 })).toContain('slotOutOfRange');
    expect(codes(moved(1, 1, 2))).toContain('roomOutOfRange');
    expect(codes({ ...moved(1, 2), idleGaps: 1, makespan: 3 })).toContain('studentUnavailable');
    expect(codes({ ...moved(2, 3), makespan: 4 })).toContain('companyUnavailable');
    expect(codes(moved(1, 0, 1))).toContain('studentDoubleBooked');
    expect(codes(moved(2, 0))).toContain('roomDoubleBooked');
    expect(codes(moved(0, 1))).toEqual(expect.arrayContaining(['interpretersExceeded', 'studentDoubleBooked']));
    expect(codes(moved(3, 2, 1))).toContain('pinMoved');
    expect(codes({ ...valid, makespan: 3 })).toContain('wrongMakespan');
    expect(codes({ ...valid, idleGaps: 1 })).toContain('wrongIdleGaps');
    expect(codes({ ...valid, lowerBound: 3 })).toContain('belowLowerBound');
  });

  it('refuses an interview left out where it fits, or left out for the wrong reason', () => {
    const leftOut: FairSchedule = { ...valid, scheduled: valid.scheduled.filter((s) => s.interview !== 2), unscheduled: [{ interview: 2, reason: 'companyFullyBooked' }] };
    expect(codes(leftOut)).toEqual(expect.arrayContaining(['couldBePlaced', 'wrongReason']));
  });
});
