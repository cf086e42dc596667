import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairArbitrary, konigOptimum } from '../../../test/support/fair-arbitraries.ts';
import { checkFairSchedule } from './check-schedule.ts';
import type { FairInstance } from './fair-instance.ts';
import { scheduleFair } from './schedule-fair.ts';

const noLimits = fairArbitrary({ maxSlots: 14, maxStudents: 9, maxCompanies: 5, maxRooms: 3, limits: false });
const withLimits = fairArbitrary({ maxSlots: 10, maxStudents: 7, maxCompanies: 4, maxRooms: 2, limits: true });

describe('scheduleFair without unavailability or interpreter limits', () => {
  it('places every interview in exactly the König bound of slots when that many slots exist, and keeps every rule', () => {
    fc.assert(
      fc.property(noLimits, (fair) => {
        const schedule = scheduleFair(fair);
        expect(checkFairSchedule(fair, schedule)).toEqual([]);
        const optimum = konigOptimum(fair);
        expect(schedule.method).toBe('edgeColoring');
        expect(schedule.optimality).toBe('proved');
        if (optimum <= fair.slots) {
          expect(schedule.unscheduled).toEqual([]);
          expect(schedule.makespan).toBe(optimum);
        } else {
          // Fewer slots than needed: everyone who is left out has a full student or company.
          expect(schedule.makespan).toBeLessThanOrEqual(fair.slots);
          for (const u of schedule.unscheduled) expect(['studentFullyBooked', 'companyFullyBooked']).toContain(u.reason);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('schedules the Hitachi FY2024 fair (4 companies, 44 interviews) in 11 slots of one room each', () => {
    const fair: FairInstance = {
      slots: 16,
      companies: ['A', 'B', 'C', 'D'].map((id) => ({ id, rooms: 1 })),
      students: Array.from({ length: 44 }, (_, i) => ({ id: `s${i}` })),
      interviews: Array.from({ length: 44 }, (_, i) => ({ student: `s${i}`, company: 'ABCD'[i % 4]! })),
    };
    const schedule = scheduleFair(fair);
    expect(checkFairSchedule(fair, schedule)).toEqual([]);
    expect(schedule.makespan).toBe(11);
    expect(schedule.idleGaps).toBe(0);
  });

  it('reduces students’ idle gaps by reordering slots', () => {
    // 30 students with 3 interviews each at 6 companies: the colouring alone leaves gaps.
    const interviews = Array.from({ length: 30 }, (_, s) => [0, 1, 2].map((k) => ({ student: `s${s}`, company: `c${(s + k * (1 + (s % 5))) % 6}` }))).flat();
    const fair: FairInstance = {
      slots: 40,
      companies: Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, rooms: 1 })),
      students: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}` })),
      interviews: interviews.filter((v, i, all) => all.findIndex((w) => w.student === v.student && w.company === v.company) === i),
    };
    const withoutGapWork = scheduleFair(fair, { gapEffort: 0 });
    const schedule = scheduleFair(fair);
    expect(checkFairSchedule(fair, schedule)).toEqual([]);
    expect(schedule.makespan).toBe(withoutGapWork.makespan);
    expect(schedule.idleGaps).toBeLessThan(withoutGapWork.idleGaps);
  });

  it('is deterministic: the same input gives the same schedule', () => {
    fc.assert(
      fc.property(noLimits, (fair) => {
        expect(scheduleFair(fair)).toEqual(scheduleFair(fair));
      }),
      { numRuns: 200 },
    );
  });
});

describe('scheduleFair with unavailability, interpreters and pins', () => {
  it('keeps every rule, leaves nothing out that fits, and gives the reason the schedule shows', () => {
    fc.assert(
      fc.property(withLimits, (fair) => {
        const schedule = scheduleFair(fair);
        expect(checkFairSchedule(fair, schedule)).toEqual([]);
        if (schedule.optimality === 'proved' && schedule.unscheduled.length === 0) expect(schedule.makespan).toBeGreaterThanOrEqual(schedule.lowerBound);
      }),
      { numRuns: 3_000 },
    );
  });

  it('keeps a pinned interview where the operator put it', () => {
    const fair: FairInstance = {
      slots: 6,
      companies: [{ id: 'A', rooms: 2 }],
      students: [{ id: 's1' }, { id: 's2' }, { id: 's3' }],
      interviews: [
        { student: 's1', company: 'A', pinned: { slot: 4, room: 1 } },
        { student: 's2', company: 'A' },
        { student: 's3', company: 'A', pinned: { slot: 4, room: 1 } },
      ],
    };
    const schedule = scheduleFair(fair);
    expect(checkFairSchedule(fair, schedule)).toEqual([]);
    expect(schedule.scheduled.find((s) => s.interview === 0)).toEqual({ interview: 0, slot: 4, room: 1 });
    expect(schedule.unscheduled).toEqual([{ interview: 2, reason: 'pinConflict' }]);
  });

  it('gives each interview that cannot be held its reason', () => {
    const fair: FairInstance = {
      slots: 2,
      interpreters: 1,
      companies: [
        { id: 'A', rooms: 1, unavailable: [0, 1] },
        { id: 'B', rooms: 1 },
        { id: 'C', rooms: 1 },
      ],
      students: [{ id: 's1' }, { id: 's2' }, { id: 's3' }, { id: 's4' }],
      interviews: [
        { student: 's1', company: 'A' }, // company never free
        { student: 's2', company: 'B', interpreter: true },
        { student: 's3', company: 'C', interpreter: true },
        { student: 's4', company: 'B', interpreter: true },
        { student: 's4', company: 'C', interpreter: true },
      ],
    };
    const schedule = scheduleFair(fair);
    expect(checkFairSchedule(fair, schedule)).toEqual([]);
    expect(schedule.scheduled).toHaveLength(2);
    expect(schedule.unscheduled.map((u) => u.reason).sort()).toEqual(['interpreterCapacity', 'interpreterCapacity', 'noCommonFreeSlot']);
  });
});

describe('scheduleFair when not everything fits', () => {
  it('reports a lower bound above the fair’s slots, never an infinite one', () => {
    const fair: FairInstance = {
      slots: 2,
      companies: [{ id: 'A', rooms: 1, unavailable: [1] }],
      students: [{ id: 's1' }, { id: 's2' }],
      interviews: [
        { student: 's1', company: 'A' },
        { student: 's2', company: 'A' },
      ],
    };
    const schedule = scheduleFair(fair);
    expect(checkFairSchedule(fair, schedule)).toEqual([]);
    expect(schedule.lowerBound).toBe(3);
    expect(schedule.scheduled).toHaveLength(1);
  });

  it('keeps the earlier interview when two tie for the last room', () => {
    const fair: FairInstance = {
      slots: 1,
      companies: [{ id: 'A', rooms: 1 }],
      students: [{ id: 's1' }, { id: 's2' }],
      interviews: [
        { student: 's1', company: 'A' },
        { student: 's2', company: 'A' },
      ],
    };
    const schedule = scheduleFair(fair);
    expect(schedule.scheduled.map((s) => s.interview)).toEqual([0]);
    expect(schedule.unscheduled).toEqual([{ interview: 1, reason: 'companyFullyBooked' }]);
  });
});
