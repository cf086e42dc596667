// Interview fairs as stored (migration 0012): the fair, its slots, companies, interpreters and
// unavailability. Interviews and evaluations are in fair-interviews.repository.ts. Row-level
// security keeps them to the program's people; the services narrow what each viewer gets.
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { FairSlot } from '../../domain/fairs/fair-slots.ts';
import { fairCompanies, fairInterpreters, fairSlots, fairUnavailability, interviewFairs, organizations } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { updateVersioned, type VersionedWrite } from './versioned.ts';

export type FairRow = typeof interviewFairs.$inferSelect;
export type FairSlotRow = typeof fairSlots.$inferSelect;
export type FairCompanyRow = typeof fairCompanies.$inferSelect & { name: FairRow['title'] };
export type FairInterpreterRow = typeof fairInterpreters.$inferSelect;
export type UnavailabilityRow = typeof fairUnavailability.$inferSelect;

export async function insertFair(db: Executor, values: Omit<typeof interviewFairs.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
  const [row] = await db.insert(interviewFairs).values(values).returning({ id: interviewFairs.id });
  return row!.id;
}

export async function findFair(db: Executor, id: string): Promise<FairRow | null> {
  const [row] = await db.select().from(interviewFairs).where(eq(interviewFairs.id, id));
  return row ?? null;
}

/** The fair row locked for the rest of the transaction: schedule runs and moves take turns. */
export async function lockFair(db: Executor, id: string): Promise<FairRow | null> {
  const [row] = await db.select().from(interviewFairs).where(eq(interviewFairs.id, id)).for('update');
  return row ?? null;
}

export async function listFairs(db: Executor, programId: string): Promise<FairRow[]> {
  return db.select().from(interviewFairs).where(eq(interviewFairs.programId, programId)).orderBy(asc(interviewFairs.createdAt));
}

export async function updateFair(db: Executor, id: string, version: number, changes: Partial<typeof interviewFairs.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, interviewFairs, id, version, changes);
}

export async function listSlots(db: Executor, fairId: string): Promise<FairSlotRow[]> {
  return db.select().from(fairSlots).where(eq(fairSlots.fairId, fairId)).orderBy(asc(fairSlots.position));
}

/** Replaces the fair's slots (its unavailability goes with them). */
export async function replaceSlots(db: Executor, fairId: string, programId: string, slots: readonly FairSlot[]): Promise<void> {
  await db.delete(fairSlots).where(eq(fairSlots.fairId, fairId));
  if (slots.length === 0) return;
  await db.insert(fairSlots).values(slots.map((s) => ({ fairId, programId, position: s.position, day: s.day, startsAt: s.startsAt, endsAt: s.endsAt })));
}

export async function listCompanies(db: Executor, fairId: string): Promise<FairCompanyRow[]> {
  const rows = await db
    .select({ company: fairCompanies, name: organizations.name })
    .from(fairCompanies)
    .innerJoin(organizations, eq(organizations.id, fairCompanies.organizationId))
    .where(eq(fairCompanies.fairId, fairId))
    .orderBy(asc(fairCompanies.position), asc(fairCompanies.id));
  return rows.map((r) => ({ ...r.company, name: r.name }));
}

/** Makes the fair's companies exactly `companies`: updates those kept, adds and removes the rest. */
export async function replaceCompanies(db: Executor, fairId: string, programId: string, companies: readonly { organizationId: string; rooms: number; roomNames: string[]; online: boolean }[]): Promise<void> {
  const ids = companies.map((c) => c.organizationId);
  await db.delete(fairCompanies).where(and(eq(fairCompanies.fairId, fairId), ids.length > 0 ? notInArray(fairCompanies.organizationId, ids) : undefined));
  for (const [position, c] of companies.entries()) {
    await db
      .insert(fairCompanies)
      .values({ fairId, programId, ...c, position })
      .onConflictDoUpdate({ target: [fairCompanies.fairId, fairCompanies.organizationId], set: { rooms: c.rooms, roomNames: c.roomNames, online: c.online, position } });
  }
}

export async function listInterpreters(db: Executor, fairId: string): Promise<FairInterpreterRow[]> {
  return db.select().from(fairInterpreters).where(eq(fairInterpreters.fairId, fairId)).orderBy(asc(fairInterpreters.position), asc(fairInterpreters.id));
}

/** Makes the fair's interpreters exactly these: rows with an id are kept and renamed, the others added. */
export async function replaceInterpreters(db: Executor, fairId: string, programId: string, interpreters: readonly { id?: string; name: string; email: string | null }[]): Promise<void> {
  const kept = interpreters.flatMap((i) => (i.id ? [i.id] : []));
  await db.delete(fairInterpreters).where(and(eq(fairInterpreters.fairId, fairId), kept.length > 0 ? notInArray(fairInterpreters.id, kept) : undefined));
  for (const [position, i] of interpreters.entries()) {
    if (i.id) await db.update(fairInterpreters).set({ name: i.name, email: i.email, position }).where(and(eq(fairInterpreters.id, i.id), eq(fairInterpreters.fairId, fairId)));
    else await db.insert(fairInterpreters).values({ fairId, programId, name: i.name, email: i.email, position });
  }
}

export async function listUnavailability(db: Executor, fairId: string): Promise<UnavailabilityRow[]> {
  return db.select().from(fairUnavailability).where(eq(fairUnavailability.fairId, fairId));
}

export type Party = { organizationId: string } | { applicationId: string } | { interpreterId: string };

/** Makes `slotIds` the party's unavailable slots in the fair. */
export async function setUnavailability(db: Executor, fairId: string, programId: string, party: Party, slotIds: readonly string[]): Promise<void> {
  const column = 'organizationId' in party ? fairUnavailability.organizationId : 'applicationId' in party ? fairUnavailability.applicationId : fairUnavailability.interpreterId;
  const id = Object.values(party)[0] as string;
  await db.delete(fairUnavailability).where(and(eq(fairUnavailability.fairId, fairId), eq(column, id)));
  if (slotIds.length === 0) return;
  await db.insert(fairUnavailability).values(slotIds.map((slotId) => ({ fairId, programId, slotId, ...party })));
}

/** Which of `slotIds` are slots of the fair. */
export async function slotsOfFair(db: Executor, fairId: string, slotIds: readonly string[]): Promise<Set<string>> {
  if (slotIds.length === 0) return new Set();
  const rows = await db.select({ id: fairSlots.id }).from(fairSlots).where(and(eq(fairSlots.fairId, fairId), inArray(fairSlots.id, [...slotIds])));
  return new Set(rows.map((r) => r.id));
}
