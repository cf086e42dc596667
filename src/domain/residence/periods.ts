// Periods counted as Japanese statutes and offices count them (Civil Code arts. 140 and 143):
// the day of the event is not counted, so "within 14 days of arrival on 1 April" ends on
// 15 April; a period of months ends on the day before the day that corresponds, in the last
// month, to the first counted day, or on that month's last day when it has none. That is not
// always the same day `months` later: a COE issued on 30 April is good until 31 July (1 May
// to 31 July), not 30 July. Deadlines falling on a Sunday or holiday are not moved to the
// next working day (no holiday calendar here): the earlier date is always safe.
import { addDays } from '../housing/dates.ts';
import { daysInMonth, parseIsoDate } from '../programs/fiscal-year.ts';

const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The year and month `months` after the month of `isoDate`. */
function shiftMonth(isoDate: string, months: number): { year: number; month: number; day: number } {
  const { year, month, day } = parseIsoDate(isoDate);
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day };
}

/** Last day of a period of `days` days counted from the day after `eventOn`. */
export const daysPeriodEnd = (eventOn: string, days: number) => addDays(eventOn, days);

/** Last day of a period of `months` months counted from the day after `eventOn` (31 Jan + 1 month → 28/29 Feb). */
export function monthsPeriodEnd(eventOn: string, months: number): string {
  const { year, month, day } = shiftMonth(addDays(eventOn, 1), months);
  if (day > daysInMonth(year, month)) return iso(year, month, daysInMonth(year, month));
  return addDays(iso(year, month, day), -1);
}

/** A given day of the month after `eventOn`'s month ('last' for its last day): 31 Jan → 28 Feb. */
export function dayOfFollowingMonth(eventOn: string, day: number | 'last'): string {
  const { year, month } = shiftMonth(eventOn, 1);
  const last = daysInMonth(year, month);
  return iso(year, month, day === 'last' ? last : Math.min(day, last));
}
