// Hiring and after: applications to companies, offers, employments, residence cases with their
// steps and sent reminders, and check-ins. Rows come with the student's names and user, for
// views and the access policy.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { checkIns, employments, hiringApplications, jobOffers, residenceCases, residenceRemindersSent, residenceSteps, studentApplications } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type HiringApplicationRow = typeof hiringApplications.$inferSelect;
export type OfferRow = typeof jobOffers.$inferSelect;
export type EmploymentRow = typeof employments.$inferSelect;
export type ResidenceCaseRow = typeof residenceCases.$inferSelect;
export type ResidenceStepRow = typeof residenceSteps.$inferSelect;
export type CheckInRow = typeof checkIns.$inferSelect;

const student = { studentUserId: studentApplications.userId, collegeId: studentApplications.collegeId, nameLatin: studentApplications.nameLatin, nameCyrillic: studentApplications.nameCyrillic, nameKatakana: studentApplications.nameKatakana, status: studentApplications.status };

const hiringQuery = (db: Executor) => db.select({ row: hiringApplications, ...student }).from(hiringApplications).innerJoin(studentApplications, eq(studentApplications.id, hiringApplications.applicationId));
export type HiringWithStudent = Awaited<ReturnType<ReturnType<typeof hiringQuery>['execute']>>[number];

export const listHiringApplications = (db: Executor, programId: string): Promise<HiringWithStudent[]> =>
  hiringQuery(db).where(eq(hiringApplications.programId, programId)).orderBy(asc(studentApplications.nameLatin), asc(hiringApplications.createdAt));
export const findHiringApplication = async (db: Executor, id: string): Promise<HiringWithStudent | null> => (await hiringQuery(db).where(eq(hiringApplications.id, id)))[0] ?? null;
export async function insertHiringApplication(db: Executor, row: typeof hiringApplications.$inferInsert): Promise<HiringApplicationRow | null> {
  return (await db.insert(hiringApplications).values(row).onConflictDoNothing().returning())[0] ?? null;
}
export const updateHiringApplication = (db: Executor, id: string, version: number, changes: Partial<typeof hiringApplications.$inferInsert>) => updateVersioned(db, hiringApplications, id, version, changes);

export async function listOffers(db: Executor, hiringApplicationIds: readonly string[]): Promise<OfferRow[]> {
  if (hiringApplicationIds.length === 0) return [];
  return db.select().from(jobOffers).where(inArray(jobOffers.hiringApplicationId, [...hiringApplicationIds])).orderBy(desc(jobOffers.createdAt));
}
export const findOffer = async (db: Executor, id: string): Promise<OfferRow | null> => (await db.select().from(jobOffers).where(eq(jobOffers.id, id)))[0] ?? null;
export const insertOffer = async (db: Executor, row: typeof jobOffers.$inferInsert): Promise<OfferRow> => (await db.insert(jobOffers).values(row).returning())[0]!;
export const updateOffer = (db: Executor, id: string, version: number, changes: Partial<typeof jobOffers.$inferInsert>) => updateVersioned(db, jobOffers, id, version, changes);

const employmentQuery = (db: Executor) => db.select({ row: employments, ...student }).from(employments).innerJoin(studentApplications, eq(studentApplications.id, employments.applicationId));
export type EmploymentWithStudent = Awaited<ReturnType<ReturnType<typeof employmentQuery>['execute']>>[number];

export const listEmployments = (db: Executor, programId: string): Promise<EmploymentWithStudent[]> => employmentQuery(db).where(eq(employments.programId, programId)).orderBy(asc(studentApplications.nameLatin));
export const findEmployment = async (db: Executor, id: string): Promise<EmploymentWithStudent | null> => (await employmentQuery(db).where(eq(employments.id, id)))[0] ?? null;
export const employmentOfApplication = async (db: Executor, programId: string, applicationId: string): Promise<EmploymentRow | null> =>
  (await db.select().from(employments).where(and(eq(employments.programId, programId), eq(employments.applicationId, applicationId))))[0] ?? null;
export const insertEmployment = async (db: Executor, row: typeof employments.$inferInsert): Promise<EmploymentRow> => (await db.insert(employments).values(row).returning())[0]!;
export const updateEmployment = (db: Executor, id: string, version: number, changes: Partial<typeof employments.$inferInsert>) => updateVersioned(db, employments, id, version, changes);
export async function deleteEmploymentOfOffer(db: Executor, offerId: string): Promise<void> {
  await db.delete(employments).where(eq(employments.offerId, offerId));
}

export const findCase = async (db: Executor, employmentId: string): Promise<ResidenceCaseRow | null> => (await db.select().from(residenceCases).where(eq(residenceCases.employmentId, employmentId)))[0] ?? null;
export const findCaseById = async (db: Executor, id: string): Promise<ResidenceCaseRow | null> => (await db.select().from(residenceCases).where(eq(residenceCases.id, id)))[0] ?? null;
export async function listCases(db: Executor, employmentIds: readonly string[]): Promise<ResidenceCaseRow[]> {
  if (employmentIds.length === 0) return [];
  return db.select().from(residenceCases).where(inArray(residenceCases.employmentId, [...employmentIds]));
}
export const insertCase = async (db: Executor, row: typeof residenceCases.$inferInsert): Promise<ResidenceCaseRow> => (await db.insert(residenceCases).values(row).returning())[0]!;
export const updateCase = (db: Executor, id: string, version: number, changes: Partial<typeof residenceCases.$inferInsert>) => updateVersioned(db, residenceCases, id, version, changes);
/** Every case, for rescheduling reminders after the clock moved. */
export const allCaseIds = async (db: Executor): Promise<string[]> => (await db.select({ id: residenceCases.id }).from(residenceCases)).map((r) => r.id);

export async function listSteps(db: Executor, caseIds: readonly string[]): Promise<ResidenceStepRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(residenceSteps).where(inArray(residenceSteps.caseId, [...caseIds]));
}
export async function upsertStep(db: Executor, row: typeof residenceSteps.$inferInsert): Promise<void> {
  await db
    .insert(residenceSteps)
    .values(row)
    .onConflictDoUpdate({ target: [residenceSteps.caseId, residenceSteps.kind], set: { doneOn: row.doneOn ?? null, note: row.note ?? '', doneByUserId: row.doneByUserId ?? null } });
}

export async function sentReminderKeys(db: Executor, caseId: string): Promise<Set<string>> {
  return new Set((await db.select({ key: residenceRemindersSent.key }).from(residenceRemindersSent).where(eq(residenceRemindersSent.caseId, caseId))).map((r) => r.key));
}
/** Claims a reminder for sending; false when it was already sent (the key is unique per case). */
export async function claimReminder(db: Executor, row: typeof residenceRemindersSent.$inferInsert): Promise<boolean> {
  return (await db.insert(residenceRemindersSent).values(row).onConflictDoNothing().returning({ id: residenceRemindersSent.id })).length === 1;
}

export async function listCheckIns(db: Executor, employmentIds: readonly string[]): Promise<CheckInRow[]> {
  if (employmentIds.length === 0) return [];
  return db.select().from(checkIns).where(inArray(checkIns.employmentId, [...employmentIds]));
}
export async function insertCheckIn(db: Executor, row: typeof checkIns.$inferInsert): Promise<boolean> {
  return (await db.insert(checkIns).values(row).onConflictDoNothing().returning({ id: checkIns.id })).length === 1;
}
