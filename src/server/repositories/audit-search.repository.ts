// Searching the audit trail on behalf of an operator's administrators. An event is theirs when
// (a) its actor is a member (any role) of one of their operators, or
// (b) its record belongs to them: a program they operate (as operator or co-operator), that
//     program's phases, cohorts and participations, an organization in their people scope
//     (people-scope.ts), an invitation into such an organization, or a person who is a member
//     of one (and that person's identity documents).
// Records resolved through (b) must still exist: an event on a deleted phase stays visible
// through (a) only. The rule is an index-friendly OR of `in (subquery)` tests.
import { and, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditEventQuery } from '../../contracts/audit-events.ts';
import { auditEvents, cohorts, invitations, memberships, participations, phases, programs, users } from '../db/schema/index.ts';
import type { Executor } from './executor.ts';
import { organizationsInScope } from './people-scope.ts';

function visibleTo(operatorIds: string[]): SQL {
  const scope = organizationsInScope({ operatorIds, organizationIds: [] });
  const operated = sql`(select p.id from ${programs} p where ${inArray(sql`p.operator_id`, operatorIds)}
    or exists (select 1 from ${participations} op where op.program_id = p.id and op.role = 'operator' and ${inArray(sql`op.organization_id`, operatorIds)}))`;
  const about = (type: string, ids: SQL) => and(eq(auditEvents.resourceType, type), sql`${auditEvents.resourceId} in ${ids}`)!;
  return or(
    sql`${auditEvents.actorUserId} in (select m.user_id from ${memberships} m where ${inArray(sql`m.organization_id`, operatorIds)})`,
    about('program', operated),
    about('phase', sql`(select id from ${phases} where program_id in ${operated})`),
    about('cohort', sql`(select id from ${cohorts} where program_id in ${operated})`),
    about('participation', sql`(select id from ${participations} where program_id in ${operated})`),
    about('organization', scope),
    about('invitation', sql`(select id from ${invitations} where organization_id in ${scope})`),
    about('user', sql`(select user_id from ${memberships} where organization_id in ${scope})`),
    // Identity documents are keyed by their person: reads of them, allowed or refused, included.
    about('identity_document', sql`(select user_id from ${memberships} where organization_id in ${scope})`),
  )!;
}

/** `from`/`to` are calendar days in Japan time (the programs' time), both included. */
function filters(query: AuditEventQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.resourceType) conditions.push(eq(auditEvents.resourceType, query.resourceType));
  if (query.resourceId) conditions.push(eq(auditEvents.resourceId, query.resourceId));
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.actorUserId) conditions.push(eq(auditEvents.actorUserId, query.actorUserId));
  if (query.from) conditions.push(gte(auditEvents.occurredAt, sql`(${query.from}::date::timestamp at time zone 'Asia/Tokyo')`));
  if (query.to) conditions.push(lt(auditEvents.occurredAt, sql`((${query.to}::date + 1)::timestamp at time zone 'Asia/Tokyo')`));
  return conditions;
}

export async function searchAuditEvents(db: Executor, operatorIds: string[], query: AuditEventQuery) {
  const where = and(visibleTo(operatorIds), ...filters(query));
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        occurredAt: auditEvents.occurredAt,
        actorUserId: auditEvents.actorUserId,
        actorName: users.name,
        action: auditEvents.action,
        resourceType: auditEvents.resourceType,
        resourceId: auditEvents.resourceId,
        fields: auditEvents.fields,
        clientAddress: auditEvents.clientAddress,
        requestId: auditEvents.requestId,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export type AuditSearchRow = Awaited<ReturnType<typeof searchAuditEvents>>['rows'][number];
