// The facts the access policy needs about one record, loaded in one query each.
import { eq, sql } from 'drizzle-orm';
import type { InvitationFacts, OrganizationFacts, PersonFacts, ProgramFacts } from '../../domain/access/policy.ts';
import { invitations, memberships, organizations, participations, programs, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';

export async function programFacts(db: Executor, programId: string): Promise<ProgramFacts | null> {
  const rows = await db
    .select({
      operatorId: programs.operatorId,
      coOperatorIds: sql<string[]>`coalesce(array_agg(${participations.organizationId}) filter (where ${participations.role} = 'operator'), '{}')`,
      participantIds: sql<string[]>`coalesce(array_agg(${participations.organizationId}) filter (where ${participations.organizationId} is not null), '{}')`,
    })
    .from(programs)
    .leftJoin(participations, eq(participations.programId, programs.id))
    .where(eq(programs.id, programId))
    .groupBy(programs.id);
  const row = rows[0];
  if (!row) return null;
  return { type: 'program', operatorIds: [...new Set([row.operatorId, ...row.coOperatorIds])], participantIds: row.participantIds };
}

export async function organizationFacts(db: Executor, organizationId: string): Promise<OrganizationFacts | null> {
  const rows = await db
    .select({
      registeredBy: organizations.registeredBy,
      operatorIds: sql<string[]>`array(
        select distinct p.operator_id from ${participations} pa join ${programs} p on p.id = pa.program_id where pa.organization_id = ${organizationId}
        union
        select distinct op.organization_id from ${participations} pa join ${participations} op on op.program_id = pa.program_id and op.role = 'operator'
        where pa.organization_id = ${organizationId})`,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const row = rows[0];
  if (!row) return null;
  const operatorIds = new Set(row.operatorIds);
  if (row.registeredBy) operatorIds.add(row.registeredBy);
  return { type: 'organization', id: organizationId, operatorIdsOfItsPrograms: [...operatorIds] };
}

export async function invitationFacts(db: Executor, invitationId: string): Promise<InvitationFacts | null> {
  const [row] = await db.select({ organizationId: invitations.organizationId, role: invitations.role }).from(invitations).where(eq(invitations.id, invitationId));
  const organization = row ? await organizationFacts(db, row.organizationId) : null;
  return row && organization ? { type: 'invitation', organization, role: row.role } : null;
}

export async function personFacts(db: Executor, userId: string): Promise<PersonFacts | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const rows = await db.select({ organizationId: memberships.organizationId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
  const facts = await Promise.all(rows.map(async (m) => ({ organization: (await organizationFacts(db, m.organizationId))!, role: m.role })));
  return { type: 'person', userId, memberships: facts };
}
