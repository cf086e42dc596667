// The audit trail as an operator's administrators search it (the rule of what is theirs is
// in audit-search.repository.ts).
import type { AuditEventPage, AuditEventQuery } from '../../contracts/audit-events.ts';
import { peopleScope } from '../../domain/access/policy.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import type { Db } from '../db/database.ts';
import { presentAuditEvent } from '../presenters/people.presenter.ts';
import { searchAuditEvents } from '../repositories/audit-search.repository.ts';

export class AuditLogService {
  constructor(private readonly db: Db) {}

  async search(ctx: RequestContext, query: AuditEventQuery): Promise<AuditEventPage> {
    const operatorIds = ctx.actor ? peopleScope(ctx.actor).operatorIds : [];
    const { rows, total } = await searchAuditEvents(this.db, operatorIds, query);
    return { items: rows.map(presentAuditEvent), total, page: query.page, pageSize: query.pageSize };
  }
}
