// Donated lectures (issue 4 item 5): courses, modules and learning materials, sessions,
// rosters, attendance (staff ticks and QR check-ins), the program's attendance rule and the
// totals per student that feed screening.
import { z } from 'zod';
import { ATTENDANCE_METHODS, ATTENDANCE_STATUSES, COURSE_KINDS, MATERIAL_KINDS, MAX_SESSION_MINUTES } from '../domain/lectures/lectures.ts';
import { isoDate, languageSchema, localizedText, localizedTextOut, version } from './common.ts';

const shortText = z.string().trim().max(200);
const optionalText = shortText.nullable().optional().transform((v) => (v === '' ? null : v));
const startTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time.invalid' }).meta({ example: '09:00' });
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, { message: 'timeZone.invalid' });

export const courseInput = z
  .object({ title: localizedText, givingOrganizationId: z.uuid(), language: languageSchema, kind: z.enum(COURSE_KINDS).default('lecture_series') })
  .strict();
export type CourseInput = z.infer<typeof courseInput>;
export const coursePatch = z
  .object({ version, title: localizedText.optional(), givingOrganizationId: z.uuid().optional(), language: languageSchema.optional(), kind: z.enum(COURSE_KINDS).optional() })
  .strict();
export type CoursePatch = z.infer<typeof coursePatch>;

export const sessionInput = z
  .object({
    date: isoDate,
    startTime,
    timeZone: timeZone.default('Asia/Ulaanbaatar'),
    durationMinutes: z.number().int().min(1).max(MAX_SESSION_MINUTES).default(90),
    room: optionalText,
    venue: optionalText,
    instructorName: optionalText,
    moduleId: z.uuid().nullable().optional(),
  })
  .strict();
export type SessionInput = z.infer<typeof sessionInput>;
export const sessionPatch = z
  .object({
    version,
    date: isoDate.optional(),
    startTime: startTime.optional(),
    timeZone: timeZone.optional(),
    durationMinutes: z.number().int().min(1).max(MAX_SESSION_MINUTES).optional(),
    room: optionalText,
    venue: optionalText,
    instructorName: optionalText,
    moduleId: z.uuid().nullable().optional(),
  })
  .strict();
export type SessionPatch = z.infer<typeof sessionPatch>;

export const moduleInput = z.object({ title: localizedText, position: z.number().int().min(0).max(1000) }).strict();
export type ModuleInput = z.infer<typeof moduleInput>;
export const materialInput = z
  .object({ title: localizedText, url: z.url({ protocol: /^https?$/ }).max(2000), kind: z.enum(MATERIAL_KINDS), position: z.number().int().min(0).max(1000).default(0) })
  .strict();
export type MaterialInput = z.infer<typeof materialInput>;
export const progressInput = z.object({ completed: z.boolean() }).strict();

export const sessionView = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    moduleId: z.uuid().nullable(),
    date: z.string(),
    startTime: z.string(),
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    room: z.string().nullable(),
    venue: z.string().nullable(),
    instructorName: z.string().nullable(),
    rosterCount: z.number().int(),
    attendedCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'LectureSession' });
export type SessionView = z.infer<typeof sessionView>;

export const materialView = z.object({ id: z.uuid(), title: localizedTextOut, url: z.string(), kind: z.enum(MATERIAL_KINDS), position: z.number().int(), version: z.number().int() });
export const moduleView = z.object({ id: z.uuid(), title: localizedTextOut, position: z.number().int(), version: z.number().int(), materials: z.array(materialView) });
export type ModuleView = z.infer<typeof moduleView>;

export const courseView = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    title: localizedTextOut,
    givingOrganization: z.object({ id: z.uuid(), name: localizedTextOut }),
    language: languageSchema,
    kind: z.enum(COURSE_KINDS),
    version: z.number().int(),
    modules: z.array(moduleView),
    sessions: z.array(sessionView),
  })
  .meta({ id: 'Course' });
export type CourseView = z.infer<typeof courseView>;

export const attendanceRuleInput = z
  .object({ minimumSessions: z.number().int().min(0).max(1000), lateAfterMinutes: z.number().int().min(0).max(600).default(10), version: version.nullable() })
  .strict();
export type AttendanceRuleInput = z.infer<typeof attendanceRuleInput>;
export const attendanceRuleView = z.object({ minimumSessions: z.number().int(), lateAfterMinutes: z.number().int(), version: z.number().int() }).meta({ id: 'AttendanceRule' });

export const programLectures = z.object({ courses: z.array(courseView), rule: attendanceRuleView.nullable() });
export type ProgramLectures = z.infer<typeof programLectures>;

const status = z.enum(ATTENDANCE_STATUSES);
export const totalsView = z.object({ present: z.number().int(), late: z.number().int(), absent: z.number().int(), attended: z.number().int() });

/** One row of a session's tick list. */
export const tickRow = z.object({
  applicationId: z.uuid(),
  nameLatin: z.string(),
  nameCyrillic: z.string(),
  status: status.nullable(),
  method: z.enum(ATTENDANCE_METHODS).nullable(),
  /** The attendance record's version; null when nothing is recorded yet. */
  version: z.number().int().nullable(),
});
export type TickRow = z.infer<typeof tickRow>;
export const tickList = z.object({
  programId: z.uuid(),
  session: sessionView,
  course: z.object({ id: z.uuid(), title: localizedTextOut }),
  items: z.array(tickRow),
  counts: z.object({ present: z.number().int(), late: z.number().int(), absent: z.number().int(), unmarked: z.number().int() }),
});
export type TickList = z.infer<typeof tickList>;

/** A staff tick; `version` is the record's version the staff member saw (null: none yet). */
export const markInput = z.object({ status, version: z.number().int().min(1).nullable() }).strict();
export type MarkInput = z.infer<typeof markInput>;

export const rosterInput = z
  .object({ applicationIds: z.array(z.uuid()).max(500).optional(), wholeProgram: z.boolean().optional() })
  .strict()
  .refine((v) => v.wholeProgram === true || (v.applicationIds?.length ?? 0) > 0, { message: 'roster.empty', path: ['applicationIds'] });
export type RosterInput = z.infer<typeof rosterInput>;
export const rosterResult = z.object({ rosterCount: z.number().int(), added: z.number().int() });
export const applicationSessionParams = z.object({ id: z.uuid(), applicationId: z.uuid() });

export const qrTokenView = z.object({ token: z.string(), expiresAt: z.iso.datetime() });

export const checkInInput = z.object({ token: z.string().min(1).max(300) }).strict();
export const checkInResult = z.object({
  sessionId: z.uuid(),
  courseTitle: localizedTextOut,
  date: z.string(),
  startTime: z.string(),
  status,
  /** False when staff had already ticked the student present or late: the scan changed nothing. */
  recorded: z.boolean(),
});
export type CheckInResult = z.infer<typeof checkInResult>;

/** Attendance totals per application of a program, as the viewer may see them. */
export const programAttendance = z.object({
  rule: attendanceRuleView.nullable(),
  totalSessions: z.number().int(),
  items: z.array(
    totalsView.extend({ applicationId: z.uuid(), nameLatin: z.string(), nameCyrillic: z.string(), collegeId: z.uuid(), eligible: z.boolean().nullable() }),
  ),
});
export type ProgramAttendance = z.infer<typeof programAttendance>;

/** One student's attendance: every session of the program with their status, and their progress. */
export const applicationAttendance = z.object({
  applicationId: z.uuid(),
  programId: z.uuid(),
  rule: attendanceRuleView.nullable(),
  totals: totalsView,
  totalSessions: z.number().int(),
  eligible: z.boolean().nullable(),
  certificateEligible: z.boolean(),
  sessions: z.array(
    z.object({
      sessionId: z.uuid(),
      courseId: z.uuid(),
      courseTitle: localizedTextOut,
      date: z.string(),
      startTime: z.string(),
      durationMinutes: z.number().int(),
      venue: z.string().nullable(),
      room: z.string().nullable(),
      status: status.nullable(),
    }),
  ),
  materials: z.array(z.object({ id: z.uuid(), courseTitle: localizedTextOut, moduleTitle: localizedTextOut, title: localizedTextOut, url: z.string(), kind: z.enum(MATERIAL_KINDS), completedAt: z.iso.datetime().nullable() })),
});
export type ApplicationAttendance = z.infer<typeof applicationAttendance>;
