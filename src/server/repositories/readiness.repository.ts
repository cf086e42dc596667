// Company readiness per program: one row per company, made on its first record.
import { eq } from 'drizzle-orm';
import { companyReadiness } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type ReadinessRow = typeof companyReadiness.$inferSelect;

export const listReadiness = (db: Executor, programId: string): Promise<ReadinessRow[]> => db.select().from(companyReadiness).where(eq(companyReadiness.programId, programId));

export async function insertReadiness(db: Executor, row: typeof companyReadiness.$inferInsert): Promise<boolean> {
  return (await db.insert(companyReadiness).values(row).onConflictDoNothing().returning({ id: companyReadiness.id })).length === 1;
}

export const updateReadiness = (db: Executor, id: string, version: number, changes: Partial<typeof companyReadiness.$inferInsert>) => updateVersioned(db, companyReadiness, id, version, changes);
