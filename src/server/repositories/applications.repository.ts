// Consents, student applications and their pipeline history as stored. Row-level security
// (migration 0008) keeps all three to the program's people; the scopes here narrow a list to
// what the access policy lets the actor see.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { applicationScope } from '../../domain/access/policy.ts';
import type { ParticipationRole } from '../../domain/organizations/organization.ts';
import { consents, participations, pipelineTransitions, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned, type VersionedWrite } from './versioned.ts';

export type ConsentRow = typeof consents.$inferSelect;
export type ApplicationRow = typeof studentApplications.$inferSelect;
export type ApplicationValues = Omit<typeof studentApplications.$inferInsert, 'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'>;
export type TransitionRow = typeof pipelineTransitions.$inferSelect;

export async function participantIdsByRole(db: Executor, programId: string, role: ParticipationRole): Promise<string[]> {
  const rows = await db
    .select({ id: participations.organizationId })
    .from(participations)
    .where(and(eq(participations.programId, programId), eq(participations.role, role)));
  return rows.map((r) => r.id);
}

/** Every consent the student gave in the program, the latest first. */
export async function findConsents(db: Executor, userId: string, programId: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.programId, programId)))
    .orderBy(desc(consents.givenAt), desc(consents.id));
}

export async function insertConsent(db: Executor, values: Pick<ConsentRow, 'userId' | 'programId' | 'noticeVersion' | 'language' | 'recipientIds'> & { givenAt: Date }): Promise<ConsentRow> {
  const [row] = await db.insert(consents).values(values).returning();
  return row!;
}

/** Withdraws the student's active consent in the program; null when there was none. */
export async function withdrawActiveConsent(db: Executor, userId: string, programId: string, at: Date): Promise<ConsentRow | null> {
  const [row] = await db
    .update(consents)
    .set({ withdrawnAt: at })
    .where(and(eq(consents.userId, userId), eq(consents.programId, programId), isNull(consents.withdrawnAt)))
    .returning();
  return row ?? null;
}

export async function insertApplication(db: Executor, values: ApplicationValues): Promise<string> {
  const [row] = await db.insert(studentApplications).values(values).returning({ id: studentApplications.id });
  return row!.id;
}

export async function findApplication(db: Executor, id: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(studentApplications).where(eq(studentApplications.id, id));
  return row ?? null;
}

/** The program's applications the scope allows, in the order they came in. */
export async function listApplications(db: Executor, programId: string, scope: ReturnType<typeof applicationScope>): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(studentApplications)
    .where(and(eq(studentApplications.programId, programId), scope.all ? undefined : visibleTo(scope)))
    .orderBy(asc(studentApplications.createdAt), asc(studentApplications.id));
}

/** The student's own, their colleges' (coordinators), and those shared under consent with the actor's companies. */
function visibleTo(scope: ReturnType<typeof applicationScope>): SQL {
  const uuids = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
  return sql`(${studentApplications.userId} = ${scope.userId}
    or ${studentApplications.collegeId} = any (${uuids(scope.collegeIds)})
    or exists (
      select 1 from ${consents} c, unnest(${studentApplications.companiesOfInterest}) chosen
      where c.user_id = ${studentApplications.userId} and c.program_id = ${studentApplications.programId} and c.withdrawn_at is null
        and chosen = any (${uuids(scope.companyIds)}) and chosen = any (c.recipient_ids)))`;
}

export async function listTransitions(db: Executor, applicationId: string): Promise<TransitionRow[]> {
  return db.select().from(pipelineTransitions).where(eq(pipelineTransitions.applicationId, applicationId)).orderBy(asc(pipelineTransitions.id));
}

/** Moves the status if nobody has changed the application since `version`. */
export async function updateApplicationStatus(db: Executor, id: string, version: number, status: ApplicationRow['status']): Promise<VersionedWrite> {
  return updateVersioned(db, studentApplications, id, version, { status });
}

export async function insertTransition(db: Executor, values: Omit<typeof pipelineTransitions.$inferInsert, 'id'>): Promise<void> {
  await db.insert(pipelineTransitions).values(values);
}

/** These applications of the program, locked for the rest of the transaction (a bulk move). */
export async function lockApplicationsInProgram(db: Executor, programId: string, ids: string[]): Promise<ApplicationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(studentApplications)
    .where(and(eq(studentApplications.programId, programId), inArray(studentApplications.id, ids)))
    .orderBy(asc(studentApplications.id))
    .for('update');
}

/** The active consents of these students in the program. */
export async function activeConsentsOf(db: Executor, programId: string, userIds: string[]): Promise<ConsentRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(consents)
    .where(and(eq(consents.programId, programId), inArray(consents.userId, userIds), isNull(consents.withdrawnAt)));
}
