// The dashboards' queries (issue 9). Each counts in the database and returns aggregates: the
// funnel from the furthest status each application reached (an indexed column kept by a
// trigger, migration 0018), companies' counts from the fair, the internships, the offers and
// the employments, and each application's first moves for the time in each stage.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RetentionStatus } from '../../domain/hiring/hiring.ts';
import type { PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import type { ReportedFigures } from '../../domain/programs/program.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import { employments, organizations, participations, pipelineTransitions, populationSeries, programs, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

export type FurthestRow = { programId: string; collegeId: string; status: PipelineStatus; students: number };

/** How many applications of each program stopped furthest at each status, by college. */
export async function furthestCounts(db: Executor, programIds: string[]): Promise<FurthestRow[]> {
  if (programIds.length === 0) return [];
  return db
    .select({ programId: studentApplications.programId, collegeId: studentApplications.collegeId, status: studentApplications.furthestStatus, students: sql<number>`count(*)::int` })
    .from(studentApplications)
    .where(inArray(studentApplications.programId, programIds))
    .groupBy(studentApplications.programId, studentApplications.furthestStatus, studentApplications.collegeId);
}

export type EmploymentRow = { programId: string; companyId: string; startsOn: string; retention: RetentionStatus; retentionChangedOn: string | null };

export async function employmentsOf(db: Executor, programIds: string[]): Promise<EmploymentRow[]> {
  if (programIds.length === 0) return [];
  return db
    .select({ programId: employments.programId, companyId: employments.companyId, startsOn: employments.startsOn, retention: employments.retention, retentionChangedOn: employments.retentionChangedOn })
    .from(employments)
    .where(inArray(employments.programId, programIds));
}

export type CompanyStageRow = { companyId: string; stage: 'interviewees' | 'interns' | 'offers' | 'hires'; students: number };

/** Per company: the students it interviewed at the fair, hosted, made an offer to and hired. */
export async function companyCounts(db: Executor, programId: string): Promise<CompanyStageRow[]> {
  const result = await db.execute<CompanyStageRow>(sql`
    select organization_id as "companyId", 'interviewees' as stage, count(distinct application_id)::int as students
      from fair_interviews where program_id = ${programId} and status = 'approved' group by organization_id
    union all
    select company_id, 'interns', count(distinct application_id)::int from internship_plans where program_id = ${programId} group by company_id
    union all
    select h.company_id, 'offers', count(distinct h.application_id)::int
      from job_offers o join hiring_applications h on h.id = o.hiring_application_id
     where o.program_id = ${programId} group by h.company_id
    union all
    select company_id, 'hires', count(*)::int from employments where program_id = ${programId} group by company_id`);
  return result.rows;
}

export type FirstMoveRow = { applicationId: string; status: PipelineStatus; at: Date };

/** Each application of the program: when it was made, and its first move to each status of the chain. */
export async function applicationHistories(db: Executor, programId: string): Promise<{ applications: { id: string; createdAt: Date }[]; moves: FirstMoveRow[] }> {
  const [applications, moves] = await Promise.all([
    db.select({ id: studentApplications.id, createdAt: studentApplications.createdAt }).from(studentApplications).where(eq(studentApplications.programId, programId)),
    db
      .select({ applicationId: pipelineTransitions.applicationId, status: pipelineTransitions.to, at: sql<Date>`min(${pipelineTransitions.at})`.mapWith((v: string | Date) => new Date(v)) })
      .from(pipelineTransitions)
      .innerJoin(studentApplications, eq(studentApplications.id, pipelineTransitions.applicationId))
      .where(and(eq(studentApplications.programId, programId), sql`${pipelineTransitions.to} not in ('withdrawn', 'declined')`))
      .groupBy(pipelineTransitions.applicationId, pipelineTransitions.to),
  ]);
  return { applications, moves };
}

// Named in full: drizzle writes a column of a one-table query unqualified, and inside a
// subquery over participations "id" would be the participation's.
const PROGRAM = sql.raw('"programs"');

export type ReportableProgram = {
  id: string;
  operatorId: string;
  fiscalYear: number;
  name: LocalizedText;
  reportedFigures: ReportedFigures | null;
  operatorIds: string[];
  funderIds: string[];
};

/** The unarchived programs of these operators the current scope sees, with who operates and funds each. */
export async function reportablePrograms(db: Executor, operatorIds: string[]): Promise<ReportableProgram[]> {
  if (operatorIds.length === 0) return [];
  return db
    .select({
      id: programs.id,
      operatorId: programs.operatorId,
      fiscalYear: programs.fiscalYear,
      name: programs.name,
      reportedFigures: programs.reportedFigures,
      operatorIds: sql<string[]>`array(select ${PROGRAM}.operator_id union select pa.organization_id from ${participations} pa where pa.program_id = ${PROGRAM}.id and pa.role = 'operator')`,
      funderIds: sql<string[]>`array(select pa.organization_id from ${participations} pa where pa.program_id = ${PROGRAM}.id and pa.role = 'funder')`,
    })
    .from(programs)
    .where(and(inArray(programs.operatorId, operatorIds), sql`${programs.archivedAt} is null`))
    .orderBy(asc(programs.fiscalYear));
}

export async function organizationNames(db: Executor, ids: string[]): Promise<Map<string, LocalizedText>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Operators that publish their aggregates for other regions to compare with. */
export async function publishingOperators(db: Executor): Promise<{ id: string; name: LocalizedText }[]> {
  return db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.publishesAggregates, true));
}

export type PopulationRow = typeof populationSeries.$inferSelect;

export async function listPopulation(db: Executor, operatorId: string): Promise<PopulationRow[]> {
  return db.select().from(populationSeries).where(eq(populationSeries.operatorId, operatorId)).orderBy(asc(populationSeries.year));
}

/** Replaces an operator's whole series (the caller holds the transaction and has checked the revision). */
export async function replacePopulation(db: Executor, operatorId: string, items: Omit<typeof populationSeries.$inferInsert, 'operatorId'>[]): Promise<void> {
  await db.delete(populationSeries).where(eq(populationSeries.operatorId, operatorId));
  if (items.length > 0) await db.insert(populationSeries).values(items.map((i) => ({ ...i, operatorId })));
}

/** Locks the operator's row so that two replacements of its series run one after the other. */
export async function lockOperator(db: Executor, operatorId: string): Promise<void> {
  await db.execute(sql`select 1 from ${organizations} where ${organizations.id} = ${operatorId} for update`);
}
