import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../housing/dates.ts';
import { dayNumber } from '../programs/fiscal-year.ts';
import { dayOfFollowingMonth, daysPeriodEnd, monthsPeriodEnd } from './periods.ts';

const isoDay = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2040-12-31') }).map((n) => addDays('1970-01-01', n));

describe('periods counted as the Civil Code counts them', () => {
  it('leaves out the event’s day: 14 days from 1 April end on 15 April', () => {
    expect(daysPeriodEnd('2026-04-01', 14)).toBe('2026-04-15');
    expect(daysPeriodEnd('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('ends a period of months on the day before the corresponding day, or the short month’s last day', () => {
    expect(monthsPeriodEnd('2026-01-10', 3)).toBe('2026-04-10');
    expect(monthsPeriodEnd('2026-01-31', 1)).toBe('2026-02-28');
    expect(monthsPeriodEnd('2028-01-31', 1)).toBe('2028-02-29');
    expect(monthsPeriodEnd('2025-11-30', 3)).toBe('2026-02-28');
    expect(monthsPeriodEnd('2027-11-29', 3)).toBe('2028-02-29');
    // From a short month's last day the whole following months count: 1 May … 31 July.
    expect(monthsPeriodEnd('2026-04-30', 3)).toBe('2026-07-31');
    expect(monthsPeriodEnd('2026-02-28', 3)).toBe('2026-05-31');
    expect(monthsPeriodEnd('2026-12-31', 3)).toBe('2027-03-31');
  });

  it('gives a fixed day of the following month, clamped to its end', () => {
    expect(dayOfFollowingMonth('2026-04-01', 10)).toBe('2026-05-10');
    expect(dayOfFollowingMonth('2026-04-30', 'last')).toBe('2026-05-31');
    expect(dayOfFollowingMonth('2026-01-31', 'last')).toBe('2026-02-28');
    expect(dayOfFollowingMonth('2027-12-01', 10)).toBe('2028-01-10');
    expect(dayOfFollowingMonth('2028-01-15', 31)).toBe('2028-02-29');
  });

  it('never ends a period of months before the same day months later, and at most 3 days after it', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 24 }), (day, months) => {
        const end = monthsPeriodEnd(day, months);
        const gap = dayNumber(end) - dayNumber(addMonths(day, months));
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('moves a period’s end forward (or not at all) when the event moves forward', () => {
    fc.assert(fc.property(isoDay, fc.integer({ min: 1, max: 12 }), (day, months) => monthsPeriodEnd(day, months) <= monthsPeriodEnd(addDays(day, 1), months)));
  });

  it('puts the last day of the following month just before the first of the month after it', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const last = dayOfFollowingMonth(day, 'last');
        expect(addDays(last, 1).endsWith('-01')).toBe(true);
        expect(addMonths(`${day.slice(0, 7)}-01`, 2)).toBe(addDays(last, 1));
      }),
    );
  });
});
