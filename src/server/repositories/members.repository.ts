// The people of the organizations in a reader's scope, one row per membership, and what
// accepting an invitation needs to know about an address that already has an account.
import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { MemberListQuery } from '../../contracts/members.ts';
import { credentialAccounts, memberships, organizations, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { organizationsInScope, type PeopleScope } from './people-scope.ts';
import { escapeLike } from './search.ts';

function memberSelect() {
  return {
    userId: users.id,
    name: users.name,
    email: users.email,
    role: memberships.role,
    twoFactorEnabled: users.twoFactorEnabled,
    disabledAt: users.disabledAt,
    organization: { id: organizations.id, name: organizations.name, kind: organizations.kind },
  };
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>['rows'][number];

export async function listMembers(db: Executor, scope: PeopleScope, query: MemberListQuery) {
  const conditions = [sql`${memberships.organizationId} in ${organizationsInScope(scope)}`];
  if (query.organizationId) conditions.push(eq(memberships.organizationId, query.organizationId));
  if (query.q) conditions.push(or(ilike(users.name, `%${escapeLike(query.q)}%`), ilike(users.email, `%${escapeLike(query.q)}%`))!);
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select(memberSelect())
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(where)
      .orderBy(asc(users.name), asc(users.email), asc(memberships.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function findPersonStatus(db: Executor, userId: string) {
  const [row] = await db.select({ userId: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
  return row ?? null;
}

/** The account behind an address, with its password hash (argon2id PHC string), if there is one. */
export async function findAccountByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({ userId: users.id, disabledAt: users.disabledAt, passwordHash: credentialAccounts.password })
    .from(users)
    .leftJoin(credentialAccounts, and(eq(credentialAccounts.userId, users.id), eq(credentialAccounts.providerId, 'credential')))
    .where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

export async function isMemberOf(db: Executor, userId: string, organizationId: string): Promise<boolean> {
  const rows = await db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)));
  return rows.length > 0;
}
