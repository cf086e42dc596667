// The internship: plans, their days and incidents. The plan's company and the intern's names
// and college come with it, for views and the access policy.
import { asc, eq, inArray } from 'drizzle-orm';
import { internshipDays, internshipIncidents, internshipPlans, organizations, studentApplications, visaPacks } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type PlanRow = typeof internshipPlans.$inferSelect;
export type DayRow = typeof internshipDays.$inferSelect;
export type IncidentRow = typeof internshipIncidents.$inferSelect;

const planWithPeople = {
  plan: internshipPlans,
  studentUserId: studentApplications.userId,
  collegeId: studentApplications.collegeId,
  nameLatin: studentApplications.nameLatin,
  nameCyrillic: studentApplications.nameCyrillic,
  nameKatakana: studentApplications.nameKatakana,
  companyName: organizations.name,
};
const plansQuery = (db: Executor) =>
  db.select(planWithPeople).from(internshipPlans).innerJoin(studentApplications, eq(studentApplications.id, internshipPlans.applicationId)).innerJoin(organizations, eq(organizations.id, internshipPlans.companyId));

export type PlanWithPeople = Awaited<ReturnType<ReturnType<typeof plansQuery>['execute']>>[number];

export const listPlans = (db: Executor, programId: string): Promise<PlanWithPeople[]> => plansQuery(db).where(eq(internshipPlans.programId, programId)).orderBy(asc(studentApplications.nameLatin));

export const findPlan = async (db: Executor, planId: string): Promise<PlanWithPeople | null> => (await plansQuery(db).where(eq(internshipPlans.id, planId)))[0] ?? null;

/** The plans of one intern (their user), newest first, for "my internship". */
export const plansOfStudent = (db: Executor, userId: string): Promise<PlanWithPeople[]> => plansQuery(db).where(eq(studentApplications.userId, userId)).orderBy(asc(internshipPlans.startsOn));

export async function insertPlans(db: Executor, rows: (typeof internshipPlans.$inferInsert)[]): Promise<PlanRow[]> {
  if (rows.length === 0) return [];
  return db.insert(internshipPlans).values(rows).onConflictDoNothing().returning();
}

export const updatePlan = (db: Executor, id: string, version: number, changes: Partial<typeof internshipPlans.$inferInsert>) => updateVersioned(db, internshipPlans, id, version, changes);

export async function listDays(db: Executor, planIds: readonly string[]): Promise<DayRow[]> {
  if (planIds.length === 0) return [];
  return db.select().from(internshipDays).where(inArray(internshipDays.planId, [...planIds])).orderBy(asc(internshipDays.on));
}

export async function insertDays(db: Executor, rows: (typeof internshipDays.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(internshipDays).values(rows).onConflictDoNothing();
}

export async function deleteDays(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.delete(internshipDays).where(inArray(internshipDays.id, [...ids]));
}

export const findDay = async (db: Executor, id: string): Promise<DayRow | null> => (await db.select().from(internshipDays).where(eq(internshipDays.id, id)))[0] ?? null;

export const updateDay = (db: Executor, id: string, version: number, changes: Partial<typeof internshipDays.$inferInsert>) => updateVersioned(db, internshipDays, id, version, changes);

export async function listIncidents(db: Executor, planIds: readonly string[]): Promise<IncidentRow[]> {
  if (planIds.length === 0) return [];
  return db.select().from(internshipIncidents).where(inArray(internshipIncidents.planId, [...planIds])).orderBy(asc(internshipIncidents.occurredAt));
}

export const insertIncident = async (db: Executor, row: typeof internshipIncidents.$inferInsert): Promise<IncidentRow> => (await db.insert(internshipIncidents).values(row).returning())[0]!;

export const findIncident = async (db: Executor, id: string): Promise<IncidentRow | null> => (await db.select().from(internshipIncidents).where(eq(internshipIncidents.id, id)))[0] ?? null;

export const updateIncident = (db: Executor, id: string, version: number, changes: Partial<typeof internshipIncidents.$inferInsert>) => updateVersioned(db, internshipIncidents, id, version, changes);

/** The plan a day or an incident belongs to. */
export async function planIdOf(db: Executor, record: 'day' | 'incident' | 'visaPack', id: string): Promise<string | null> {
  const table = record === 'day' ? internshipDays : record === 'incident' ? internshipIncidents : visaPacks;
  const [row] = await db.select({ planId: table.planId }).from(table).where(eq(table.id, id));
  return row?.planId ?? null;
}
