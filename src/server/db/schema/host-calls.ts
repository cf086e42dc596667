// The call for host companies (issue 4 item 1): one call per program, and the companies'
// applications to it with the operator's scores and decision. Row-level security: a call is
// visible with its program (kakehashi_program_visible) and, once no longer a draft, to every signed-in
// organization (any host company may read an open call: there is no invitation list yet); an
// application is visible with its program and to its own company, which is not necessarily a
// participant of the program before it is accepted.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgPolicy, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { HOST_CALL_STATUSES, HOST_DECISIONS, type CallQuestion, type RubricCriterion } from '../../../domain/host-calls/host-call.ts';
import { auditColumns, idColumn } from './columns.ts';
import { users } from './auth.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

export const hostCallStatus = pgEnum('host_call_status', HOST_CALL_STATUSES);
export const hostDecision = pgEnum('host_decision', HOST_DECISIONS);

export const hostCalls = pgTable(
  'host_calls',
  {
    id: idColumn(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    /** The program's operator, copied: a company that does not take part yet cannot read the program. */
    operatorId: uuid('operator_id').notNull().references(() => organizations.id),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    internCapPerCompany: integer('intern_cap_per_company'),
    questions: jsonb('questions').$type<CallQuestion[]>().notNull().default(sql`'[]'::jsonb`),
    rubric: jsonb('rubric').$type<RubricCriterion[]>().notNull().default(sql`'[]'::jsonb`),
    status: hostCallStatus('status').notNull().default('draft'),
    ...auditColumns(),
  },
  (t) => [
    unique('host_calls_program_unique').on(t.programId),
    check('host_calls_intern_cap_check', sql`${t.internCapPerCompany} is null or ${t.internCapPerCompany} >= 0`),
    pgPolicy('host_calls_read', { for: 'select', using: sql`kakehashi_program_visible(${t.programId}) or (${t.status} <> 'draft' and cardinality(kakehashi_actor_organizations()) > 0)` }),
    pgPolicy('host_calls_write', { for: 'insert', withCheck: sql`kakehashi_program_visible(${t.programId})` }),
    pgPolicy('host_calls_update', { for: 'update', using: sql`kakehashi_program_visible(${t.programId})`, withCheck: sql`kakehashi_program_visible(${t.programId})` }),
    pgPolicy('host_calls_delete', { for: 'delete', using: sql`kakehashi_program_visible(${t.programId})` }),
  ],
).enableRLS();

const visibleToProgramOrCompany = (programId: unknown, companyId: unknown) => sql`kakehashi_program_visible(${programId}) or ${companyId} = any (kakehashi_actor_organizations())`;

export const hostApplications = pgTable(
  'host_applications',
  {
    id: idColumn(),
    callId: uuid('call_id').notNull().references(() => hostCalls.id, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').notNull().references(() => organizations.id),
    industry: text('industry').notNull(),
    employeeCount: integer('employee_count').notNull(),
    city: text('city').notNull(),
    positions: text('positions').array().notNull(),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    interviewerNames: text('interviewer_names').array().notNull().default(sql`'{}'::text[]`),
    interviewerCount: integer('interviewer_count').notNull(),
    canHostInInternshipPeriod: boolean('can_host_in_internship_period').notNull(),
    wantsToHire: boolean('wants_to_hire').notNull(),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    scores: jsonb('scores').$type<Record<string, number>>(),
    decision: hostDecision('decision').notNull().default('pending'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [
    unique('host_applications_call_company_unique').on(t.callId, t.companyId),
    index('host_applications_program_idx').on(t.programId),
    check('host_applications_employee_count_check', sql`${t.employeeCount} >= 1`),
    pgPolicy('host_applications_by_program_or_company', {
      for: 'all',
      using: visibleToProgramOrCompany(t.programId, t.companyId),
      withCheck: visibleToProgramOrCompany(t.programId, t.companyId),
    }),
  ],
).enableRLS();
