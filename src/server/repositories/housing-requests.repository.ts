// A hiring company's requests for the housing partner's flats, and the partner's answers.
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { housingRequests } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned } from './versioned.ts';

export type HousingRequestRow = typeof housingRequests.$inferSelect;

/** A program's requests: all, or those of the given companies or to the given partners. */
export function listRequests(db: Executor, programId: string, scope: { all: boolean; companyIds: string[]; partnerIds: string[] }): Promise<HousingRequestRow[]> {
  const none = ['00000000-0000-0000-0000-000000000000'];
  const mine = or(inArray(housingRequests.companyId, scope.companyIds.length ? scope.companyIds : none), inArray(housingRequests.partnerId, scope.partnerIds.length ? scope.partnerIds : none));
  return db
    .select()
    .from(housingRequests)
    .where(and(eq(housingRequests.programId, programId), scope.all ? undefined : mine))
    .orderBy(desc(housingRequests.createdAt));
}

export const findRequest = async (db: Executor, id: string): Promise<HousingRequestRow | null> => (await db.select().from(housingRequests).where(eq(housingRequests.id, id)))[0] ?? null;

export async function insertRequest(db: Executor, values: typeof housingRequests.$inferInsert): Promise<string> {
  const [row] = await db.insert(housingRequests).values(values).returning({ id: housingRequests.id });
  return row!.id;
}

export const updateRequest = (db: Executor, id: string, version: number, changes: Partial<typeof housingRequests.$inferInsert>) => updateVersioned(db, housingRequests, id, version, changes);
