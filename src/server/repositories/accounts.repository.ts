// People, their memberships and sign-in throttles. better-auth reads and writes the same
// users/sessions tables through its own adapter; this is what Kakehashi itself needs.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { Membership, MembershipRole } from '../../domain/access/roles.ts';
import type { ThrottleState } from '../../domain/access/sign-in-throttle.ts';
import { credentialAccounts, memberships, sessions, signInThrottles, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

/** A person's memberships: who they are to each organization (read on every request). */
export function listMemberships(db: Executor, userId: string): Promise<Membership[]> {
  return db.select({ organizationId: memberships.organizationId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<{ id: string; disabledAt: Date | null } | null> {
  const [row] = await db.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

/** A person with a password (hashed by the caller) and their first membership. */
export async function insertPerson(
  db: Executor,
  person: { name: string; email: string; language: string; passwordHash: string; organizationId: string; role: MembershipRole },
): Promise<string> {
  const [user] = await db
    .insert(users)
    .values({ name: person.name, email: person.email.trim().toLowerCase(), emailVerified: true, language: person.language })
    .returning({ id: users.id });
  const userId = user!.id;
  await db.insert(credentialAccounts).values({ accountId: userId, providerId: 'credential', userId, password: person.passwordHash });
  await addMembership(db, userId, person.organizationId, person.role);
  return userId;
}

/** A password for an account that had none (an imported student accepting their invitation), and the name they chose. */
export async function setFirstPassword(db: Executor, userId: string, name: string, passwordHash: string): Promise<void> {
  await db.insert(credentialAccounts).values({ accountId: userId, providerId: 'credential', userId, password: passwordHash });
  await db.update(users).set({ name, emailVerified: true, updatedAt: new Date() }).where(eq(users.id, userId));
}

export async function addMembership(db: Executor, userId: string, organizationId: string, role: MembershipRole): Promise<void> {
  await db.insert(memberships).values({ userId, organizationId, role });
}

export async function setDisabled(db: Executor, userId: string, disabledAt: Date | null): Promise<boolean> {
  const rows = await db.update(users).set({ disabledAt, updatedAt: new Date() }).where(eq(users.id, userId)).returning({ id: users.id });
  if (disabledAt) await deleteSessionsOf(db, userId);
  return rows.length > 0;
}

export async function deleteSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function setLanguage(db: Executor, userId: string, language: string): Promise<void> {
  await db.update(users).set({ language, updatedAt: new Date() }).where(eq(users.id, userId));
}

export async function listSessionsOf(db: Executor, userId: string) {
  return db
    .select({ id: sessions.id, createdAt: sessions.createdAt, updatedAt: sessions.updatedAt, expiresAt: sessions.expiresAt, ipAddress: sessions.ipAddress, userAgent: sessions.userAgent })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(sql`${sessions.updatedAt} desc`);
}

export async function readThrottles(db: Executor, keys: string[]): Promise<Map<string, ThrottleState>> {
  const rows = await db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys));
  return new Map(rows.map((r) => [r.key, { failures: r.failures, windowStartedAt: r.windowStartedAt, lockedUntil: r.lockedUntil }]));
}

/** One more failure for `key`, serialized per key so concurrent failures all count. */
export async function recordThrottleFailure(db: Db, key: string, next: (current: ThrottleState | null) => ThrottleState): Promise<ThrottleState> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
    const current = (await readThrottles(tx, [key])).get(key) ?? null;
    const state = next(current);
    await writeThrottle(tx, key, state);
    return state;
  });
}

async function writeThrottle(db: Executor, key: string, state: ThrottleState): Promise<void> {
  await db
    .insert(signInThrottles)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: signInThrottles.key, set: { failures: state.failures, windowStartedAt: state.windowStartedAt, lockedUntil: state.lockedUntil } });
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}

export async function membersOf(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ userId: users.id, name: users.name, email: users.email, organizationId: memberships.organizationId, role: memberships.role, disabledAt: users.disabledAt, twoFactorEnabled: users.twoFactorEnabled })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inArray(memberships.organizationId, organizationIds))
    .orderBy(users.name);
}
