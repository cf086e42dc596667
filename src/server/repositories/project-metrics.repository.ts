// The figures an indicator can count from a program's records for a report period, as counts
// only: no row naming a student leaves this file. Days are Japan's calendar days (the pipeline's
// transitions are instants).
import { and, between, countDistinct, count, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { PIPELINE_CHAIN, type PipelineStatus } from '../../domain/pipeline/pipeline-status.ts';
import type { ReportPeriod } from '../../domain/reports/report-period.ts';
import { attendance, employments, internshipPlans, lectureSessions, pipelineTransitions, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

const japanDay = (column: unknown) => sql`(${column} at time zone 'Asia/Tokyo')::date`;

/**
 * Applications of the program that first reached `status`, or a later status of the chain, within
 * the period: a student who went from interviewee straight to intern still counts as interviewed,
 * and one who reached it before the period does not count again.
 */
export async function countReached(db: Executor, programId: string, status: PipelineStatus, period: ReportPeriod): Promise<number> {
  const from = PIPELINE_CHAIN.indexOf(status as (typeof PIPELINE_CHAIN)[number]);
  const statuses = PIPELINE_CHAIN.slice(from);
  const firsts = db
    .select({ applicationId: pipelineTransitions.applicationId, firstAt: sql<Date>`min(${pipelineTransitions.at})`.as('first_at') })
    .from(pipelineTransitions)
    .innerJoin(studentApplications, eq(studentApplications.id, pipelineTransitions.applicationId))
    .where(and(eq(studentApplications.programId, programId), inArray(pipelineTransitions.to, [...statuses])))
    .groupBy(pipelineTransitions.applicationId)
    .as('firsts');
  const [row] = await db.select({ n: count() }).from(firsts).where(sql`${japanDay(firsts.firstAt)} between ${period.from} and ${period.to}`);
  return row?.n ?? 0;
}

export async function countLectureSessions(db: Executor, programId: string, period: ReportPeriod): Promise<number> {
  const [row] = await db.select({ n: count() }).from(lectureSessions).where(and(eq(lectureSessions.programId, programId), between(lectureSessions.date, period.from, period.to)));
  return row?.n ?? 0;
}

/** Distinct students who attended (present or late) at least one of the period's sessions. */
export async function countLectureAttendees(db: Executor, programId: string, period: ReportPeriod): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(attendance.applicationId) })
    .from(attendance)
    .innerJoin(lectureSessions, eq(lectureSessions.id, attendance.sessionId))
    .where(and(eq(lectureSessions.programId, programId), between(lectureSessions.date, period.from, period.to), inArray(attendance.status, ['present', 'late'])));
  return row?.n ?? 0;
}

/** Distinct companies that hosted an intern on a day of the period. */
export async function countHostCompanies(db: Executor, programId: string, period: ReportPeriod): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(internshipPlans.companyId) })
    .from(internshipPlans)
    .where(and(eq(internshipPlans.programId, programId), lte(internshipPlans.startsOn, period.to), gte(internshipPlans.endsOn, period.from)));
  return row?.n ?? 0;
}

/** The program's hires with what retention needs (no names). */
export const employmentRetention = (db: Executor, programId: string) =>
  db.select({ startsOn: employments.startsOn, retention: employments.retention, retentionChangedOn: employments.retentionChangedOn }).from(employments).where(eq(employments.programId, programId));
