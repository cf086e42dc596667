// Lays a program's phases out on fiscal-year timelines (April to March), one row per phase,
// like the month chart of the Hitachi plan. Positions are in months from 1 April, fractional
// by day, so a bar from 15 to 21 June starts at 2 + 14/30 and ends at 2 + 21/30.
// O(P log P) for P phases.
import { daysInMonth, fiscalYearOf, parseIsoDate } from './fiscal-year.ts';
import type { PhaseDates } from './phase.ts';

export type TimelineBar<T> = {
  phase: T;
  /** Months from the fiscal year's 1 April to the first day, 0 ≤ start < 12. */
  start: number;
  /** Months from 1 April to the end of the last day, start < end ≤ 12. */
  end: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
};

export type FiscalYearTimeline<T> = {
  fiscalYear: number;
  months: { year: number; month: number }[];
  bars: TimelineBar<T>[];
  /** Position of `today` when it falls in this fiscal year. */
  today: number | null;
};

export function monthsOfFiscalYear(fiscalYear: number): { year: number; month: number }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((3 + i) % 12) + 1;
    return { year: month >= 4 ? fiscalYear : fiscalYear + 1, month };
  });
}

/** Position of the start of an ISO date, in months from 1 April of the fiscal year. */
export function monthPosition(fiscalYear: number, isoDate: string): number {
  const { year, month, day } = parseIsoDate(isoDate);
  const monthIndex = (year - fiscalYear) * 12 + (month - 4);
  return monthIndex + (day - 1) / daysInMonth(year, month);
}

/** The fiscal years a set of phases touches, from the program's own year on. */
export function fiscalYearsSpanned(programFiscalYear: number, phases: PhaseDates[]): number[] {
  let last = programFiscalYear;
  for (const phase of phases) last = Math.max(last, fiscalYearOf(phase.endDate));
  return Array.from({ length: last - programFiscalYear + 1 }, (_, i) => programFiscalYear + i);
}

export function layoutTimeline<T extends PhaseDates>(fiscalYear: number, phases: T[], today?: string): FiscalYearTimeline<T> {
  const bars: TimelineBar<T>[] = [];
  const sorted = [...phases].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate));
  for (const phase of sorted) {
    const rawStart = monthPosition(fiscalYear, phase.startDate);
    const rawEnd = endPosition(fiscalYear, phase.endDate);
    if (rawEnd <= 0 || rawStart >= 12) continue;
    bars.push({
      phase,
      start: Math.max(0, rawStart),
      end: Math.min(12, rawEnd),
      continuesBefore: rawStart < 0,
      continuesAfter: rawEnd > 12,
    });
  }
  const todayPosition = today === undefined ? null : monthPosition(fiscalYear, today);
  return {
    fiscalYear,
    months: monthsOfFiscalYear(fiscalYear),
    bars,
    today: todayPosition !== null && todayPosition >= 0 && todayPosition < 12 ? todayPosition : null,
  };
}

/** The end of the last day: the position of the day after. */
function endPosition(fiscalYear: number, isoDate: string): number {
  const { year, month } = parseIsoDate(isoDate);
  return monthPosition(fiscalYear, isoDate) + 1 / daysInMonth(year, month);
}
