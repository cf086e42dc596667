import { describe, expect, it } from 'vitest';
import type { StayView } from '../../../../contracts/housing.ts';
import { addDays, barsOf, bedsTaken, daysFrom, isWeekend, monthsOf, nightsOf, rangeAround } from './calendar-dates.ts';

const stay = (id: string, checkIn: string, checkOut: string): StayView => ({
  id,
  unitId: 'u',
  applicationId: null,
  occupant: { nameLatin: id, nameCyrillic: id, nameKatakana: id },
  kind: 'internship',
  checkIn,
  checkOut,
  pinned: false,
  companyId: null,
  version: 1,
});

describe('the occupancy calendar', () => {
  it('counts days across month and year ends', () => {
    expect(addDays('2025-08-31', 1)).toBe('2025-09-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysFrom('2025-08-30', '2025-09-02')).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']);
    expect(isWeekend('2025-08-23')).toBe(true);
    expect(isWeekend('2025-08-25')).toBe(false);
  });

  it('gives a stay the nights from check-in to the night before check-out (the Hitachi season: 13 nights)', () => {
    const nights = nightsOf({ checkIn: '2025-08-18', checkOut: '2025-08-31' });
    expect(nights).toHaveLength(13);
    expect(nights.at(-1)).toBe('2025-08-30');
  });

  it('puts overlapping stays in separate lanes and reuses a lane once it is free', () => {
    const days = daysFrom('2025-08-15', '2025-09-03');
    const { bars, lanes } = barsOf([stay('a', '2025-08-18', '2025-08-25'), stay('b', '2025-08-20', '2025-08-31'), stay('c', '2025-08-25', '2025-08-31')], days);
    expect(lanes).toBe(2);
    expect(bars.map((b) => [b.stay.id, b.lane, b.start, b.span])).toEqual([
      ['a', 0, 3, 7],
      ['b', 1, 5, 11],
      ['c', 0, 10, 6],
    ]);
  });

  it('clips a stay to the range and drops one outside it', () => {
    const days = daysFrom('2025-08-20', '2025-08-22');
    const { bars } = barsOf([stay('a', '2025-08-18', '2025-08-31'), stay('b', '2025-08-10', '2025-08-20')], days);
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ start: 0, span: 3, clippedStart: true, clippedEnd: true });
  });

  it('counts the beds taken each night (check-out day is free)', () => {
    expect(bedsTaken([stay('a', '2025-08-18', '2025-08-20'), stay('b', '2025-08-19', '2025-08-21')], daysFrom('2025-08-18', '2025-08-21'))).toEqual([1, 2, 1, 0]);
  });

  it('spans a range around the season and names its months', () => {
    const range = rangeAround('2025-08-18', '2025-08-31');
    expect(range).toEqual({ from: '2025-08-15', to: '2025-09-03' });
    expect(monthsOf(daysFrom(range.from, range.to))).toEqual([
      { year: 2025, month: 8, span: 17 },
      { year: 2025, month: 9, span: 3 },
    ]);
  });
});
