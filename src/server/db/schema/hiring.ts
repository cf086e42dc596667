// Hiring and after (issue 8 items 3, 4 and 6): interns' applications to companies moving through
// the company's selection steps, job offers (内定) kept with their history, the employment an
// accepted offer starts, the residence paperwork of each hire (the facts the dated rules of
// domain/residence count from, the steps done, the reminders sent) and the follow-up check-ins.
//
// The residence-card number is encrypted (AES-256-GCM bound to the column) like identity
// documents; its expiry stays plain, as reminders are computed from it. A reminder is sent at
// most once: its stable key (domain/residence/reminders.ts) is unique per case.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgPolicy, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { CHECK_IN_RESPONDENTS, type CheckInAnswers } from '../../../domain/follow-up/check-ins.ts';
import { HIRING_OUTCOMES, HIRING_STAGES, OFFER_STATUSES, RETENTION_STATUSES } from '../../../domain/hiring/hiring.ts';
import { REPORT_LANGUAGES } from '../../../domain/internship/internship.ts';
import type { ReadinessRecord } from '../../../domain/readiness/readiness.ts';
import { studentApplications } from './applications.ts';
import { users } from './auth.ts';
import { auditColumns, idColumn } from './columns.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const byProgram = (name: string, programId: unknown) => pgPolicy(name, { for: 'all', using: sql`kakehashi_program_visible(${programId})`, withCheck: sql`kakehashi_program_visible(${programId})` });
const program = () => uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' });
const application = () => uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' });
const company = () => uuid('company_id').notNull().references(() => organizations.id, { onDelete: 'restrict' });

export const hiringStage = pgEnum('hiring_stage', HIRING_STAGES);
export const hiringOutcome = pgEnum('hiring_outcome', HIRING_OUTCOMES);
export const offerStatus = pgEnum('job_offer_status', OFFER_STATUSES);
export const retentionStatus = pgEnum('retention_status', RETENTION_STATUSES);
export const checkInRespondent = pgEnum('check_in_respondent', CHECK_IN_RESPONDENTS);
export const answerLanguage = pgEnum('check_in_language', REPORT_LANGUAGES);

export const hiringApplications = pgTable(
  'hiring_applications',
  {
    id: idColumn(),
    programId: program(),
    applicationId: application(),
    companyId: company(),
    stage: hiringStage('stage').notNull().default('applied'),
    outcome: hiringOutcome('outcome').notNull().default('open'),
    motivation: text('motivation').notNull().default(''),
    note: text('note').notNull().default(''),
    ...auditColumns(),
  },
  (t) => [unique('hiring_applications_unique').on(t.programId, t.applicationId, t.companyId), byProgram('hiring_applications_by_program', t.programId)],
).enableRLS();

export const jobOffers = pgTable(
  'job_offers',
  {
    id: idColumn(),
    programId: program(),
    hiringApplicationId: uuid('hiring_application_id').notNull().references(() => hiringApplications.id, { onDelete: 'cascade' }),
    position: text('position').notNull(),
    monthlySalaryYen: integer('monthly_salary_yen').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    workplace: text('workplace').notNull().default(''),
    conditions: text('conditions').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    status: offerStatus('status').notNull().default('issued'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    ...auditColumns(),
  },
  (t) => [index('job_offers_application_idx').on(t.hiringApplicationId), byProgram('job_offers_by_program', t.programId)],
).enableRLS();

/** A hire: created when a student accepts an offer; at most one per student and program. */
export const employments = pgTable(
  'employments',
  {
    id: idColumn(),
    programId: program(),
    applicationId: application(),
    companyId: company(),
    offerId: uuid('offer_id').notNull().references(() => jobOffers.id, { onDelete: 'restrict' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    retention: retentionStatus('retention').notNull().default('employed'),
    retentionReason: text('retention_reason'),
    retentionChangedOn: date('retention_changed_on', { mode: 'string' }),
    ...auditColumns(),
  },
  (t) => [unique('employments_application_unique').on(t.programId, t.applicationId), byProgram('employments_by_program', t.programId)],
).enableRLS();

export const residenceCases = pgTable(
  'residence_cases',
  {
    id: idColumn(),
    programId: program(),
    employmentId: uuid('employment_id')
      .notNull()
      .references(() => employments.id, { onDelete: 'cascade' }),
    employmentInsured: boolean('employment_insured').notNull().default(true),
    coeIssuedOn: date('coe_issued_on', { mode: 'string' }),
    arrivedOn: date('arrived_on', { mode: 'string' }),
    employmentStartedOn: date('employment_started_on', { mode: 'string' }),
    affiliationChangedOn: date('affiliation_changed_on', { mode: 'string' }),
    residenceCardNumberEncrypted: text('residence_card_number_encrypted'),
    residenceCardExpiresOn: date('residence_card_expires_on', { mode: 'string' }),
    ...auditColumns(),
  },
  (t) => [unique('residence_cases_employment_unique').on(t.employmentId), byProgram('residence_cases_by_program', t.programId)],
).enableRLS();

export const residenceSteps = pgTable(
  'residence_steps',
  {
    id: idColumn(),
    programId: program(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => residenceCases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    doneByUserId: uuid('done_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [unique('residence_steps_kind_unique').on(t.caseId, t.kind), byProgram('residence_steps_by_program', t.programId)],
).enableRLS();

export const residenceRemindersSent = pgTable(
  'residence_reminders_sent',
  {
    id: idColumn(),
    programId: program(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => residenceCases.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    recipients: smallint('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('residence_reminders_sent_key_unique').on(t.caseId, t.key), byProgram('residence_reminders_sent_by_program', t.programId)],
).enableRLS();

export const checkIns = pgTable(
  'check_ins',
  {
    id: idColumn(),
    programId: program(),
    employmentId: uuid('employment_id')
      .notNull()
      .references(() => employments.id, { onDelete: 'cascade' }),
    month: smallint('month').notNull(),
    respondent: checkInRespondent('respondent').notNull(),
    answers: jsonb('answers').$type<CheckInAnswers>().notNull(),
    language: answerLanguage('language').notNull(),
    answeredByUserId: uuid('answered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [unique('check_ins_unique').on(t.employmentId, t.month, t.respondent), byProgram('check_ins_by_program', t.programId)],
).enableRLS();

/** A host company's readiness in a program (issue 8 item 7): what is arranged and which training is done. */
export const companyReadiness = pgTable(
  'company_readiness',
  {
    id: idColumn(),
    programId: program(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    items: jsonb('items').$type<ReadinessRecord['items']>().notNull().default({}),
    modules: jsonb('modules').$type<ReadinessRecord['modules']>().notNull().default({}),
    ...auditColumns(),
  },
  (t) => [unique('company_readiness_unique').on(t.programId, t.companyId), byProgram('company_readiness_by_program', t.programId)],
).enableRLS();
