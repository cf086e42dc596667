// Calls for host companies and the companies' applications, as stored. Row-level security
// (migration 0009) keeps calls to their program's people (and open ones to every signed-in
// organization) and applications to their program's people and their own company; the scopes
// here narrow lists to what the access policy allows.
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { hostApplicationScope, hostCallScope } from '../../domain/access/policy.ts';
import { hostApplications, hostCalls, organizations, participations, programs } from '../db/schema/index.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import type { Executor } from './executor.ts';
import { updateVersioned, type VersionedWrite } from './versioned.ts';

export type HostCallRow = typeof hostCalls.$inferSelect;
export type HostApplicationRow = typeof hostApplications.$inferSelect;

export async function findProgramForCall(db: Executor, programId: string): Promise<{ operatorId: string; internCapPerCompany: number | null } | null> {
  const [row] = await db.select({ operatorId: programs.operatorId, internCapPerCompany: programs.internCapPerCompany }).from(programs).where(eq(programs.id, programId));
  return row ?? null;
}

export async function insertHostCall(db: Executor, values: Omit<typeof hostCalls.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
  const [row] = await db.insert(hostCalls).values(values).returning({ id: hostCalls.id });
  return row!.id;
}

export async function findHostCall(db: Executor, id: string): Promise<HostCallRow | null> {
  const [row] = await db.select().from(hostCalls).where(eq(hostCalls.id, id));
  return row ?? null;
}

/** The calls of the programs the actor operates (any status); open calls and those they applied to for host-company members. */
export async function listHostCalls(db: Executor, scope: ReturnType<typeof hostCallScope>): Promise<HostCallRow[]> {
  const conditions: SQL[] = [];
  if (scope.operatorIds.length > 0) {
    conditions.push(
      or(
        inArray(hostCalls.operatorId, scope.operatorIds),
        sql`exists (select 1 from ${participations} pa where pa.program_id = ${hostCalls.programId} and pa.role = 'operator' and ${inArray(sql`pa.organization_id`, scope.operatorIds)})`,
      )!,
    );
  }
  if (scope.open) conditions.push(eq(hostCalls.status, 'open'));
  if (scope.companyIds.length > 0) {
    conditions.push(sql`exists (select 1 from ${hostApplications} ha where ha.call_id = ${hostCalls.id} and ${inArray(sql`ha.company_id`, scope.companyIds)})`);
  }
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(hostCalls)
    .where(or(...conditions))
    .orderBy(asc(hostCalls.deadline), asc(hostCalls.id));
}

/**
 * Organizations' names by id: the calls' operators (a company that does not take part in a
 * program may not read the program, but must know who is calling) and the applying companies
 * (the operator may not otherwise read a company it did not register). Organizations are not
 * row-secured; the callers name only organizations the reader meets through a call.
 */
export async function organizationNames(db: Executor, ids: string[]): Promise<Map<string, LocalizedText>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function updateHostCall(db: Executor, id: string, version: number, changes: Partial<typeof hostCalls.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, hostCalls, id, version, changes);
}

export async function insertHostApplication(db: Executor, values: Omit<typeof hostApplications.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
  const [row] = await db.insert(hostApplications).values(values).returning({ id: hostApplications.id });
  return row!.id;
}

export async function findHostApplication(db: Executor, id: string): Promise<HostApplicationRow | null> {
  const [row] = await db.select().from(hostApplications).where(eq(hostApplications.id, id));
  return row ?? null;
}

/** A call's applications the scope allows, in the order they came in. */
export async function listHostApplications(db: Executor, callId: string, scope: ReturnType<typeof hostApplicationScope>): Promise<HostApplicationRow[]> {
  if (!scope.all && scope.companyIds.length === 0) return [];
  return db
    .select()
    .from(hostApplications)
    .where(and(eq(hostApplications.callId, callId), scope.all ? undefined : inArray(hostApplications.companyId, scope.companyIds)))
    .orderBy(asc(hostApplications.createdAt), asc(hostApplications.id));
}

export async function updateHostApplication(db: Executor, id: string, version: number, changes: Partial<typeof hostApplications.$inferInsert>): Promise<VersionedWrite> {
  return updateVersioned(db, hostApplications, id, version, changes);
}

/** Makes the company a host company of the program; the participation's id when it is new, null when it already was one. */
export async function ensureHostParticipation(db: Executor, programId: string, organizationId: string): Promise<string | null> {
  const [row] = await db.insert(participations).values({ programId, organizationId, role: 'host_company' }).onConflictDoNothing().returning({ id: participations.id });
  return row?.id ?? null;
}
