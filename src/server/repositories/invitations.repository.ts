// Invitations: stored with the SHA-256 of their token, read back with their organization and
// the person who sent them.
import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { InvitationListQuery } from '../../contracts/invitations.ts';
import type { MembershipRole } from '../../domain/access/roles.ts';
import { invitations, memberships, organizations, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { organizationsInScope, type PeopleScope } from './people-scope.ts';

export type NewInvitation = { email: string; name: string; organizationId: string; role: MembershipRole; language: string; tokenHash: string; invitedBy: string; createdAt: Date; expiresAt: Date };

export async function insertInvitations(db: Executor, rows: NewInvitation[]): Promise<string[]> {
  const inserted = await db.insert(invitations).values(rows).returning({ id: invitations.id });
  return inserted.map((r) => r.id);
}

function invitationSelect() {
  const { id, email, name, role, language, expiresAt, acceptedAt, revokedAt, createdAt } = invitations;
  return {
    id,
    email,
    name,
    role,
    language,
    expiresAt,
    acceptedAt,
    revokedAt,
    createdAt,
    organization: { id: organizations.id, name: organizations.name, kind: organizations.kind },
    invitedBy: { id: users.id, name: users.name },
  };
}

export type InvitationRow = Awaited<ReturnType<typeof selectInvitations>>[number];

function selectInvitations(db: Executor, where: SQL | undefined) {
  return db
    .select(invitationSelect())
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(where);
}

export async function findInvitation(db: Executor, id: string): Promise<InvitationRow | null> {
  return (await selectInvitations(db, eq(invitations.id, id)))[0] ?? null;
}

export async function findInvitationByTokenHash(db: Executor, tokenHash: string): Promise<InvitationRow | null> {
  return (await selectInvitations(db, eq(invitations.tokenHash, tokenHash)))[0] ?? null;
}

export async function findInvitationsByIds(db: Executor, ids: string[]): Promise<InvitationRow[]> {
  if (ids.length === 0) return [];
  return selectInvitations(db, inArray(invitations.id, ids)).orderBy(invitations.createdAt, invitations.email);
}

/** Locks the invitation for the rest of the transaction, so two acceptances cannot both win. */
export async function lockInvitation(db: Executor, id: string) {
  const [row] = await db.select({ expiresAt: invitations.expiresAt, acceptedAt: invitations.acceptedAt, revokedAt: invitations.revokedAt }).from(invitations).where(eq(invitations.id, id)).for('update');
  return row ?? null;
}

export async function markInvitation(db: Executor, id: string, change: { acceptedAt: Date } | { revokedAt: Date }): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set(change)
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length > 0;
}

/** Neither accepted nor revoked (expired ones included, so they can be seen and revoked), newest first. */
export async function listOpenInvitations(db: Executor, scope: PeopleScope, query: InvitationListQuery): Promise<{ rows: InvitationRow[]; total: number }> {
  const conditions = [isNull(invitations.acceptedAt), isNull(invitations.revokedAt), sql`${invitations.organizationId} in ${organizationsInScope(scope)}`];
  if (query.organizationId) conditions.push(eq(invitations.organizationId, query.organizationId));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    selectInvitations(db, where)
      .orderBy(desc(invitations.createdAt), invitations.email)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Which of `emails` already belong to the organization. */
export async function emailsAlreadyMembers(db: Executor, organizationId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), inArray(users.email, emails)));
  return new Set(rows.map((r) => r.email));
}
