// The internship (issue 8 items 1 and 2): each intern's plan with one row per day (the day's
// tasks, attendance, the intern's report and the mentor's comment), incident reports, and the
// final report meeting with its running order, slides and the companies' scores.
//
// A day is one row so that the record of a day (what was planned, whether the intern came,
// what they wrote, what the mentor answered) is read and versioned together. Incident texts may
// hold health details: they are encrypted (AES-256-GCM, bound to the column) like identity
// documents. Everything is visible with its program (row-level security).
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgEnum, pgPolicy, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { ATTENDANCE, INCIDENT_KINDS, INCIDENT_SEVERITIES, REPORT_LANGUAGES } from '../../../domain/internship/internship.ts';
import { VISA_PACK_GUARANTORS } from '../../../domain/residence/visa-pack.ts';
import type { Notification } from '../../../domain/internship/incidents.ts';
import type { RubricCriterion } from '../../../domain/internship/report-meeting.ts';
import { studentApplications } from './applications.ts';
import { users } from './auth.ts';
import { auditColumns, idColumn } from './columns.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const byProgram = (name: string, programId: unknown) => pgPolicy(name, { for: 'all', using: sql`kakehashi_program_visible(${programId})`, withCheck: sql`kakehashi_program_visible(${programId})` });
const program = () => uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' });

export const internshipAttendance = pgEnum('internship_attendance', ATTENDANCE);
export const reportLanguage = pgEnum('report_language', REPORT_LANGUAGES);
export const incidentKind = pgEnum('incident_kind', INCIDENT_KINDS);
export const incidentSeverity = pgEnum('incident_severity', INCIDENT_SEVERITIES);
export const visaPackGuarantor = pgEnum('visa_pack_guarantor', VISA_PACK_GUARANTORS);

export const internshipPlans = pgTable(
  'internship_plans',
  {
    id: idColumn(),
    programId: program(),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').notNull().references(() => organizations.id, { onDelete: 'restrict' }),
    mentorName: text('mentor_name'),
    mentorUserId: uuid('mentor_user_id').references(() => users.id, { onDelete: 'set null' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    weekends: boolean('weekends').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    unique('internship_plans_application_unique').on(t.programId, t.applicationId),
    check('internship_plans_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    byProgram('internship_plans_by_program', t.programId),
  ],
).enableRLS();

export const internshipDays = pgTable(
  'internship_days',
  {
    id: idColumn(),
    programId: program(),
    planId: uuid('plan_id').notNull().references(() => internshipPlans.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    tasks: text('tasks').notNull().default(''),
    attendance: internshipAttendance('attendance'),
    attendanceNote: text('attendance_note'),
    reportBody: text('report_body'),
    reportLanguage: reportLanguage('report_language'),
    reportSubmittedAt: timestamp('report_submitted_at', { withTimezone: true }),
    mentorComment: text('mentor_comment'),
    mentorCommentedAt: timestamp('mentor_commented_at', { withTimezone: true }),
    mentorCommentByUserId: uuid('mentor_comment_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [unique('internship_days_plan_day_unique').on(t.planId, t.on), byProgram('internship_days_by_program', t.programId)],
).enableRLS();

export const internshipIncidents = pgTable(
  'internship_incidents',
  {
    id: idColumn(),
    programId: program(),
    planId: uuid('plan_id').notNull().references(() => internshipPlans.id, { onDelete: 'cascade' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    kind: incidentKind('kind').notNull(),
    severity: incidentSeverity('severity').notNull(),
    descriptionEncrypted: text('description_encrypted').notNull(),
    actionTakenEncrypted: text('action_taken_encrypted'),
    notifications: jsonb('notifications').$type<Notification[]>().notNull().default([]),
    reportedByUserId: uuid('reported_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [index('internship_incidents_plan_idx').on(t.planId), byProgram('internship_incidents_by_program', t.programId)],
).enableRLS();

/** The final report meeting of a program's internship (報告会): one per program. */
export const reportMeetings = pgTable(
  'report_meetings',
  {
    id: idColumn(),
    programId: program(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    startsAt: text('starts_at').notNull(),
    place: text('place').notNull().default(''),
    minutesPerTalk: smallint('minutes_per_talk').notNull(),
    rubric: jsonb('rubric').$type<RubricCriterion[]>().notNull(),
    ...auditColumns(),
  },
  (t) => [unique('report_meetings_program_unique').on(t.programId), check('report_meetings_minutes_check', sql`${t.minutesPerTalk} between 1 and 120`), byProgram('report_meetings_by_program', t.programId)],
).enableRLS();

export const reportPresentations = pgTable(
  'report_presentations',
  {
    id: idColumn(),
    programId: program(),
    meetingId: uuid('meeting_id').notNull().references(() => reportMeetings.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull().default(''),
    /** The slides, stored like application files: bytes in the file store under a random name. */
    slidesStorageName: text('slides_storage_name'),
    slidesOriginalName: text('slides_original_name'),
    slidesMediaType: text('slides_media_type'),
    slidesSizeBytes: integer('slides_size_bytes'),
    slidesUploadedAt: timestamp('slides_uploaded_at', { withTimezone: true }),
    ...auditColumns(),
  },
  (t) => [unique('report_presentations_student_unique').on(t.meetingId, t.applicationId), byProgram('report_presentations_by_program', t.programId)],
).enableRLS();

export const presentationScores = pgTable(
  'presentation_scores',
  {
    id: idColumn(),
    programId: program(),
    presentationId: uuid('presentation_id').notNull().references(() => reportPresentations.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    comment: text('comment').notNull().default(''),
    scoredByUserId: uuid('scored_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [unique('presentation_scores_company_unique').on(t.presentationId, t.companyId), byProgram('presentation_scores_by_program', t.programId)],
).enableRLS();

/**
 * An intern's short-stay visa pack as issued on a day: the documents' content is kept as drawn
 * (it prints the same whenever downloaded) and encrypted, as it holds the birth date and the
 * passport number. A later pack for the same plan supersedes it; all are kept.
 */
export const visaPacks = pgTable(
  'visa_packs',
  {
    id: idColumn(),
    programId: program(),
    planId: uuid('plan_id').notNull().references(() => internshipPlans.id, { onDelete: 'cascade' }),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    plannedApplicationOn: date('planned_application_on', { mode: 'string' }),
    guarantor: visaPackGuarantor('guarantor').notNull(),
    arrivalOn: date('arrival_on', { mode: 'string' }).notNull(),
    departureOn: date('departure_on', { mode: 'string' }).notNull(),
    contentEncrypted: text('content_encrypted').notNull(),
    issuedByUserId: uuid('issued_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [
    index('visa_packs_plan_idx').on(t.planId, t.issuedOn),
    check('visa_packs_application_check', sql`${t.plannedApplicationOn} is null or ${t.plannedApplicationOn} >= ${t.issuedOn}`),
    check('visa_packs_stay_check', sql`${t.departureOn} >= ${t.arrivalOn}`),
    byProgram('visa_packs_by_program', t.programId),
  ],
).enableRLS();
