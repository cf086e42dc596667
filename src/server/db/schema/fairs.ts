// The interview fair (issue 5): a program's fair with its days cut into slots, the companies
// that interview (with their rooms), the interpreters, who cannot come when, the interviews
// (asked for by a company, a student or the operator; approved; placed in a slot and room, or
// left out with the scheduler's reason) and the companies' evaluations. The database itself
// refuses a double booking: one interview per student, per company room and per interpreter in
// a slot (unique indexes), whatever the application code does under concurrency. Row-level
// security as for lectures: visible with the program.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgPolicy, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FAIR_STATUSES, INTERVIEW_STATUSES, RECOMMENDATIONS, REQUESTERS, type RubricCriterion } from '../../../domain/fairs/fair-rules.ts';
import type { FairDay } from '../../../domain/fairs/fair-slots.ts';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';
import { auditColumns, idColumn } from './columns.ts';
import { studentApplications } from './applications.ts';
import { users } from './auth.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const byProgram = (name: string, programId: unknown) => pgPolicy(name, { for: 'all', using: sql`kakehashi_program_visible(${programId})`, withCheck: sql`kakehashi_program_visible(${programId})` });
const program = () => uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' });

export const fairStatus = pgEnum('fair_status', FAIR_STATUSES);
export const interviewStatus = pgEnum('interview_status', INTERVIEW_STATUSES);
export const interviewRequester = pgEnum('interview_requester', REQUESTERS);
export const recommendation = pgEnum('interview_recommendation', RECOMMENDATIONS);

/** What the last scheduler run said of its schedule. */
export type ScheduleRunSummary = { ranAt: string; makespan: number; lowerBound: number; idleGaps: number; optimality: 'proved' | 'bestFound'; scheduled: number; unscheduled: number };

export const interviewFairs = pgTable(
  'interview_fairs',
  {
    id: idColumn(),
    programId: program(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    venue: text('venue'),
    timeZone: text('time_zone').notNull().default('Asia/Ulaanbaatar'),
    slotMinutes: integer('slot_minutes').notNull().default(20),
    days: jsonb('days').$type<FairDay[]>().notNull(),
    maxInterviewsPerStudent: integer('max_interviews_per_student'),
    maxInterviewsPerCompany: integer('max_interviews_per_company'),
    rubric: jsonb('rubric').$type<RubricCriterion[]>().notNull(),
    status: fairStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Bumped at each change of the timetable, so notices can say which one they describe. */
    scheduleRevision: integer('schedule_revision').notNull().default(0),
    lastRun: jsonb('last_run').$type<ScheduleRunSummary>(),
    ...auditColumns(),
  },
  (t) => [
    index('interview_fairs_program_idx').on(t.programId),
    check('interview_fairs_slot_minutes_check', sql`${t.slotMinutes} between 5 and 240`),
    byProgram('interview_fairs_by_program', t.programId),
  ],
).enableRLS();

export const fairSlots = pgTable(
  'fair_slots',
  {
    id: idColumn(),
    fairId: uuid('fair_id').notNull().references(() => interviewFairs.id, { onDelete: 'cascade' }),
    programId: program(),
    position: integer('position').notNull(),
    day: integer('day').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('fair_slots_position_unique').on(t.fairId, t.position), byProgram('fair_slots_by_program', t.programId)],
).enableRLS();

export const fairCompanies = pgTable(
  'fair_companies',
  {
    id: idColumn(),
    fairId: uuid('fair_id').notNull().references(() => interviewFairs.id, { onDelete: 'cascade' }),
    programId: program(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    rooms: integer('rooms').notNull().default(1),
    /** A name per room ("Room 3", "Zoom A"); missing names are numbered. */
    roomNames: jsonb('room_names').$type<string[]>().notNull().default([]),
    /** Interviews from Japan over video: its people read times in Japan time. */
    online: boolean('online').notNull().default(false),
    /** Order on the grid and in lists, as the operator listed them. */
    position: integer('position').notNull().default(0),
    ...auditColumns(),
  },
  (t) => [
    unique('fair_companies_unique').on(t.fairId, t.organizationId),
    check('fair_companies_rooms_check', sql`${t.rooms} between 1 and 50`),
    byProgram('fair_companies_by_program', t.programId),
  ],
).enableRLS();

export const fairInterpreters = pgTable(
  'fair_interpreters',
  {
    id: idColumn(),
    fairId: uuid('fair_id').notNull().references(() => interviewFairs.id, { onDelete: 'cascade' }),
    programId: program(),
    name: text('name').notNull(),
    email: text('email'),
    position: integer('position').notNull().default(0),
    ...auditColumns(),
  },
  (t) => [index('fair_interpreters_fair_idx').on(t.fairId), byProgram('fair_interpreters_by_program', t.programId)],
).enableRLS();

/** One row per party and slot it cannot make: a company, a student (by application) or an interpreter. */
export const fairUnavailability = pgTable(
  'fair_unavailability',
  {
    id: idColumn(),
    fairId: uuid('fair_id').notNull().references(() => interviewFairs.id, { onDelete: 'cascade' }),
    programId: program(),
    slotId: uuid('slot_id').notNull().references(() => fairSlots.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => studentApplications.id, { onDelete: 'cascade' }),
    interpreterId: uuid('interpreter_id').references(() => fairInterpreters.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check('fair_unavailability_one_party', sql`num_nonnulls(${t.organizationId}, ${t.applicationId}, ${t.interpreterId}) = 1`),
    uniqueIndex('fair_unavailability_company_unique').on(t.slotId, t.organizationId).where(sql`${t.organizationId} is not null`),
    uniqueIndex('fair_unavailability_student_unique').on(t.slotId, t.applicationId).where(sql`${t.applicationId} is not null`),
    uniqueIndex('fair_unavailability_interpreter_unique').on(t.slotId, t.interpreterId).where(sql`${t.interpreterId} is not null`),
    index('fair_unavailability_fair_idx').on(t.fairId),
    byProgram('fair_unavailability_by_program', t.programId),
  ],
).enableRLS();

export const fairInterviews = pgTable(
  'fair_interviews',
  {
    id: idColumn(),
    fairId: uuid('fair_id').notNull().references(() => interviewFairs.id, { onDelete: 'cascade' }),
    programId: program(),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    /** The two ids as their seq; a trigger keeps them (migration 0021): the matching reads the pairs so. */
    applicationSeq: integer('application_seq'),
    organizationSeq: integer('organization_seq'),
    status: interviewStatus('status').notNull().default('requested'),
    requestedBy: interviewRequester('requested_by').notNull(),
    needsInterpreter: boolean('needs_interpreter').notNull().default(false),
    slotId: uuid('slot_id').references(() => fairSlots.id, { onDelete: 'set null' }),
    room: integer('room'),
    interpreterId: uuid('interpreter_id').references(() => fairInterpreters.id, { onDelete: 'set null' }),
    pinned: boolean('pinned').notNull().default(false),
    /** The scheduler's reason code when it could not place the interview. */
    unscheduledReason: text('unscheduled_reason'),
    ...auditColumns(),
  },
  (t) => [
    unique('fair_interviews_pair_unique').on(t.fairId, t.applicationId, t.organizationId),
    uniqueIndex('fair_interviews_student_slot_unique').on(t.slotId, t.applicationId).where(sql`${t.slotId} is not null`),
    uniqueIndex('fair_interviews_room_slot_unique').on(t.slotId, t.organizationId, t.room).where(sql`${t.slotId} is not null`),
    uniqueIndex('fair_interviews_interpreter_slot_unique').on(t.slotId, t.interpreterId).where(sql`${t.interpreterId} is not null`),
    index('fair_interviews_fair_idx').on(t.fairId, t.status),
    check('fair_interviews_placed_check', sql`(${t.slotId} is null) = (${t.room} is null) and (${t.slotId} is null or ${t.status} = 'approved')`),
    byProgram('fair_interviews_by_program', t.programId),
  ],
).enableRLS();

export const interviewEvaluations = pgTable(
  'interview_evaluations',
  {
    id: idColumn(),
    interviewId: uuid('interview_id').notNull().references(() => fairInterviews.id, { onDelete: 'cascade' }),
    programId: program(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    notes: text('notes').notNull().default(''),
    recommendation: recommendation('recommendation').notNull(),
    evaluatedByUserId: uuid('evaluated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [unique('interview_evaluations_interview_unique').on(t.interviewId), byProgram('interview_evaluations_by_program', t.programId)],
).enableRLS();
