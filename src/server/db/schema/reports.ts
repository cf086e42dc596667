// Reports (issue 9): what the dashboards read besides the pipeline's own tables, and the funded
// projects a program reports to.
//
// - population_series: an operator's region's working-age population by year (census actuals
//   and forecasts), shown beside its hires. Public statistics, no personal data.
// - funded_projects and their activities, indicators, actuals per period, budget lines and
//   expenses: kept to the people who see the program (row-level security like the pipeline's).
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgPolicy, pgTable, primaryKey, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { BUDGET_CATEGORIES, INDICATOR_METRICS, INDICATOR_UNITS } from '../../../domain/reports/funded-project.ts';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';
import { users } from './auth.ts';
import { auditColumns, idColumn } from './columns.ts';
import { organizations } from './organizations.ts';
import { programs } from './programs.ts';

const byProgram = (name: string, programId: unknown) => pgPolicy(name, { for: 'all', using: sql`kakehashi_program_visible(${programId})`, withCheck: sql`kakehashi_program_visible(${programId})` });
const program = () => uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' });
const yen = (name: string) => bigint(name, { mode: 'number' });

export const populationSeries = pgTable(
  'population_series',
  {
    operatorId: uuid('operator_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** People aged 15–64 in the operator's region. */
    workingAge: integer('working_age').notNull(),
    /** A projection (e.g. the 2050 forecast), not a census count. */
    forecast: boolean('forecast').notNull().default(false),
    source: text('source').notNull().default(''),
    ...auditColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.operatorId, t.year] }),
    check('population_series_year_check', sql`${t.year} between 1900 and 2200`),
    check('population_series_working_age_check', sql`${t.workingAge} >= 0`),
  ],
);

export const indicatorMetric = pgEnum('indicator_metric', INDICATOR_METRICS);
export const indicatorUnit = pgEnum('indicator_unit', INDICATOR_UNITS);
export const budgetCategory = pgEnum('budget_category', BUDGET_CATEGORIES);

export const fundedProjects = pgTable(
  'funded_projects',
  {
    id: idColumn(),
    programId: program(),
    funderId: uuid('funder_id').notNull().references(() => organizations.id, { onDelete: 'restrict' }),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    budgetYen: yen('budget_yen').notNull(),
    ...auditColumns(),
  },
  (t) => [
    index('funded_projects_program_idx').on(t.programId),
    check('funded_projects_period_check', sql`${t.startsOn} <= ${t.endsOn}`),
    check('funded_projects_budget_check', sql`${t.budgetYen} >= 0`),
    byProgram('funded_projects_by_program', t.programId),
  ],
).enableRLS();

const project = () => uuid('project_id').notNull().references(() => fundedProjects.id, { onDelete: 'cascade' });

export const projectActivities = pgTable(
  'project_activities',
  {
    id: idColumn(),
    programId: program(),
    projectId: project(),
    ordinal: smallint('ordinal').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    ...auditColumns(),
  },
  (t) => [unique('project_activities_ordinal_unique').on(t.projectId, t.ordinal), byProgram('project_activities_by_program', t.programId)],
).enableRLS();

export const projectIndicators = pgTable(
  'project_indicators',
  {
    id: idColumn(),
    programId: program(),
    projectId: project(),
    activityId: uuid('activity_id').references(() => projectActivities.id, { onDelete: 'cascade' }),
    ordinal: smallint('ordinal').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    unit: indicatorUnit('unit').notNull(),
    /** Set when the actuals are counted from the records; null when they are entered with evidence. */
    metric: indicatorMetric('metric'),
    baseline: numeric('baseline', { mode: 'number' }).notNull().default(0),
    target: numeric('target', { mode: 'number' }).notNull(),
    ...auditColumns(),
  },
  (t) => [unique('project_indicators_ordinal_unique').on(t.projectId, t.ordinal), byProgram('project_indicators_by_program', t.programId)],
).enableRLS();

/** An entered actual of an indicator for a period, with its evidence. */
export const indicatorActuals = pgTable(
  'indicator_actuals',
  {
    id: idColumn(),
    programId: program(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => projectIndicators.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    evidence: text('evidence').notNull(),
    enteredByUserId: uuid('entered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [
    unique('indicator_actuals_period_unique').on(t.indicatorId, t.periodStart, t.periodEnd),
    check('indicator_actuals_period_check', sql`${t.periodStart} <= ${t.periodEnd}`),
    byProgram('indicator_actuals_by_program', t.programId),
  ],
).enableRLS();

export const budgetLines = pgTable(
  'budget_lines',
  {
    id: idColumn(),
    programId: program(),
    projectId: project(),
    ordinal: smallint('ordinal').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    category: budgetCategory('category').notNull(),
    plannedYen: yen('planned_yen').notNull(),
    /** Contributed in kind (free housing, donated lecture hours), valued in yen; not paid from the budget. */
    inKind: boolean('in_kind').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    unique('budget_lines_ordinal_unique').on(t.projectId, t.ordinal),
    check('budget_lines_planned_check', sql`${t.plannedYen} >= 0`),
    byProgram('budget_lines_by_program', t.programId),
  ],
).enableRLS();

export const projectExpenses = pgTable(
  'project_expenses',
  {
    id: idColumn(),
    programId: program(),
    budgetLineId: uuid('budget_line_id')
      .notNull()
      .references(() => budgetLines.id, { onDelete: 'cascade' }),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    amountYen: yen('amount_yen').notNull(),
    description: text('description').notNull(),
    /** Who gave an in-kind contribution (e.g. Leopalace21 for the flats). */
    contributorId: uuid('contributor_id').references(() => organizations.id, { onDelete: 'set null' }),
    enteredByUserId: uuid('entered_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    ...auditColumns(),
  },
  (t) => [
    index('project_expenses_line_idx').on(t.budgetLineId, t.spentOn),
    check('project_expenses_amount_check', sql`${t.amountYen} >= 0`),
    byProgram('project_expenses_by_program', t.programId),
  ],
).enableRLS();
