// Consents and student applications (issue 4). A consent names its notice version, the language
// it was shown in and the organizations the data may be shared with; withdrawing it sets
// withdrawn_at (the record stays). An application is a student's in one program, with its
// pipeline status; pipeline_transitions is its append-only history. Row-level security keeps
// all three to the people who see the program (kakehashi_program_visible, migration 0007).
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgEnum, pgPolicy, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { APPLICATION_FILE_KINDS, JLPT_LEVELS } from '../../../domain/applications/application.ts';
import { CONSENT_CHANNELS } from '../../../domain/consent/consent.ts';
import { ACTOR_KINDS, PIPELINE_STATUSES } from '../../../domain/pipeline/pipeline-status.ts';
import { auditColumns, idColumn } from './columns.ts';
import { users } from './auth.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const visibleProgram = (programId: unknown) => sql`kakehashi_program_visible(${programId})`;

export const consentChannel = pgEnum('consent_channel', CONSENT_CHANNELS);

export const consents = pgTable(
  'consents',
  {
    id: idColumn(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    noticeVersion: text('notice_version').notNull(),
    language: text('language').notNull(),
    recipientIds: uuid('recipient_ids').array().notNull(),
    /** recipientIds as the organizations' seq, in order (unknown ids left out); a trigger keeps it (migration 0021). */
    recipientSeqs: jsonb('recipient_seqs').$type<number[]>().notNull().default([]),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    channel: consentChannel('channel').notNull().default('self'),
    /** Who recorded a consent given on paper (the college coordinator or operator); null when self-given. */
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    // At most one active consent per student and program; a new one replaces it.
    uniqueIndex('consents_active_unique').on(t.userId, t.programId).where(sql`${t.withdrawnAt} is null`),
    pgPolicy('consents_by_program', { for: 'all', using: visibleProgram(t.programId), withCheck: visibleProgram(t.programId) }),
  ],
).enableRLS();

export const jlptLevel = pgEnum('jlpt_level', JLPT_LEVELS);
export const pipelineStatus = pgEnum('pipeline_status', PIPELINE_STATUSES);
export const pipelineActorKind = pgEnum('pipeline_actor_kind', ACTOR_KINDS);

export const studentApplications = pgTable(
  'student_applications',
  {
    id: idColumn(),
    /** A small integer key of its own, for reads of millions of references (the matching's lists, migration 0021). */
    seq: integer('seq').generatedByDefaultAsIdentity().notNull().unique(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    collegeId: uuid('college_id').notNull().references(() => organizations.id),
    /** As in the passport. */
    nameLatin: text('name_latin').notNull(),
    nameCyrillic: text('name_cyrillic').notNull(),
    nameKatakana: text('name_katakana').notNull(),
    department: text('department').notNull(),
    graduationYear: integer('graduation_year').notNull(),
    jlptLevel: jlptLevel('jlpt_level').notNull(),
    jlptDate: date('jlpt_date', { mode: 'string' }),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    companiesOfInterest: uuid('companies_of_interest').array().notNull().default(sql`'{}'::uuid[]`),
    status: pipelineStatus('status').notNull().default('applied'),
    /**
     * The furthest status of the chain the student reached, for the funnel (issue 9): kept by a
     * trigger on every change of status (migration 0018), so that a dashboard counts an index.
     */
    furthestStatus: pipelineStatus('furthest_status').notNull().default('applied'),
    ...auditColumns(),
  },
  (t) => [
    unique('student_applications_program_user_unique').on(t.programId, t.userId),
    index('student_applications_college_idx').on(t.programId, t.collegeId),
    index('student_applications_funnel_idx').on(t.programId, t.furthestStatus, t.collegeId),
    check('student_applications_graduation_year_check', sql`${t.graduationYear} between 2000 and 2100`),
    pgPolicy('student_applications_by_program', { for: 'all', using: visibleProgram(t.programId), withCheck: visibleProgram(t.programId) }),
  ],
).enableRLS();

/** Append-only history of an application's status: who moved it, in which capacity, when and why. */
export const pipelineTransitions = pgTable(
  'pipeline_transitions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    from: pipelineStatus('from').notNull(),
    to: pipelineStatus('to').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    byKind: pipelineActorKind('by_kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reasonCode: text('reason_code'),
    note: text('note'),
  },
  (t) => [
    index('pipeline_transitions_application_idx').on(t.applicationId, t.id),
    // Visible with its application (whose own policy asks kakehashi_program_visible).
    pgPolicy('pipeline_transitions_by_application', {
      for: 'all',
      using: sql`exists (select 1 from student_applications a where a.id = ${t.applicationId})`,
      withCheck: sql`exists (select 1 from student_applications a where a.id = ${t.applicationId})`,
    }),
  ],
).enableRLS();

export const applicationFileKind = pgEnum('application_file_kind', APPLICATION_FILE_KINDS);

/**
 * A CV or portfolio attached to an application. The bytes live outside the database, under the
 * data folder, by a random storage name; the row keeps what the server checked (media type
 * sniffed from the content, size, SHA-256) and the name the student gave the file.
 */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: idColumn(),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    kind: applicationFileKind('kind').notNull(),
    storageName: text('storage_name').notNull(),
    originalName: text('original_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('application_files_storage_name_unique').on(t.storageName),
    index('application_files_application_idx').on(t.applicationId, t.kind),
    check('application_files_size_check', sql`${t.sizeBytes} > 0`),
    pgPolicy('application_files_by_application', {
      for: 'all',
      using: sql`exists (select 1 from student_applications a where a.id = ${t.applicationId})`,
      withCheck: sql`exists (select 1 from student_applications a where a.id = ${t.applicationId})`,
    }),
  ],
).enableRLS();
