import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fiscalYearEnd, fiscalYearOf, fiscalYearStart, parseIsoDate, reiwaYear } from './fiscal-year.ts';
import { fiscalYearsSpanned, layoutTimeline, monthPosition, monthsOfFiscalYear } from './timeline.ts';

const isoOf = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
const dateIn = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOf);

describe('fiscal years', () => {
  it('run from 1 April to 31 March', () => {
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    fc.assert(fc.property(dateIn('2000-01-01', '2099-12-31'), (d) => {
      const fy = fiscalYearOf(d);
      return fiscalYearStart(fy) <= d && d <= fiscalYearEnd(fy);
    }));
  });

  it('name the Reiwa year of their start', () => {
    expect(reiwaYear(2019)).toBe(1);
    expect(reiwaYear(2025)).toBe(7);
    expect(reiwaYear(2018)).toBeNull();
  });

  it('accept only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2024-02-30', '2025-13-01', '2025-6-1', '2025-06-01T00:00']) expect(() => parseIsoDate(bad)).toThrow(RangeError);
  });
});

describe('the timeline of a fiscal year', () => {
  it('has the months April to March', () => {
    const months = monthsOfFiscalYear(2025);
    expect(months[0]).toEqual({ year: 2025, month: 4 });
    expect(months[11]).toEqual({ year: 2026, month: 3 });
  });

  it('places days by fraction of their month', () => {
    expect(monthPosition(2025, '2025-04-01')).toBe(0);
    expect(monthPosition(2025, '2025-06-15')).toBeCloseTo(2 + 14 / 30);
    const [bar] = layoutTimeline(2025, [{ startDate: '2025-05-12', endDate: '2025-05-12' }]).bars;
    expect(bar!.end - bar!.start).toBeCloseTo(1 / 31);
  });

  it('clips phases that run past the year and says so, and drops those outside it', () => {
    const phases = [
      { startDate: '2023-09-01', endDate: '2026-08-31' },
      { startDate: '2025-01-01', endDate: '2025-02-01' },
    ];
    const layout = layoutTimeline(2024, phases);
    expect(layout.bars).toHaveLength(2);
    const long = layout.bars.find((b) => b.phase === phases[0])!;
    expect(long).toMatchObject({ start: 0, end: 12, continuesBefore: true, continuesAfter: true });
    expect(layoutTimeline(2027, phases).bars).toHaveLength(0);
  });

  it('sorts bars by start and marks today only within the year', () => {
    const layout = layoutTimeline(2025, [{ startDate: '2025-08-19', endDate: '2025-08-30' }, { startDate: '2025-04-01', endDate: '2025-05-31' }], '2025-07-17');
    expect(layout.bars.map((b) => b.phase.startDate)).toEqual(['2025-04-01', '2025-08-19']);
    expect(layout.today).toBeCloseTo(3 + 16 / 31);
    expect(layoutTimeline(2025, [], '2026-11-24').today).toBeNull();
  });

  it('keeps every bar of the year inside it, with positive width', () => {
    const phase = fc
      .tuple(dateIn('2024-01-01', '2027-12-31'), fc.integer({ min: 0, max: 800 }))
      .map(([start, length]) => ({ startDate: start, endDate: isoOf(dayNumber(start) + length) }));
    fc.assert(fc.property(fc.array(phase, { maxLength: 10 }), (phases) =>
      layoutTimeline(2025, phases).bars.every((b) => b.start >= 0 && b.start < b.end && b.end <= 12),
    ));
  });

  it('spans the fiscal years its phases reach', () => {
    expect(fiscalYearsSpanned(2023, [{ startDate: '2023-09-01', endDate: '2026-08-31' }])).toEqual([2023, 2024, 2025, 2026]);
    expect(fiscalYearsSpanned(2025, [])).toEqual([2025]);
  });
});
