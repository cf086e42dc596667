// An indicator's actual for a report period and its progress from baseline to target.
//
// - An indicator with a metric is counted from the records for the period (the service asks the
//   repositories); its entered actuals, if any, are ignored.
// - Otherwise the entered actuals whose own period lies wholly inside the report's count. Most
//   units are amounts of something that happened in a period (people trained, sessions, hours,
//   yen, companies that completed a step), so the actuals of the sub-periods add up: a quarter
//   is the sum of its months. A percentage is a level measured at a moment (a satisfaction rate,
//   a share of companies ready), which does not add up: the latest one (by the end of its
//   period, then by its start) stands for the period.
// - No actual inside the period is "not reported" (null), not zero.
import type { IndicatorUnit } from './funded-project.ts';
import { within, type ReportPeriod } from './report-period.ts';

export type EnteredActual = { periodStart: string; periodEnd: string; value: number };

/** Units whose actuals are levels, not amounts: the latest stands for the period. */
export const LEVEL_UNITS: readonly IndicatorUnit[] = ['percent'];

export function enteredActualFor(unit: IndicatorUnit, actuals: readonly EnteredActual[], period: ReportPeriod): number | null {
  const inside = actuals.filter((a) => within(a.periodStart, a.periodEnd, period));
  if (inside.length === 0) return null;
  if (LEVEL_UNITS.includes(unit)) {
    const latest = [...inside].sort((a, b) => (a.periodEnd === b.periodEnd ? a.periodStart.localeCompare(b.periodStart) : a.periodEnd.localeCompare(b.periodEnd))).at(-1)!;
    return latest.value;
  }
  return inside.reduce((sum, a) => sum + a.value, 0);
}

/**
 * How far the actual has come from the baseline towards the target, in percent (not capped:
 * over 100 means beyond the target); null without an actual. A target equal to its baseline is
 * met (100) when the actual reaches it.
 */
export function progressPercent(baseline: number, target: number, actual: number | null): number | null {
  if (actual === null) return null;
  if (target === baseline) return actual >= target ? 100 : 0;
  return roundTo((100 * (actual - baseline)) / (target - baseline), 1);
}

export const roundTo = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
