// The interviews of a fair and their evaluations (migration 0012). Placements are written in two
// steps, every moving interview taken out of its slot first, so that the unique indexes that
// forbid double bookings hold at every statement.
import { and, asc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { fairInterviewScope } from '../../domain/access/fair-policy.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import { consents, fairInterviews, interviewEvaluations, memberships, organizations, studentApplications, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { deleteVersioned, updateVersioned, type VersionedWrite } from './versioned.ts';

export type InterviewRow = typeof fairInterviews.$inferSelect;
export type EvaluationRow = typeof interviewEvaluations.$inferSelect;
export type InterviewListRow = InterviewRow & {
  nameLatin: string;
  nameCyrillic: string;
  nameKatakana: string;
  studentUserId: string;
  collegeId: string;
  collegeName: LocalizedText;
  companyName: LocalizedText;
  /** Whether the student's active consent names the company. */
  consented: boolean;
  evaluation: EvaluationRow | null;
};

export async function insertInterview(db: Executor, values: Omit<typeof fairInterviews.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
  const [row] = await db.insert(fairInterviews).values(values).returning({ id: fairInterviews.id });
  return row!.id;
}

export async function findInterview(db: Executor, id: string): Promise<InterviewRow | null> {
  const [row] = await db.select().from(fairInterviews).where(eq(fairInterviews.id, id));
  return row ?? null;
}

export async function findInterviews(db: Executor, fairId: string, ids: readonly string[]): Promise<InterviewRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(fairInterviews).where(and(eq(fairInterviews.fairId, fairId), inArray(fairInterviews.id, [...ids]))).for('update');
}

const college = alias(organizations, 'college');

/** The fair's interviews the scope allows, with names, in the order they were asked for. */
export async function listInterviews(db: Executor, fairId: string, scope: ReturnType<typeof fairInterviewScope> | 'all', onlyIds?: readonly string[]): Promise<InterviewListRow[]> {
  const consented = sql<boolean>`exists (select 1 from ${consents} c where c.user_id = ${studentApplications.userId} and c.program_id = ${studentApplications.programId}
    and c.withdrawn_at is null and ${fairInterviews.organizationId} = any (c.recipient_ids))`;
  const rows = await db
    .select({
      interview: fairInterviews,
      nameLatin: studentApplications.nameLatin,
      nameCyrillic: studentApplications.nameCyrillic,
      nameKatakana: studentApplications.nameKatakana,
      studentUserId: studentApplications.userId,
      collegeId: studentApplications.collegeId,
      collegeName: college.name,
      companyName: organizations.name,
      consented,
      evaluation: interviewEvaluations,
    })
    .from(fairInterviews)
    .innerJoin(studentApplications, eq(studentApplications.id, fairInterviews.applicationId))
    .innerJoin(organizations, eq(organizations.id, fairInterviews.organizationId))
    .innerJoin(college, eq(college.id, studentApplications.collegeId))
    .leftJoin(interviewEvaluations, eq(interviewEvaluations.interviewId, fairInterviews.id))
    .where(and(eq(fairInterviews.fairId, fairId), scope === 'all' || scope.all ? undefined : visibleTo(scope, consented), onlyIds ? inArray(fairInterviews.id, [...onlyIds]) : undefined))
    .orderBy(asc(fairInterviews.createdAt), asc(fairInterviews.id));
  return rows.map((r) => ({
    ...r.interview,
    nameLatin: r.nameLatin,
    nameCyrillic: r.nameCyrillic,
    nameKatakana: r.nameKatakana,
    studentUserId: r.studentUserId,
    collegeId: r.collegeId,
    collegeName: r.collegeName,
    companyName: r.companyName,
    consented: r.consented,
    evaluation: r.evaluation,
  }));
}

/** A company's interviews while the student's consent names it; a coordinator's students'; one's own. */
function visibleTo(scope: ReturnType<typeof fairInterviewScope>, consented: SQL): SQL {
  const uuids = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
  return sql`(${studentApplications.userId} = ${scope.userId}
    or ${studentApplications.collegeId} = any (${uuids(scope.collegeIds)})
    or (${fairInterviews.organizationId} = any (${uuids(scope.companyIds)}) and ${consented}))`;
}

export async function updateInterview(db: Executor, id: string, version: number, changes: Partial<typeof fairInterviews.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, fairInterviews, id, version, changes);
}

export async function deleteInterview(db: Executor, id: string, version: number): Promise<VersionedWrite> {
  return deleteVersioned(db, fairInterviews, id, version);
}

export type Placement = { id: string; slotId: string | null; room: number | null; interpreterId: string | null; unscheduledReason: string | null };

/**
 * Writes new placements: every listed interview leaves its slot, then each takes its new one,
 * so no statement ever sees two interviews in one student's slot or one room. Bumps versions.
 */
export async function writePlacements(db: Executor, fairId: string, placements: readonly Placement[]): Promise<void> {
  if (placements.length === 0) return;
  const ids = placements.map((p) => p.id);
  await db
    .update(fairInterviews)
    .set({ slotId: null, room: null, interpreterId: null })
    .where(and(eq(fairInterviews.fairId, fairId), inArray(fairInterviews.id, ids), isNotNull(fairInterviews.slotId)));
  const values = sql.join(
    placements.map((p) => sql`(${p.id}::uuid, ${p.slotId}::uuid, ${p.room}::int, ${p.interpreterId}::uuid, ${p.unscheduledReason}::text)`),
    sql`, `,
  );
  await db.execute(sql`update ${fairInterviews} f set slot_id = v.slot_id, room = v.room, interpreter_id = v.interpreter_id, unscheduled_reason = v.reason, pinned = f.pinned and v.slot_id is not null,
      version = f.version + 1, updated_at = now()
    from (values ${values}) as v(id, slot_id, room, interpreter_id, reason)
    where f.id = v.id and f.fair_id = ${fairId}`);
}

export async function findEvaluation(db: Executor, interviewId: string): Promise<EvaluationRow | null> {
  const [row] = await db.select().from(interviewEvaluations).where(eq(interviewEvaluations.interviewId, interviewId));
  return row ?? null;
}

export async function insertEvaluation(db: Executor, values: Omit<typeof interviewEvaluations.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<void> {
  await db.insert(interviewEvaluations).values(values);
}

export async function updateEvaluation(db: Executor, id: string, version: number, changes: Partial<typeof interviewEvaluations.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, interviewEvaluations, id, version, changes);
}

/** The program's applications of the user, and of the colleges' students. */
export async function applicationIdsOf(db: Executor, programId: string, userId: string, collegeIds: readonly string[]): Promise<string[]> {
  const rows = await db
    .select({ id: studentApplications.id })
    .from(studentApplications)
    .where(and(eq(studentApplications.programId, programId), collegeIds.length > 0 ? or(eq(studentApplications.userId, userId), inArray(studentApplications.collegeId, [...collegeIds])) : eq(studentApplications.userId, userId)));
  return rows.map((r) => r.id);
}

export async function applicationInProgram(db: Executor, programId: string, applicationId: string): Promise<boolean> {
  const rows = await db.select({ id: studentApplications.id }).from(studentApplications).where(and(eq(studentApplications.programId, programId), eq(studentApplications.id, applicationId)));
  return rows.length > 0;
}

export type Recipient = { email: string; language: string };

/** The accounts of the students behind these applications (still active), by application id. */
export async function studentRecipients(db: Executor, applicationIds: readonly string[]): Promise<Map<string, Recipient>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .select({ applicationId: studentApplications.id, email: users.email, language: users.language })
    .from(studentApplications)
    .innerJoin(users, eq(users.id, studentApplications.userId))
    .where(and(inArray(studentApplications.id, [...applicationIds]), isNull(users.disabledAt)));
  return new Map(rows.map((r) => [r.applicationId, { email: r.email, language: r.language }]));
}

/** The active host-company members of these organizations, by organization id. */
export async function companyRecipients(db: Executor, organizationIds: readonly string[]): Promise<Map<string, Recipient[]>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await db
    .select({ organizationId: memberships.organizationId, email: users.email, language: users.language })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organizationId, [...organizationIds]), eq(memberships.role, 'host_company'), isNull(users.disabledAt)));
  const out = new Map<string, Recipient[]>();
  for (const r of rows) (out.get(r.organizationId) ?? out.set(r.organizationId, []).get(r.organizationId)!).push({ email: r.email, language: r.language });
  return out;
}
