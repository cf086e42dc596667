// Donated lectures (issue 4 item 5): a program's courses (a lecture series or a curriculum of
// modules with learning materials), their sessions, who is expected at each (roster), who came
// (attendance, one row per session and application, versioned so concurrent staff ticks never
// overwrite each other silently), learners' progress through materials, and the program's
// attendance rule for the interview fair. Row-level security as for applications: visible with
// the program (kakehashi_program_visible), children with their parent.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgPolicy, pgTable, primaryKey, text, time, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { ATTENDANCE_METHODS, ATTENDANCE_STATUSES, COURSE_KINDS, MATERIAL_KINDS } from '../../../domain/lectures/lectures.ts';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';
import { auditColumns, idColumn } from './columns.ts';
import { users } from './auth.ts';
import { studentApplications } from './applications.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const visibleProgram = (programId: unknown) => sql`kakehashi_program_visible(${programId})`;
const withParent = (name: string, using: ReturnType<typeof sql>) => pgPolicy(name, { for: 'all', using, withCheck: using });

export const courseKind = pgEnum('course_kind', COURSE_KINDS);
export const attendanceStatus = pgEnum('attendance_status', ATTENDANCE_STATUSES);
export const attendanceMethod = pgEnum('attendance_method', ATTENDANCE_METHODS);
export const materialKind = pgEnum('material_kind', MATERIAL_KINDS);

export const courses = pgTable(
  'courses',
  {
    id: idColumn(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    /** A host company or partner organization of the program. */
    givingOrganizationId: uuid('giving_organization_id').notNull().references(() => organizations.id),
    /** Language of instruction. */
    language: text('language').notNull(),
    kind: courseKind('kind').notNull().default('lecture_series'),
    ...auditColumns(),
  },
  (t) => [
    index('courses_program_idx').on(t.programId),
    check('courses_language_check', sql`${t.language} in ('ja', 'mn', 'en')`),
    withParent('courses_by_program', visibleProgram(t.programId)),
  ],
).enableRLS();

export const courseModules = pgTable(
  'course_modules',
  {
    id: idColumn(),
    courseId: uuid('course_id').notNull().references(() => courses.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    position: integer('position').notNull(),
    ...auditColumns(),
  },
  (t) => [index('course_modules_course_idx').on(t.courseId, t.position), withParent('course_modules_by_course', sql`exists (select 1 from courses c where c.id = ${t.courseId})`)],
).enableRLS();

export const learningMaterials = pgTable(
  'learning_materials',
  {
    id: idColumn(),
    moduleId: uuid('module_id').notNull().references(() => courseModules.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    url: text('url').notNull(),
    kind: materialKind('kind').notNull(),
    position: integer('position').notNull().default(0),
    ...auditColumns(),
  },
  (t) => [index('learning_materials_module_idx').on(t.moduleId, t.position), withParent('learning_materials_by_module', sql`exists (select 1 from course_modules m where m.id = ${t.moduleId})`)],
).enableRLS();

/** A learner finished a material; deleting the row un-finishes it. */
export const materialProgress = pgTable(
  'material_progress',
  {
    materialId: uuid('material_id').notNull().references(() => learningMaterials.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.applicationId] }), withParent('material_progress_by_application', sql`exists (select 1 from student_applications a where a.id = ${t.applicationId})`)],
).enableRLS();

export const lectureSessions = pgTable(
  'lecture_sessions',
  {
    id: idColumn(),
    courseId: uuid('course_id').notNull().references(() => courses.id, { onDelete: 'cascade' }),
    /** The course's program, kept here for row-level security and per-program queries. */
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    moduleId: uuid('module_id').references(() => courseModules.id, { onDelete: 'set null' }),
    date: date('date', { mode: 'string' }).notNull(),
    /** Local time at the venue. */
    startTime: time('start_time').notNull(),
    timeZone: text('time_zone').notNull().default('Asia/Ulaanbaatar'),
    durationMinutes: integer('duration_minutes').notNull().default(90),
    room: text('room'),
    venue: text('venue'),
    instructorName: text('instructor_name'),
    ...auditColumns(),
  },
  (t) => [
    index('lecture_sessions_program_idx').on(t.programId, t.date, t.startTime),
    index('lecture_sessions_course_idx').on(t.courseId),
    check('lecture_sessions_duration_check', sql`${t.durationMinutes} between 1 and 600`),
    withParent('lecture_sessions_by_program', visibleProgram(t.programId)),
  ],
).enableRLS();

export const sessionRoster = pgTable(
  'session_roster',
  {
    sessionId: uuid('session_id').notNull().references(() => lectureSessions.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId] }), withParent('session_roster_by_session', sql`exists (select 1 from lecture_sessions s where s.id = ${t.sessionId})`)],
).enableRLS();

export const attendance = pgTable(
  'attendance',
  {
    id: idColumn(),
    sessionId: uuid('session_id').notNull().references(() => lectureSessions.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    status: attendanceStatus('status').notNull(),
    method: attendanceMethod('method').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    ...auditColumns(),
  },
  (t) => [
    unique('attendance_session_application_unique').on(t.sessionId, t.applicationId),
    index('attendance_application_idx').on(t.applicationId),
    withParent('attendance_by_session', sql`exists (select 1 from lecture_sessions s where s.id = ${t.sessionId})`),
  ],
).enableRLS();

/** The program's rule for the interview fair, and when a QR scan counts as late. */
export const attendanceRules = pgTable(
  'attendance_rules',
  {
    id: idColumn(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    minimumSessions: integer('minimum_sessions').notNull(),
    lateAfterMinutes: integer('late_after_minutes').notNull().default(10),
    ...auditColumns(),
  },
  (t) => [
    unique('attendance_rules_program_unique').on(t.programId),
    check('attendance_rules_minimum_check', sql`${t.minimumSessions} between 0 and 1000`),
    check('attendance_rules_late_check', sql`${t.lateAfterMinutes} between 0 and 600`),
    withParent('attendance_rules_by_program', visibleProgram(t.programId)),
  ],
).enableRLS();
