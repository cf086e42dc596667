import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { PARTICIPATION_ROLES } from '../../../domain/organizations/organization.ts';
import { PHASE_KINDS } from '../../../domain/programs/phase.ts';
import type { ReportedFigures } from '../../../domain/programs/program.ts';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';
import { auditColumns, idColumn } from './columns.ts';
import { organizations } from './organizations.ts';

export const programs = pgTable(
  'programs',
  {
    id: idColumn(),
    operatorId: uuid('operator_id').notNull().references(() => organizations.id),
    fiscalYear: integer('fiscal_year').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>(),
    internCapPerCompany: integer('intern_cap_per_company'),
    plannedInterns: integer('planned_interns'),
    reportedFigures: jsonb('reported_figures').$type<ReportedFigures>(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...auditColumns(),
  },
  (t) => [
    unique('programs_operator_fiscal_year_unique').on(t.operatorId, t.fiscalYear),
    index('programs_fiscal_year_idx').on(t.fiscalYear),
    check('programs_fiscal_year_check', sql`${t.fiscalYear} between 2000 and 2100`),
    check('programs_intern_cap_check', sql`${t.internCapPerCompany} is null or ${t.internCapPerCompany} >= 0`),
  ],
);

/** A cohort is one intake of a program; Nagaoka calls them "turns". */
export const cohorts = pgTable(
  'cohorts',
  {
    id: idColumn(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    plannedInterns: integer('planned_interns'),
    ...auditColumns(),
  },
  (t) => [unique('cohorts_program_ordinal_unique').on(t.programId, t.ordinal)],
);

export const phaseKind = pgEnum('phase_kind', PHASE_KINDS);

export const phases = pgTable(
  'phases',
  {
    id: idColumn(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    cohortId: uuid('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    kind: phaseKind('kind').notNull(),
    label: jsonb('label').$type<LocalizedText>(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    location: text('location'),
    note: jsonb('note').$type<LocalizedText>(),
    ...auditColumns(),
  },
  (t) => [
    index('phases_program_idx').on(t.programId, t.startDate),
    check('phases_date_order_check', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

export const participationRole = pgEnum('participation_role', PARTICIPATION_ROLES);

/** An organization's role in a program: host company, sending college, housing partner, … */
export const participations = pgTable(
  'participations',
  {
    id: idColumn(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    role: participationRole('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('participations_unique').on(t.programId, t.organizationId, t.role),
    index('participations_organization_idx').on(t.organizationId),
  ],
);

