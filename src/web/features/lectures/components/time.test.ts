import { describe, expect, it } from 'vitest';
import { byDay, endTime } from './time.ts';

describe('session times', () => {
  it('ends 90 minutes later, across the hour and midnight', () => {
    expect(endTime('09:00', 90)).toBe('10:30');
    expect(endTime('23:30', 90)).toBe('01:00');
  });
  it('groups by day in date order', () => {
    expect(byDay([{ date: '2024-08-20', n: 1 }, { date: '2024-08-19', n: 2 }, { date: '2024-08-20', n: 3 }])).toEqual([
      { date: '2024-08-19', items: [{ date: '2024-08-19', n: 2 }] },
      { date: '2024-08-20', items: [{ date: '2024-08-20', n: 1 }, { date: '2024-08-20', n: 3 }] },
    ]);
  });
});
