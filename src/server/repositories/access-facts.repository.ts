// The facts the access policy needs about one record, loaded in one query each.
import { eq, sql } from 'drizzle-orm';
import type { OrganizationFacts, ProgramFacts } from '../../domain/access/policy.ts';
import { organizations, participations, programs } from '../db/schema/index.ts';
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
