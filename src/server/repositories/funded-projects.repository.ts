// A program's funded projects and their parts: activities, indicators, entered actuals, budget
// lines and expenses. Versioned writes (versioned.ts); row-level security keeps them to the
// people who see the program.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { budgetLines, fundedProjects, indicatorActuals, organizations, participations, programs, projectActivities, projectExpenses, projectIndicators } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { deleteVersioned, updateVersioned } from './versioned.ts';

export type FundedProjectRow = typeof fundedProjects.$inferSelect;
export type ActivityRow = typeof projectActivities.$inferSelect;
export type IndicatorRow = typeof projectIndicators.$inferSelect;
export type ActualRow = typeof indicatorActuals.$inferSelect;
export type BudgetLineRow = typeof budgetLines.$inferSelect;
export type ExpenseRow = typeof projectExpenses.$inferSelect;

/** The tables a funded project's records live in, by the name the routes and audit use. */
export const PROJECT_TABLES = { project: fundedProjects, activity: projectActivities, indicator: projectIndicators, actual: indicatorActuals, budgetLine: budgetLines, expense: projectExpenses } as const;
export type ProjectRecord = keyof typeof PROJECT_TABLES;

export const listProjects = (db: Executor, programId: string): Promise<FundedProjectRow[]> =>
  db.select().from(fundedProjects).where(eq(fundedProjects.programId, programId)).orderBy(asc(fundedProjects.startsOn), asc(fundedProjects.createdAt));

export const findProject = async (db: Executor, id: string): Promise<FundedProjectRow | null> => (await db.select().from(fundedProjects).where(eq(fundedProjects.id, id)))[0] ?? null;
export const findActivity = async (db: Executor, id: string): Promise<ActivityRow | null> => (await db.select().from(projectActivities).where(eq(projectActivities.id, id)))[0] ?? null;
export const findIndicator = async (db: Executor, id: string): Promise<IndicatorRow | null> => (await db.select().from(projectIndicators).where(eq(projectIndicators.id, id)))[0] ?? null;
export const findActual = async (db: Executor, id: string): Promise<ActualRow | null> => (await db.select().from(indicatorActuals).where(eq(indicatorActuals.id, id)))[0] ?? null;
export const findBudgetLine = async (db: Executor, id: string): Promise<BudgetLineRow | null> => (await db.select().from(budgetLines).where(eq(budgetLines.id, id)))[0] ?? null;
export const findExpense = async (db: Executor, id: string): Promise<ExpenseRow | null> => (await db.select().from(projectExpenses).where(eq(projectExpenses.id, id)))[0] ?? null;

export const insertProject = async (db: Executor, row: typeof fundedProjects.$inferInsert) => (await db.insert(fundedProjects).values(row).returning())[0]!;
export const insertActivity = async (db: Executor, row: typeof projectActivities.$inferInsert) => (await db.insert(projectActivities).values(row).returning())[0]!;
export const insertIndicator = async (db: Executor, row: typeof projectIndicators.$inferInsert) => (await db.insert(projectIndicators).values(row).returning())[0]!;
export const insertActual = async (db: Executor, row: typeof indicatorActuals.$inferInsert) => (await db.insert(indicatorActuals).values(row).returning())[0]!;
export const insertBudgetLine = async (db: Executor, row: typeof budgetLines.$inferInsert) => (await db.insert(budgetLines).values(row).returning())[0]!;
export const insertExpense = async (db: Executor, row: typeof projectExpenses.$inferInsert) => (await db.insert(projectExpenses).values(row).returning())[0]!;

/** A versioned change to any record of a project. */
export const updateRecord = <R extends ProjectRecord>(db: Executor, record: R, id: string, version: number, changes: Partial<(typeof PROJECT_TABLES)[R]['$inferInsert']>) =>
  updateVersioned(db, PROJECT_TABLES[record] as (typeof PROJECT_TABLES)['project'], id, version, changes as never);

export const deleteRecord = (db: Executor, record: ProjectRecord, id: string, version: number) => deleteVersioned(db, PROJECT_TABLES[record] as (typeof PROJECT_TABLES)['project'], id, version);

/** Everything a project's view and report read, in display order. */
export async function projectParts(db: Executor, projectId: string) {
  const [activities, indicators, lines] = await Promise.all([
    db.select().from(projectActivities).where(eq(projectActivities.projectId, projectId)).orderBy(asc(projectActivities.ordinal)),
    db.select().from(projectIndicators).where(eq(projectIndicators.projectId, projectId)).orderBy(asc(projectIndicators.ordinal)),
    db.select().from(budgetLines).where(eq(budgetLines.projectId, projectId)).orderBy(asc(budgetLines.ordinal)),
  ]);
  const indicatorIds = indicators.map((i) => i.id);
  const lineIds = lines.map((l) => l.id);
  const [actuals, expenses] = await Promise.all([
    indicatorIds.length ? db.select().from(indicatorActuals).where(inArray(indicatorActuals.indicatorId, indicatorIds)).orderBy(desc(indicatorActuals.periodEnd), desc(indicatorActuals.periodStart)) : Promise.resolve([]),
    lineIds.length ? db.select().from(projectExpenses).where(inArray(projectExpenses.budgetLineId, lineIds)).orderBy(desc(projectExpenses.spentOn), desc(projectExpenses.createdAt)) : Promise.resolve([]),
  ]);
  return { activities, indicators, lines, actuals, expenses };
}

export type OrganizationRef = { id: string; name: Record<string, string> };

/** The program's participants in a role (e.g. its funders), with their names. */
export const participantsOf = (db: Executor, programId: string, roles?: readonly (typeof participations.$inferSelect)['role'][]): Promise<OrganizationRef[]> =>
  db
    .selectDistinct({ id: organizations.id, name: organizations.name })
    .from(participations)
    .innerJoin(organizations, eq(organizations.id, participations.organizationId))
    .where(and(eq(participations.programId, programId), roles ? inArray(participations.role, [...roles]) : undefined))
    .orderBy(asc(organizations.id));

/** The operator of the program, a contributor too (its own staff's time, its premises). */
export const operatorOf = async (db: Executor, programId: string): Promise<OrganizationRef | null> =>
  (await db.select({ id: organizations.id, name: organizations.name }).from(programs).innerJoin(organizations, eq(organizations.id, programs.operatorId)).where(eq(programs.id, programId)))[0] ?? null;

export const organizationNames = async (db: Executor, ids: readonly string[]): Promise<Map<string, OrganizationRef>> => {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
};
