// Intern selection as stored (migration 0013): rounds, their companies and seats, the rank-order
// lists and the results. Row-level security keeps them to the program's people; the services
// narrow what each viewer gets.
import { and, asc, eq, inArray, isNotNull, max, notInArray, or, sql } from 'drizzle-orm';
import { MARKET_STATUSES } from '../../domain/matching/matching-round.ts';
import { consents, fairInterviews, matchingCompanies, matchingResults, matchingRounds, organizations, rankLists, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned, type VersionedWrite } from './versioned.ts';

export type RoundRow = typeof matchingRounds.$inferSelect;
export type RoundCompanyRow = { organizationId: string; seq: number; seats: number; name: RoundRow['title'] };
export type RankListRow = typeof rankLists.$inferSelect;
export type ResultRow = typeof matchingResults.$inferSelect;
export type MarketStudentRow = { applicationId: string; seq: number; userId: string; collegeId: string; nameLatin: string; nameCyrillic: string; nameKatakana: string; recipientIds: string[]; recipientSeqs: number[] };

export async function insertRound(db: Executor, values: Omit<typeof matchingRounds.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'ordinal'>): Promise<string> {
  const [last] = await db.select({ ordinal: max(matchingRounds.ordinal) }).from(matchingRounds).where(eq(matchingRounds.programId, values.programId));
  const [row] = await db
    .insert(matchingRounds)
    .values({ ...values, ordinal: (last?.ordinal ?? 0) + 1 })
    .returning({ id: matchingRounds.id });
  return row!.id;
}

export async function findRound(db: Executor, id: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(matchingRounds).where(eq(matchingRounds.id, id));
  return row ?? null;
}

/** The round locked for the rest of the transaction: runs, changes by hand and publication take turns. */
export async function lockRound(db: Executor, id: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(matchingRounds).where(eq(matchingRounds.id, id)).for('update');
  return row ?? null;
}

export async function listRounds(db: Executor, programId: string): Promise<RoundRow[]> {
  return db.select().from(matchingRounds).where(eq(matchingRounds.programId, programId)).orderBy(asc(matchingRounds.ordinal));
}

export async function updateRound(db: Executor, id: string, version: number, changes: Partial<typeof matchingRounds.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, matchingRounds, id, version, changes);
}

export async function listRoundCompanies(db: Executor, roundId: string): Promise<RoundCompanyRow[]> {
  return db
    .select({ organizationId: matchingCompanies.organizationId, seq: organizations.seq, seats: matchingCompanies.seats, name: organizations.name })
    .from(matchingCompanies)
    .innerJoin(organizations, eq(organizations.id, matchingCompanies.organizationId))
    .where(eq(matchingCompanies.roundId, roundId))
    .orderBy(asc(matchingCompanies.position), asc(matchingCompanies.organizationId));
}

/** Makes the round's companies exactly these, in this order. */
export async function replaceRoundCompanies(db: Executor, roundId: string, programId: string, companies: readonly { organizationId: string; seats: number }[]): Promise<void> {
  const ids = companies.map((c) => c.organizationId);
  await db.delete(matchingCompanies).where(and(eq(matchingCompanies.roundId, roundId), ids.length > 0 ? notInArray(matchingCompanies.organizationId, ids) : undefined));
  for (const [position, c] of companies.entries()) {
    await db
      .insert(matchingCompanies)
      .values({ roundId, programId, organizationId: c.organizationId, seats: c.seats, position })
      .onConflictDoUpdate({ target: [matchingCompanies.roundId, matchingCompanies.organizationId], set: { seats: c.seats, position } });
  }
}

/** The program's students still to be placed (and `alsoIds`, placed already), with names and their active consent's recipients. */
export async function listMarketStudents(db: Executor, programId: string, alsoIds: readonly string[] = []): Promise<MarketStudentRow[]> {
  // Qualified by hand: in a one-table select drizzle names columns bare, which the subquery would take for its own.
  const ofActiveConsent = <T>(column: string, none: string) =>
    sql<T>`coalesce((select ${sql.raw(`c.${column}`)} from ${consents} c where c.user_id = ${studentApplications}."user_id" and c.program_id = ${studentApplications}."program_id" and c.withdrawn_at is null), ${sql.raw(none)})`;
  const recipientIds = ofActiveConsent<string[]>('recipient_ids', "'{}'");
  const recipientSeqs = ofActiveConsent<number[]>('recipient_seqs', "'[]'::jsonb");
  return db
    .select({
      applicationId: studentApplications.id,
      seq: studentApplications.seq,
      userId: studentApplications.userId,
      collegeId: studentApplications.collegeId,
      nameLatin: studentApplications.nameLatin,
      nameCyrillic: studentApplications.nameCyrillic,
      nameKatakana: studentApplications.nameKatakana,
      recipientIds,
      recipientSeqs,
    })
    .from(studentApplications)
    .where(and(eq(studentApplications.programId, programId), alsoIds.length > 0 ? or(inArray(studentApplications.status, [...MARKET_STATUSES]), inArray(studentApplications.id, [...alsoIds])) : inArray(studentApplications.status, [...MARKET_STATUSES])))
    .orderBy(asc(studentApplications.nameLatin), asc(studentApplications.id));
}

const approvedInterviewsOf = (programId: string) => and(eq(fairInterviews.programId, programId), eq(fairInterviews.status, 'approved'));

/** Which students each company interviewed in the program's fairs (approved interviews), as pairs. */
export async function interviewedPairs(db: Executor, programId: string): Promise<{ applicationId: string; organizationId: string }[]> {
  return db.selectDistinct({ applicationId: fairInterviews.applicationId, organizationId: fairInterviews.organizationId }).from(fairInterviews).where(approvedInterviewsOf(programId));
}

/** interviewedPairs as the applications' and organizations' seq, which is how the matching reads them. */
export async function interviewedSeqPairs(db: Executor, programId: string): Promise<{ applicationSeq: number; organizationSeq: number }[]> {
  const rows = await db.selectDistinct({ applicationSeq: fairInterviews.applicationSeq, organizationSeq: fairInterviews.organizationSeq }).from(fairInterviews).where(approvedInterviewsOf(programId));
  return rows as { applicationSeq: number; organizationSeq: number }[]; // the trigger of migration 0021 sets both
}

export async function listRankLists(db: Executor, roundId: string): Promise<RankListRow[]> {
  return db.select().from(rankLists).where(eq(rankLists.roundId, roundId));
}

export type ListOwner = { kind: 'student'; applicationId: string } | { kind: 'company'; organizationId: string };

/** Writes one list; a first list has version null. 'stale' when someone saved the list in between. */
export async function saveRankList(db: Executor, roundId: string, programId: string, owner: ListOwner, ranking: string[], version: number | null, userId: string): Promise<VersionedWrite> {
  const ownerColumn = owner.kind === 'student' ? eq(rankLists.applicationId, owner.applicationId) : eq(rankLists.organizationId, owner.organizationId);
  const [current] = await db.select().from(rankLists).where(and(eq(rankLists.roundId, roundId), ownerColumn)).for('update');
  if (!current) {
    if (version !== null) return 'stale';
    const ownerValues = owner.kind === 'student' ? { applicationId: owner.applicationId } : { organizationId: owner.organizationId };
    await db.insert(rankLists).values({ roundId, programId, ...ownerValues, ranking, submittedByUserId: userId });
    return 'updated';
  }
  if (version === null) return 'stale';
  return updateVersioned(db, rankLists, current.id, version, { ranking, submittedByUserId: userId });
}

export async function listResults(db: Executor, roundId: string): Promise<ResultRow[]> {
  return db.select().from(matchingResults).where(eq(matchingResults.roundId, roundId));
}

export async function replaceResults(db: Executor, roundId: string, programId: string, matches: readonly { applicationId: string; organizationId: string }[]): Promise<void> {
  await db.delete(matchingResults).where(eq(matchingResults.roundId, roundId));
  if (matches.length > 0) await db.insert(matchingResults).values(matches.map((m) => ({ roundId, programId, ...m })));
}

/** Places one student by hand, or takes them out (organizationId null), keeping the reason either way. */
export async function overrideResult(db: Executor, roundId: string, programId: string, applicationId: string, organizationId: string | null, reason: string, userId: string): Promise<void> {
  await db.delete(matchingResults).where(and(eq(matchingResults.roundId, roundId), eq(matchingResults.applicationId, applicationId)));
  await db.insert(matchingResults).values({ roundId, programId, applicationId, organizationId, overrideReason: reason, overriddenByUserId: userId });
}

/** The round's matches per company: the seats it took. */
export async function matchesPerCompany(db: Executor, roundId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ organizationId: matchingResults.organizationId, n: sql<number>`count(*)::int` })
    .from(matchingResults)
    .where(and(eq(matchingResults.roundId, roundId), isNotNull(matchingResults.organizationId)))
    .groupBy(matchingResults.organizationId);
  return new Map(rows.map((r) => [r.organizationId!, r.n]));
}
