// One intern's internship at a glance, for the operator's overview and the company's page: how
// many days have passed, the reports' states and attendance. The attendance rate counts present
// and late days among the recorded ones, leaving out excused absences (an illness the company
// agreed to is not a mark against the intern).
import { reportState, type DayRecord, type ReportState } from './daily-report.ts';
import { ATTENDANCE, type Attendance } from './internship.ts';

export type InternProgress = {
  days: number;
  past: number;
  reports: Record<Exclude<ReportState, 'notDue'>, number>;
  attendance: Record<Attendance | 'unrecorded', number>;
  /** Share of present or late days among recorded, non-excused days; null before any. */
  attendanceRate: number | null;
};

export function internProgress(days: readonly (DayRecord & { attendance: Attendance | null })[], today: string): InternProgress {
  const reports = { missing: 0, submitted: 0, late: 0, commented: 0 };
  const attendance = { ...Object.fromEntries(ATTENDANCE.map((a) => [a, 0])), unrecorded: 0 } as InternProgress['attendance'];
  let past = 0;
  for (const day of days) {
    if (day.on <= today) past++;
    const state = reportState(day, today);
    if (state !== 'notDue') reports[state]++;
    if (day.attendance) attendance[day.attendance]++;
    else if (day.on <= today) attendance.unrecorded++;
  }
  const counted = attendance.present + attendance.late + attendance.absent;
  return { days: days.length, past, reports, attendance, attendanceRate: counted === 0 ? null : (attendance.present + attendance.late) / counted };
}
