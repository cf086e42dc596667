// The rules of the intern's daily report. The intern writes it on the day or later (a report
// of tomorrow is refused) and may correct it until the mentor comments; from then the two form
// the record of the day and the intern's text is locked. A report written after its day is
// marked late, and a past day without one is missing: what the operator looks for each morning.

export type ReportState = 'notDue' | 'missing' | 'submitted' | 'late' | 'commented';

export type DayRecord = { on: string; reportSubmittedAt: string | null; mentorCommentedAt: string | null };

/** `today` and the timestamps' dates are Japan dates (the internship's time zone). */
export function reportState(day: DayRecord, today: string): ReportState {
  if (day.mentorCommentedAt !== null && day.reportSubmittedAt !== null) return 'commented';
  if (day.reportSubmittedAt !== null) return day.reportSubmittedAt.slice(0, 10) > day.on ? 'late' : 'submitted';
  return day.on < today ? 'missing' : 'notDue';
}

export type ReportRefusal = 'internship.reportBeforeDay' | 'internship.reportLocked';

export function reportRefusal(day: { on: string; mentorCommentedAt: string | null }, today: string): ReportRefusal | null {
  if (day.on > today) return 'internship.reportBeforeDay';
  if (day.mentorCommentedAt !== null) return 'internship.reportLocked';
  return null;
}
