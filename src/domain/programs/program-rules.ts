// Rules a program's dated phases obey. Returns field issues (codes), never throws, so that a
// form can show every problem at once.
import type { FieldIssue } from '../errors/app-error.ts';
import { dayNumber, fiscalYearEnd, fiscalYearStart, isIsoDate } from './fiscal-year.ts';
import type { PhaseDates } from './phase.ts';

/** A program may run over several fiscal years (Nagaoka's JICA project: Sep 2023 – Aug 2026). */
export const MAX_PROGRAM_FISCAL_YEARS = 5;

export function checkPhaseDates(fiscalYear: number, dates: PhaseDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isIsoDate(dates.startDate)) issues.push({ field: 'startDate', code: 'date.invalid' });
  if (!isIsoDate(dates.endDate)) issues.push({ field: 'endDate', code: 'date.invalid' });
  if (issues.length > 0) return issues;
  const start = dayNumber(dates.startDate);
  const end = dayNumber(dates.endDate);
  if (end < start) issues.push({ field: 'endDate', code: 'phase.endBeforeStart', params: { startDate: dates.startDate } });
  const earliest = fiscalYearStart(fiscalYear);
  if (start < dayNumber(earliest)) {
    issues.push({ field: 'startDate', code: 'phase.startsBeforeFiscalYear', params: { earliest } });
  }
  const latest = fiscalYearEnd(fiscalYear + MAX_PROGRAM_FISCAL_YEARS - 1);
  if (end > dayNumber(latest)) issues.push({ field: 'endDate', code: 'phase.endsTooLate', params: { latest } });
  return issues;
}

/** Phases already saved that a new fiscal year would push outside the allowed range. */
export function phasesOutsideFiscalYear<T extends PhaseDates>(fiscalYear: number, phases: T[]): T[] {
  return phases.filter((phase) => checkPhaseDates(fiscalYear, phase).length > 0);
}
