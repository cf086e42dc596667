// Intern selection (issue 6): a program's matching rounds, the companies and seats of each, the
// rank-order lists (one row per student or company list, the ranked ids in order), and the
// result (one row per matched student, marked when the operator changed it by hand, with the
// reason). Row-level security as for fairs: visible with the program.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgPolicy, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROUND_STATUSES } from '../../../domain/matching/matching-round.ts';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';
import { studentApplications } from './applications.ts';
import { users } from './auth.ts';
import { auditColumns, idColumn } from './columns.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const byProgram = (name: string, programId: unknown) => pgPolicy(name, { for: 'all', using: sql`kakehashi_program_visible(${programId})`, withCheck: sql`kakehashi_program_visible(${programId})` });
const program = () => uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' });

export const roundStatus = pgEnum('matching_round_status', ROUND_STATUSES);

/** What the last run said: when, how many matched, whether the cap was reached, and the checker's verdict. */
export type MatchingRunSummary = { ranAt: string; matched: number; unmatched: number; capReached: boolean; violations: number };

export const matchingRounds = pgTable(
  'matching_rounds',
  {
    id: idColumn(),
    programId: program(),
    ordinal: integer('ordinal').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    listsDeadline: timestamp('lists_deadline', { withTimezone: true }).notNull(),
    /** At most this many interns in all (the housing partner's flats); null: no program-wide cap. */
    totalCap: integer('total_cap'),
    capOrder: jsonb('cap_order').$type<string[]>().notNull().default([]),
    capTargets: jsonb('cap_targets').$type<Record<string, number>>().notNull().default({}),
    /** The JRMP rule: a company ranks only students it interviewed. */
    requireInterviewed: boolean('require_interviewed').notNull().default(true),
    interimDemandPublished: boolean('interim_demand_published').notNull().default(false),
    status: roundStatus('status').notNull().default('collecting'),
    lastRun: jsonb('last_run').$type<MatchingRunSummary>(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
    ...auditColumns(),
  },
  (t) => [
    unique('matching_rounds_ordinal_unique').on(t.programId, t.ordinal),
    check('matching_rounds_total_cap_check', sql`${t.totalCap} is null or ${t.totalCap} >= 0`),
    byProgram('matching_rounds_by_program', t.programId),
  ],
).enableRLS();

export const matchingCompanies = pgTable(
  'matching_companies',
  {
    id: idColumn(),
    roundId: uuid('round_id').notNull().references(() => matchingRounds.id, { onDelete: 'cascade' }),
    programId: program(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    seats: integer('seats').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [unique('matching_companies_unique').on(t.roundId, t.organizationId), check('matching_companies_seats_check', sql`${t.seats} between 0 and 1000`), byProgram('matching_companies_by_program', t.programId)],
).enableRLS();

/** One rank-order list: a student's (by application) of organization ids, or a company's of application ids. */
export const rankLists = pgTable(
  'rank_lists',
  {
    id: idColumn(),
    roundId: uuid('round_id').notNull().references(() => matchingRounds.id, { onDelete: 'cascade' }),
    programId: program(),
    applicationId: uuid('application_id').references(() => studentApplications.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    ranking: jsonb('ranking').$type<string[]>().notNull(),
    /** The ranking as the seq of each company or application, in order (unknown ids left out), and the owner's seq; a trigger keeps them (migration 0021). */
    rankingSeqs: jsonb('ranking_seqs').$type<number[]>().notNull().default([]),
    ownerSeq: integer('owner_seq'),
    submittedByUserId: uuid('submitted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [
    check('rank_lists_one_owner', sql`num_nonnulls(${t.applicationId}, ${t.organizationId}) = 1`),
    uniqueIndex('rank_lists_student_unique').on(t.roundId, t.applicationId).where(sql`${t.applicationId} is not null`),
    uniqueIndex('rank_lists_company_unique').on(t.roundId, t.organizationId).where(sql`${t.organizationId} is not null`),
    byProgram('rank_lists_by_program', t.programId),
  ],
).enableRLS();

export const matchingResults = pgTable(
  'matching_results',
  {
    id: idColumn(),
    roundId: uuid('round_id').notNull().references(() => matchingRounds.id, { onDelete: 'cascade' }),
    programId: program(),
    applicationId: uuid('application_id').notNull().references(() => studentApplications.id, { onDelete: 'cascade' }),
    /** Null only for a student the operator took out of the result by hand (the reason says why). */
    organizationId: uuid('organization_id').references(() => organizations.id),
    /** Set when the operator placed the student (or took them out) by hand; the change is audited too. */
    overrideReason: text('override_reason'),
    overriddenByUserId: uuid('overridden_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('matching_results_student_unique').on(t.roundId, t.applicationId),
    index('matching_results_company_idx').on(t.roundId, t.organizationId),
    check('matching_results_placed_or_by_hand', sql`${t.organizationId} is not null or ${t.overrideReason} is not null`),
    byProgram('matching_results_by_program', t.programId),
  ],
).enableRLS();
