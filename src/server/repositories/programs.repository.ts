import { and, asc, count, eq, inArray, isNotNull, isNull, max, min, or, sql, type SQL } from 'drizzle-orm';
import type { programScope } from '../../domain/access/policy.ts';
import type { ProgramListQuery } from '../../contracts/programs.ts';
import { cohorts, organizations, participations, phases, programs } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { currentVersion, deleteVersioned, updateVersioned } from './versioned.ts';
import { localizedSortKey, localizedTextMatches } from './search.ts';

export type ProgramScope = ReturnType<typeof programScope>;

export type ProgramRow = typeof programs.$inferSelect & {
  operator: { id: string; name: typeof organizations.$inferSelect.name; kind: typeof organizations.$inferSelect.kind };
  startDate: string | null;
  endDate: string | null;
  hostCompanyCount: number;
};
export type PhaseRow = typeof phases.$inferSelect;
export type CohortRow = typeof cohorts.$inferSelect;
export type ParticipationRow = {
  id: string;
  role: typeof participations.$inferSelect.role;
  organization: { id: string; name: typeof organizations.$inferSelect.name; kind: typeof organizations.$inferSelect.kind };
};

const startDate = sql<string | null>`(select ${min(phases.startDate)} from ${phases} where ${phases.programId} = ${programs.id})`;
const endDate = sql<string | null>`(select ${max(phases.endDate)} from ${phases} where ${phases.programId} = ${programs.id})`;
const hostCompanyCount = sql<number>`(select count(*)::int from ${participations} where ${participations.programId} = ${programs.id} and ${participations.role} = 'host_company')`;

function summarySelect() {
  return {
    ...programColumns(),
    operator: { id: organizations.id, name: organizations.name, kind: organizations.kind },
    startDate,
    endDate,
    hostCompanyCount,
  };
}

function filters(query: Omit<ProgramListQuery, 'page' | 'pageSize'>): SQL | undefined {
  const conditions: SQL[] = [query.archived ? isNotNull(programs.archivedAt) : isNull(programs.archivedAt)];
  if (query.operatorId) conditions.push(eq(programs.operatorId, query.operatorId));
  if (query.fiscalYear) conditions.push(eq(programs.fiscalYear, query.fiscalYear));
  if (query.q) conditions.push(localizedTextMatches(programs.name, query.q));
  return and(...conditions);
}

/** Programs operated by `operatorIds` or in which one of `participantIds` takes part (policy.programScope). */
function inScope(scope: ProgramScope): SQL {
  const takesPart = sql`exists (select 1 from ${participations} where ${participations.programId} = ${programs.id} and ${inArray(participations.organizationId, scope.participantIds)})`;
  return or(inArray(programs.operatorId, scope.operatorIds), takesPart)!;
}

export async function listPrograms(db: Executor, scope: ProgramScope, query: ProgramListQuery): Promise<{ rows: ProgramRow[]; total: number }> {
  const where = and(inScope(scope), filters(query));
  const [rows, totals] = await Promise.all([
    db
      .select(summarySelect())
      .from(programs)
      .innerJoin(organizations, eq(organizations.id, programs.operatorId))
      .where(where)
      .orderBy(sql`${programs.fiscalYear} desc`, localizedSortKey(organizations.name), asc(programs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(programs).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function findProgram(db: Executor, id: string): Promise<ProgramRow | null> {
  const rows = await db
    .select(summarySelect())
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.operatorId))
    .where(eq(programs.id, id));
  return rows[0] ?? null;
}

export async function listCohorts(db: Executor, programId: string): Promise<CohortRow[]> {
  return db.select().from(cohorts).where(eq(cohorts.programId, programId)).orderBy(asc(cohorts.ordinal));
}

export async function listPhases(db: Executor, programId: string): Promise<PhaseRow[]> {
  return db.select().from(phases).where(eq(phases.programId, programId)).orderBy(asc(phases.startDate), asc(phases.endDate), asc(phases.id));
}

export async function listParticipations(db: Executor, programId: string): Promise<ParticipationRow[]> {
  return db
    .select({
      id: participations.id,
      role: participations.role,
      organization: { id: organizations.id, name: organizations.name, kind: organizations.kind },
    })
    .from(participations)
    .innerJoin(organizations, eq(organizations.id, participations.organizationId))
    .where(eq(participations.programId, programId))
    .orderBy(asc(participations.role), localizedSortKey(organizations.name));
}

export async function insertProgram(db: Executor, values: typeof programs.$inferInsert): Promise<string> {
  const [row] = await db.insert(programs).values(values).returning({ id: programs.id });
  return row!.id;
}

export async function insertCohort(db: Executor, values: typeof cohorts.$inferInsert): Promise<string> {
  const [row] = await db.insert(cohorts).values(values).returning({ id: cohorts.id });
  return row!.id;
}

export async function insertPhase(db: Executor, values: typeof phases.$inferInsert): Promise<string> {
  const [row] = await db.insert(phases).values(values).returning({ id: phases.id });
  return row!.id;
}

export async function findPhase(db: Executor, programId: string, phaseId: string): Promise<PhaseRow | null> {
  const rows = await db.select().from(phases).where(and(eq(phases.id, phaseId), eq(phases.programId, programId)));
  return rows[0] ?? null;
}

export async function insertParticipation(db: Executor, values: typeof participations.$inferInsert): Promise<string> {
  const [row] = await db.insert(participations).values(values).returning({ id: participations.id });
  return row!.id;
}

export async function deleteParticipation(db: Executor, programId: string, participationId: string): Promise<boolean> {
  const rows = await db
    .delete(participations)
    .where(and(eq(participations.id, participationId), eq(participations.programId, programId)))
    .returning({ id: participations.id });
  return rows.length === 1;
}

/** Locks the program row so that checks on its phases and its own edits do not interleave. */
export async function lockProgram(db: Executor, id: string): Promise<{ fiscalYear: number; archivedAt: Date | null } | null> {
  const rows = await db
    .select({ fiscalYear: programs.fiscalYear, archivedAt: programs.archivedAt })
    .from(programs)
    .where(eq(programs.id, id))
    .for('update');
  return rows[0] ?? null;
}

function programColumns() {
  const { id, operatorId, fiscalYear, name, summary, internCapPerCompany, plannedInterns, reportedFigures, archivedAt, version, createdAt, updatedAt } = programs;
  return { id, operatorId, fiscalYear, name, summary, internCapPerCompany, plannedInterns, reportedFigures, archivedAt, version, createdAt, updatedAt };
}

/** The program a cohort belongs to, or null. */
export async function cohortProgramId(db: Executor, cohortId: string): Promise<string | null> {
  const [row] = await db.select({ programId: cohorts.programId }).from(cohorts).where(eq(cohorts.id, cohortId));
  return row?.programId ?? null;
}

type PhaseChanges = Partial<Omit<typeof phases.$inferInsert, 'id' | 'programId' | 'version'>>;
type CohortChanges = Partial<Omit<typeof cohorts.$inferInsert, 'id' | 'programId' | 'version'>>;

export const updatePhase = (db: Executor, programId: string, id: string, version: number, changes: PhaseChanges) =>
  updateVersioned(db, phases, id, version, changes, eq(phases.programId, programId));
export const deletePhase = (db: Executor, programId: string, id: string, version: number) =>
  deleteVersioned(db, phases, id, version, eq(phases.programId, programId));
export const phaseVersion = (db: Executor, id: string) => currentVersion(db, phases, id);

export const updateCohort = (db: Executor, programId: string, id: string, version: number, changes: CohortChanges) =>
  updateVersioned(db, cohorts, id, version, changes, eq(cohorts.programId, programId));
export const deleteCohort = (db: Executor, programId: string, id: string, version: number) =>
  deleteVersioned(db, cohorts, id, version, eq(cohorts.programId, programId));
export const cohortVersion = (db: Executor, id: string) => currentVersion(db, cohorts, id);

type ProgramChanges = Partial<Omit<typeof programs.$inferInsert, 'id' | 'operatorId' | 'version'>>;
export const updateProgram = (db: Executor, id: string, version: number, changes: ProgramChanges) => updateVersioned(db, programs, id, version, changes);
export const programVersion = (db: Executor, id: string) => currentVersion(db, programs, id);
