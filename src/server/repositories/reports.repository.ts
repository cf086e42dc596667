// The dashboards' queries (issue 9). Each counts in the database and returns aggregates: the
// funnel from the furthest status each application reached (an indexed column kept by a
// trigger, migration 0018), companies' counts from the fair, the internships, the offers and
// the employments, and each application's first moves for the time in each stage.
// The reads that cover many rows go through the functions of migration 0019, which ask
// whether the caller sees each program once rather than the row-level policies once per row,
// and return the same rows the policies would.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { RetentionStatus } from '../../domain/hiring/hiring.ts';
import type { PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import type { ReportedFigures } from '../../domain/programs/program.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import { organizations, populationSeries } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

export type FurthestRow = { programId: string; collegeId: string; status: PipelineStatus; students: number };

/** How many applications of each program stopped furthest at each status, by college. */
export async function furthestCounts(db: Executor, programIds: string[]): Promise<FurthestRow[]> {
  if (programIds.length === 0) return [];
  const result = await db.execute<FurthestRow>(sql`
    select program_id as "programId", college_id as "collegeId", status, students from kakehashi_report_furthest(${uuids(programIds)})`);
  return result.rows;
}

export type EmploymentRow = { programId: string; companyId: string; startsOn: string; retention: RetentionStatus; retentionChangedOn: string | null };

export async function employmentsOf(db: Executor, programIds: string[]): Promise<EmploymentRow[]> {
  if (programIds.length === 0) return [];
  const result = await db.execute<EmploymentRow>(sql`
    select program_id as "programId", company_id as "companyId", starts_on as "startsOn", retention, retention_changed_on as "retentionChangedOn"
      from kakehashi_report_employments(${uuids(programIds)})`);
  return result.rows;
}

export type CompanyStageRow = { companyId: string; stage: 'interviewees' | 'interns' | 'offers' | 'hires'; students: number };

/** Per company: the students it interviewed at the fair, hosted, made an offer to and hired. */
export async function companyCounts(db: Executor, programId: string): Promise<CompanyStageRow[]> {
  const result = await db.execute<CompanyStageRow>(sql`select company_id as "companyId", stage, students from kakehashi_report_companies(${programId}::uuid)`);
  return result.rows;
}

export type FirstMoveRow = { applicationId: string; status: PipelineStatus; at: Date };

/** Each application of the program: when it was made, and its first move to each status of the chain. */
export async function applicationHistories(db: Executor, programId: string): Promise<{ applications: { id: string; createdAt: Date }[]; moves: FirstMoveRow[] }> {
  const result = await db.execute<{ applicationId: string; appliedAt: string | Date; status: PipelineStatus | null; at: string | Date | null }>(sql`
    select application_id as "applicationId", applied_at as "appliedAt", status, first_at as "at" from kakehashi_report_histories(${programId}::uuid)`);
  const applications = new Map<string, { id: string; createdAt: Date }>();
  const moves: FirstMoveRow[] = [];
  for (const row of result.rows) {
    if (!applications.has(row.applicationId)) applications.set(row.applicationId, { id: row.applicationId, createdAt: instant(row.appliedAt) });
    if (row.status !== null && row.at !== null) moves.push({ applicationId: row.applicationId, status: row.status, at: instant(row.at) });
  }
  return { applications: [...applications.values()], moves };
}

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
  const result = await db.execute<ReportableProgram>(sql`
    select id, operator_id as "operatorId", fiscal_year as "fiscalYear", name, reported_figures as "reportedFigures", operator_ids as "operatorIds", funder_ids as "funderIds"
      from kakehashi_report_programs(${uuids(operatorIds)}) order by fiscal_year`);
  return result.rows;
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

/** A list of ids as one uuid[] parameter. */
const uuids = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** A timestamp as the driver returns it from a raw query (text), or already a Date. */
const instant = (value: string | Date) => (value instanceof Date ? value : new Date(value));
