import { describe, expect, it } from 'vitest';
import { fairDaysIssues, fairSlots } from './fair-slots.ts';

describe('fairSlots', () => {
  it('cuts a day at MOJC into 20-minute slots around the lunch break, in Ulaanbaatar time', () => {
    const slots = fairSlots([{ date: '2025-06-22', start: '09:00', end: '12:40', breaks: [{ start: '10:30', end: '10:45' }] }], 20);
    expect(slots.map((s) => s.start)).toEqual(['09:00', '09:20', '09:40', '10:00', '10:45', '11:05', '11:25', '11:45', '12:05']);
    // 09:00 in Ulaanbaatar (UTC+8) is 01:00 UTC and 10:00 in Japan.
    expect(slots[0]!.startsAt.toISOString()).toBe('2025-06-22T01:00:00.000Z');
    expect(slots[0]!.endsAt.toISOString()).toBe('2025-06-22T01:20:00.000Z');
    expect(slots.at(-1)!.end).toBe('12:25');
  });

  it('numbers slots across days in date order, whatever order the days were given in', () => {
    const slots = fairSlots(
      [
        { date: '2025-06-23', start: '09:00', end: '10:00' },
        { date: '2025-06-22', start: '13:00', end: '14:00' },
      ],
      30,
    );
    expect(slots.map((s) => [s.position, s.date, s.start, s.day])).toEqual([
      [0, '2025-06-22', '13:00', 0],
      [1, '2025-06-22', '13:30', 0],
      [2, '2025-06-23', '09:00', 1],
      [3, '2025-06-23', '09:30', 1],
    ]);
  });

  it('names the field of each problem with the days', () => {
    expect(
      fairDaysIssues(
        [
          { date: '2025-06-22', start: '12:00', end: '09:00' },
          { date: '2025-06-22', start: '09:00', end: '09:10' },
          { date: '2025-06-24', start: '09:00', end: '12:00', breaks: [{ start: '11:00', end: '13:00' }] },
        ],
        20,
      ),
    ).toEqual([
      { field: 'days.0.end', code: 'fair.dayOrder' },
      { field: 'days.1.date', code: 'fair.dateRepeated' },
      { field: 'days.1.end', code: 'fair.dayEmpty' },
      { field: 'days.2.breaks.0', code: 'fair.breakOutside' },
    ]);
  });
});
