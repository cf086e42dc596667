// The internship itself (issue 8 item 1): each intern's plan (company, mentor, dates, the tasks
// of each day), the intern's daily report with the mentor's comment, attendance, and incident
// reports with who was told and when. Vocabulary and error codes; the rules are beside it.

/** How a day went, as the company records it. */
export const ATTENDANCE = ['present', 'late', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** The languages an intern may write a daily report in. */
export const REPORT_LANGUAGES = ['mn', 'ja', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const INCIDENT_KINDS = ['health', 'safety', 'conduct', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** Who may have to be told of an incident. */
export const NOTIFIED_PARTIES = ['operator', 'company', 'college', 'family', 'housingPartner', 'hospital', 'police', 'embassy'] as const;
export type NotifiedParty = (typeof NOTIFIED_PARTIES)[number];

export const INTERNSHIP_REFUSALS = [
  'internship.noPlan',
  'internship.reportBeforeDay',
  'internship.reportLocked',
  'internship.endsBeforeStart',
  'internship.notIntern',
  'internship.noReport',
  'internship.daysHaveRecords',
] as const;
