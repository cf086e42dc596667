// The final report meeting: one per program, its presentations in running order, and the
// companies' scores of each.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { presentationScores, reportMeetings, reportPresentations, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type MeetingRow = typeof reportMeetings.$inferSelect;
export type PresentationRow = typeof reportPresentations.$inferSelect;
export type ScoreRow = typeof presentationScores.$inferSelect;

export const findMeeting = async (db: Executor, programId: string): Promise<MeetingRow | null> => (await db.select().from(reportMeetings).where(eq(reportMeetings.programId, programId)))[0] ?? null;

export const insertMeeting = async (db: Executor, row: typeof reportMeetings.$inferInsert): Promise<MeetingRow> => (await db.insert(reportMeetings).values(row).returning())[0]!;

export const updateMeeting = (db: Executor, id: string, version: number, changes: Partial<typeof reportMeetings.$inferInsert>) => updateVersioned(db, reportMeetings, id, version, changes);

const withStudent = { talk: reportPresentations, studentUserId: studentApplications.userId, nameLatin: studentApplications.nameLatin, nameCyrillic: studentApplications.nameCyrillic, nameKatakana: studentApplications.nameKatakana };
const talksQuery = (db: Executor) => db.select(withStudent).from(reportPresentations).innerJoin(studentApplications, eq(studentApplications.id, reportPresentations.applicationId));
export type TalkWithStudent = Awaited<ReturnType<ReturnType<typeof talksQuery>['execute']>>[number];

export const listPresentations = (db: Executor, meetingId: string): Promise<TalkWithStudent[]> => talksQuery(db).where(eq(reportPresentations.meetingId, meetingId)).orderBy(asc(reportPresentations.position), asc(studentApplications.nameLatin));

export const findPresentation = async (db: Executor, id: string): Promise<TalkWithStudent | null> => (await talksQuery(db).where(eq(reportPresentations.id, id)))[0] ?? null;

export async function insertPresentations(db: Executor, rows: (typeof reportPresentations.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(reportPresentations).values(rows).onConflictDoNothing();
}

export const updatePresentation = (db: Executor, id: string, version: number, changes: Partial<typeof reportPresentations.$inferInsert>) => updateVersioned(db, reportPresentations, id, version, changes);

/** Sets the running order; the caller holds the meeting's version, so positions are written as given. */
export async function setPositions(db: Executor, meetingId: string, order: readonly string[]): Promise<void> {
  for (const [position, id] of order.entries()) await db.update(reportPresentations).set({ position }).where(and(eq(reportPresentations.id, id), eq(reportPresentations.meetingId, meetingId)));
}

export async function listScores(db: Executor, presentationIds: readonly string[]): Promise<ScoreRow[]> {
  if (presentationIds.length === 0) return [];
  return db.select().from(presentationScores).where(inArray(presentationScores.presentationId, [...presentationIds]));
}

export const findScore = async (db: Executor, presentationId: string, companyId: string): Promise<ScoreRow | null> =>
  (await db.select().from(presentationScores).where(and(eq(presentationScores.presentationId, presentationId), eq(presentationScores.companyId, companyId))))[0] ?? null;

export async function insertScore(db: Executor, row: typeof presentationScores.$inferInsert): Promise<boolean> {
  return (await db.insert(presentationScores).values(row).onConflictDoNothing().returning({ id: presentationScores.id })).length === 1;
}

export const updateScore = (db: Executor, id: string, version: number, changes: Partial<typeof presentationScores.$inferInsert>) => updateVersioned(db, presentationScores, id, version, changes);
