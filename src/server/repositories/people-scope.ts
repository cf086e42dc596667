// policy.inPeopleScope said in SQL: the organizations whose people (members, invitations,
// outbox mail) a scope covers. An organization is covered when it is one of the scope's own,
// was registered by one of its operators, or takes part in a program one of them operates (as
// the program's operator or a co-operator) — the same facts as access-facts' organizationFacts.
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { peopleScope } from '../../domain/access/policy.ts';
import { organizations, participations, programs } from '../db/schema/index.ts';

export type PeopleScope = ReturnType<typeof peopleScope>;

/** A subquery of organization ids, for `column in (…)`. */
export function organizationsInScope(scope: PeopleScope): SQL {
  const operators = scope.operatorIds;
  const inTheirPrograms = sql`exists (
    select 1 from ${participations} pa join ${programs} p on p.id = pa.program_id
    where pa.organization_id = o.id
      and (${inArray(sql`p.operator_id`, operators)}
        or exists (select 1 from ${participations} op where op.program_id = p.id and op.role = 'operator' and ${inArray(sql`op.organization_id`, operators)})))`;
  const covered = or(inArray(sql`o.id`, [...operators, ...scope.organizationIds]), inArray(sql`o.registered_by`, operators), inTheirPrograms);
  return sql`(select o.id from ${organizations} o where ${covered})`;
}
