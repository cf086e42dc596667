// The in-app outbox, read by operator administrators when no SMTP server is configured: the
// messages about their operator's scope only (outbox.repository.ts says which).
import type { OutboxPage, OutboxQuery } from '../../contracts/outbox.ts';
import { peopleScope } from '../../domain/access/policy.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import type { Db } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import { presentOutboxMessage } from '../presenters/people.presenter.ts';
import { listOutboxFor } from '../repositories/outbox.repository.ts';

export class OutboxService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
  ) {}

  async list(ctx: RequestContext, query: OutboxQuery): Promise<OutboxPage> {
    // Coordinators see no outbox: only the operators' admins, who run the installation.
    const scope = { operatorIds: ctx.actor ? peopleScope(ctx.actor).operatorIds : [], organizationIds: [] };
    const { rows, total } = await listOutboxFor(this.db, scope, query);
    return { items: rows.map(presentOutboxMessage), total, page: query.page, pageSize: query.pageSize, mailer: this.mailer.kind };
  }
}
