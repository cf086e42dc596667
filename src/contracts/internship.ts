// The internship (issue 8 items 1–2): plans and their days (tasks, attendance, daily report,
// mentor's comment), incidents, and the final report meeting with its scores.
import { z } from 'zod';
import { ATTENDANCE, INCIDENT_KINDS, INCIDENT_SEVERITIES, NOTIFIED_PARTIES, REPORT_LANGUAGES } from '../domain/internship/internship.ts';
import { isoDate, localizedTextOut, version } from './common.ts';
import { rubricCriterion } from './fairs.ts';

const studentName = z.object({ nameLatin: z.string(), nameCyrillic: z.string(), nameKatakana: z.string() });
const organizationName = z.object({ id: z.uuid(), name: localizedTextOut });
/** Who is looking, so the page offers what they may do. */
export const INTERNSHIP_VIEWERS = ['operator', 'company', 'college', 'student'] as const;

const progress = z.object({
  days: z.number().int(),
  past: z.number().int(),
  reports: z.object({ missing: z.number().int(), submitted: z.number().int(), late: z.number().int(), commented: z.number().int() }),
  attendance: z.object({ present: z.number().int(), late: z.number().int(), absent: z.number().int(), excused: z.number().int(), unrecorded: z.number().int() }),
  attendanceRate: z.number().nullable(),
});

export const internshipOverviewItem = z.object({
  applicationId: z.uuid(),
  student: studentName,
  company: organizationName.nullable(),
  planId: z.uuid().nullable(),
  mentorName: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  progress: progress.nullable(),
  incidents: z.number().int(),
  /** Incidents where someone who must be told has not been. */
  untold: z.number().int(),
});
export const internshipOverview = z.object({ today: z.string(), canPlan: z.boolean(), items: z.array(internshipOverviewItem) }).meta({ id: 'InternshipOverview' });
export type InternshipOverview = z.infer<typeof internshipOverview>;

export const internshipDayView = z.object({
  id: z.uuid(),
  on: z.string(),
  tasks: z.string(),
  attendance: z.enum(ATTENDANCE).nullable(),
  attendanceNote: z.string().nullable(),
  report: z.object({ body: z.string(), language: z.enum(REPORT_LANGUAGES), submittedAt: z.string() }).nullable(),
  reportState: z.enum(['notDue', 'missing', 'submitted', 'late', 'commented']),
  mentorComment: z.object({ body: z.string(), at: z.string() }).nullable(),
  version: z.number().int(),
});
export type InternshipDayView = z.infer<typeof internshipDayView>;

export const notification = z.object({ party: z.enum(NOTIFIED_PARTIES), at: z.iso.datetime({ offset: true }) }).strict();

export const incidentView = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  severity: z.enum(INCIDENT_SEVERITIES),
  description: z.string(),
  actionTaken: z.string().nullable(),
  notifications: z.array(z.object({ party: z.enum(NOTIFIED_PARTIES), at: z.string() })),
  untold: z.array(z.enum(NOTIFIED_PARTIES)),
  createdAt: z.string(),
  version: z.number().int(),
});
export type IncidentView = z.infer<typeof incidentView>;

export const internshipPlanView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    applicationId: z.uuid(),
    student: studentName,
    company: organizationName,
    mentorName: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    weekends: z.boolean(),
    viewer: z.enum(INTERNSHIP_VIEWERS),
    today: z.string(),
    days: z.array(internshipDayView),
    progress,
    /** Null for those who may not see incidents (the intern). */
    incidents: z.array(incidentView).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'InternshipPlan' });
export type InternshipPlanView = z.infer<typeof internshipPlanView>;

export const myInternships = z.object({ items: z.array(z.object({ planId: z.uuid(), programId: z.uuid(), company: organizationName, startsOn: z.string(), endsOn: z.string() })) });

export const planPatch = z
  .object({ version, mentorName: z.string().trim().max(200).nullable().optional(), startsOn: isoDate.optional(), endsOn: isoDate.optional(), weekends: z.boolean().optional() })
  .strict();
export type PlanPatch = z.infer<typeof planPatch>;

export const dayPatch = z
  .object({ version, tasks: z.string().trim().max(4000).optional(), attendance: z.enum(ATTENDANCE).nullable().optional(), attendanceNote: z.string().trim().max(1000).nullable().optional() })
  .strict();
export type DayPatch = z.infer<typeof dayPatch>;

export const dailyReportInput = z.object({ version, body: z.string().trim().min(1).max(8000), language: z.enum(REPORT_LANGUAGES) }).strict();
export type DailyReportInput = z.infer<typeof dailyReportInput>;

export const mentorCommentInput = z.object({ version, body: z.string().trim().min(1).max(4000) }).strict();
export type MentorCommentInput = z.infer<typeof mentorCommentInput>;

export const incidentInput = z
  .object({
    occurredAt: z.iso.datetime({ offset: true }),
    kind: z.enum(INCIDENT_KINDS),
    severity: z.enum(INCIDENT_SEVERITIES),
    description: z.string().trim().min(1).max(4000),
    actionTaken: z.string().trim().max(4000).nullable().default(null),
    notifications: z.array(notification).max(20).default([]),
  })
  .strict();
export type IncidentInput = z.infer<typeof incidentInput>;

export const incidentPatch = z.object({ version, actionTaken: z.string().trim().max(4000).nullable().optional(), notifications: z.array(notification).max(20).optional() }).strict();
export type IncidentPatch = z.infer<typeof incidentPatch>;

// ---- The final report meeting ------------------------------------------------------------

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time.invalid' });
const rubricOut = z.array(z.object({ id: z.string(), label: localizedTextOut, weight: z.number().int() }));

export const meetingInput = z
  .object({
    /** The meeting's version when changing it; absent when setting it up. */
    version: version.optional(),
    heldOn: isoDate,
    startsAt: clockTime,
    place: z.string().trim().max(300).default(''),
    minutesPerTalk: z.number().int().min(1).max(120),
    rubric: z.array(rubricCriterion).min(1).max(10).optional(),
  })
  .strict();
export type MeetingInput = z.infer<typeof meetingInput>;

export const runningOrderInput = z.object({ version, order: z.array(z.uuid()).min(1).max(500) }).strict();
export type RunningOrderInput = z.infer<typeof runningOrderInput>;

export const presentationPatch = z.object({ version, title: z.string().trim().max(300) }).strict();
export type PresentationPatch = z.infer<typeof presentationPatch>;

export const talkScoreInput = z.object({ version: version.optional(), scores: z.record(z.string(), z.number()), comment: z.string().trim().max(2000).default('') }).strict();
export type TalkScoreInput = z.infer<typeof talkScoreInput>;

const presentationResult = z.object({ scorers: z.number().int(), byCriterion: z.record(z.string(), z.number()), overall: z.number().nullable() });

export const talkView = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  student: studentName,
  position: z.number().int(),
  startsAt: z.string(),
  title: z.string(),
  slides: z.object({ name: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), uploadedAt: z.string() }).nullable(),
  /** The signed-in intern's own talk. */
  mine: z.boolean(),
  /** The signed-in company's score, when it scores. */
  myScore: z.object({ scores: z.record(z.string(), z.number()), comment: z.string(), version: z.number().int() }).nullable(),
  /** Every company's scores aggregated: for the operators and the scoring companies. */
  result: presentationResult.nullable(),
  version: z.number().int(),
});
export type TalkView = z.infer<typeof talkView>;

export const reportMeetingView = z
  .object({
    meeting: z.object({ id: z.uuid(), heldOn: z.string(), startsAt: z.string(), place: z.string(), minutesPerTalk: z.number().int(), rubric: rubricOut, version: z.number().int() }).nullable(),
    /** May set up the meeting and its order. */
    canManage: z.boolean(),
    /** May score the talks. */
    canScore: z.boolean(),
    talks: z.array(talkView),
  })
  .meta({ id: 'ReportMeeting' });
export type ReportMeetingView = z.infer<typeof reportMeetingView>;
