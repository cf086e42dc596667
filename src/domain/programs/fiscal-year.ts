// Japanese fiscal years run from 1 April to 31 March: FY2025 is 2025-04-01 … 2026-03-31.
// Dates are ISO calendar dates (YYYY-MM-DD) with no time zone: a phase "on 15 June" is on
// 15 June wherever it is read, in Ulaanbaatar (UTC+8) as in Japan (UTC+9).

export const FISCAL_YEAR_START_MONTH = 4;

export function fiscalYearOf(isoDate: string): number {
  const { year, month } = parseIsoDate(isoDate);
  return month >= FISCAL_YEAR_START_MONTH ? year : year - 1;
}

export function fiscalYearStart(fiscalYear: number): string {
  return `${fiscalYear}-04-01`;
}

export function fiscalYearEnd(fiscalYear: number): string {
  return `${fiscalYear + 1}-03-31`;
}

/** Japanese era year of the fiscal year's start (Reiwa from May 2019), e.g. 2025 → 7. */
export function reiwaYear(fiscalYear: number): number | null {
  return fiscalYear >= 2019 ? fiscalYear - 2018 : null;
}

export type IsoDateParts = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(isoDate: string): IsoDateParts {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${isoDate}`);
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 of an ISO date; calendar arithmetic without time zones. */
export function dayNumber(isoDate: string): number {
  const { year, month, day } = parseIsoDate(isoDate);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
