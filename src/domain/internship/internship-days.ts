// The days of an internship: its working days from the first to the last, weekends left out
// unless the plan keeps them (a factory may work on Saturdays, and the Hitachi FY2024 internship
// was five weekdays).
import { addDays } from '../housing/dates.ts';
import { dayNumber } from '../programs/fiscal-year.ts';

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (isoDate: string) => (((dayNumber(isoDate) + 4) % 7) + 7) % 7;

export function internshipDays(startsOn: string, endsOn: string, options: { weekends: boolean }): string[] {
  const days: string[] = [];
  for (let day = startsOn; day <= endsOn; day = addDays(day, 1)) {
    const w = weekday(day);
    if (options.weekends || (w !== 0 && w !== 6)) days.push(day);
  }
  return days;
}
