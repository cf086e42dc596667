// Interns' visa packs, newest first within a plan.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { housingUnits, stays, visaPacks } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type VisaPackRow = typeof visaPacks.$inferSelect;

export async function listPacks(db: Executor, planIds: readonly string[]): Promise<VisaPackRow[]> {
  if (planIds.length === 0) return [];
  return db.select().from(visaPacks).where(inArray(visaPacks.planId, [...planIds])).orderBy(desc(visaPacks.issuedOn), desc(visaPacks.createdAt));
}

export const findPack = async (db: Executor, id: string): Promise<VisaPackRow | null> => (await db.select().from(visaPacks).where(eq(visaPacks.id, id)))[0] ?? null;

export const insertPack = async (db: Executor, row: typeof visaPacks.$inferInsert): Promise<VisaPackRow> => (await db.insert(visaPacks).values(row).returning())[0]!;

export const updatePack = (db: Executor, id: string, version: number, changes: Partial<typeof visaPacks.$inferInsert>) => updateVersioned(db, visaPacks, id, version, changes);

/** An intern's internship stays in the program with their flats, in date order. */
export const internshipStaysOf = (db: Executor, programId: string, applicationId: string) =>
  db
    .select({ checkIn: stays.checkIn, checkOut: stays.checkOut, unitName: housingUnits.name, address: housingUnits.address })
    .from(stays)
    .innerJoin(housingUnits, eq(housingUnits.id, stays.unitId))
    .where(and(eq(stays.programId, programId), eq(stays.applicationId, applicationId), eq(stays.kind, 'internship')))
    .orderBy(asc(stays.checkIn));
