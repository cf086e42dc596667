// The arrival checklist: one record per intern (created by the first write or the seeding) and
// its tasks.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { arrivalTasks, internArrivals } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type ArrivalRow = typeof internArrivals.$inferSelect;
export type TaskRow = typeof arrivalTasks.$inferSelect;

export const listArrivals = (db: Executor, programId: string): Promise<ArrivalRow[]> => db.select().from(internArrivals).where(eq(internArrivals.programId, programId));

export async function listTasks(db: Executor, arrivalIds: readonly string[]): Promise<TaskRow[]> {
  if (arrivalIds.length === 0) return [];
  return db.select().from(arrivalTasks).where(inArray(arrivalTasks.arrivalId, [...arrivalIds])).orderBy(asc(arrivalTasks.dueOn), asc(arrivalTasks.position), asc(arrivalTasks.createdAt));
}

/** The intern's arrival record, created if missing; its id. */
export async function ensureArrival(db: Executor, programId: string, applicationId: string): Promise<string> {
  await db.insert(internArrivals).values({ programId, applicationId }).onConflictDoNothing();
  const [row] = await db.select({ id: internArrivals.id }).from(internArrivals).where(and(eq(internArrivals.programId, programId), eq(internArrivals.applicationId, applicationId)));
  return row!.id;
}

export async function insertTasks(db: Executor, rows: (typeof arrivalTasks.$inferInsert)[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(arrivalTasks).values(rows).onConflictDoNothing().returning({ id: arrivalTasks.id });
  return inserted.length;
}

export const findTask = async (db: Executor, id: string): Promise<TaskRow | null> => (await db.select().from(arrivalTasks).where(eq(arrivalTasks.id, id)))[0] ?? null;

export const updateTask = (db: Executor, id: string, version: number, changes: Partial<typeof arrivalTasks.$inferInsert>) => updateVersioned(db, arrivalTasks, id, version, changes);

/** The arrival a task belongs to: its program and intern, for the access policy. */
export async function taskOwnerFacts(db: Executor, taskId: string): Promise<{ programId: string; applicationId: string; owner: TaskRow['owner'] } | null> {
  const [row] = await db
    .select({ programId: arrivalTasks.programId, applicationId: internArrivals.applicationId, owner: arrivalTasks.owner })
    .from(arrivalTasks)
    .innerJoin(internArrivals, eq(internArrivals.id, arrivalTasks.arrivalId))
    .where(eq(arrivalTasks.id, taskId));
  return row ?? null;
}

export const nextTaskPosition = async (db: Executor, arrivalId: string): Promise<number> =>
  (await db.select({ n: sql<number>`coalesce(max(${arrivalTasks.position}), 0)::int + 1` }).from(arrivalTasks).where(eq(arrivalTasks.arrivalId, arrivalId)))[0]!.n;
