// The internship season's stay: from the night before the first day to the morning after the
// last (issue 7: "the internship dates, with a night before and after"), so interns arriving
// the evening before and leaving the day after have a bed.
import { addDays } from './dates.ts';

export type Season = { internshipStart: string; internshipEnd: string; checkIn: string; checkOut: string };

export function seasonOf(internship: { startDate: string; endDate: string }): Season {
  return { internshipStart: internship.startDate, internshipEnd: internship.endDate, checkIn: addDays(internship.startDate, -1), checkOut: addDays(internship.endDate, 1) };
}
