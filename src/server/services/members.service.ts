// The people an admin or coordinator looks after, and switching one off or on again.
// Deactivation sets users.disabled_at and deletes every session of the person in the same
// transaction as its audit event; authenticate.ts refuses a disabled person's cookie anyway.
import type { MemberListQuery, MemberPage, PersonStatus } from '../../contracts/members.ts';
import { peopleScope } from '../../domain/access/policy.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { notFound } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import { presentMember, presentPersonStatus } from '../presenters/people.presenter.ts';
import { setDisabled } from '../repositories/accounts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { findPersonStatus, listMembers } from '../repositories/members.repository.ts';

export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async list(ctx: RequestContext, query: MemberListQuery): Promise<MemberPage> {
    const scope = ctx.actor ? peopleScope(ctx.actor) : { operatorIds: [], organizationIds: [] };
    const { rows, total } = await listMembers(this.db, scope, query);
    return { items: rows.map(presentMember), total, page: query.page, pageSize: query.pageSize };
  }

  /** Idempotent: asking for the state the person is already in changes and records nothing. */
  async setActive(ctx: RequestContext, userId: string, active: boolean): Promise<PersonStatus> {
    await this.db.transaction(async (tx) => {
      const person = await findPersonStatus(tx, userId);
      if (!person) throw notFound('user');
      if ((person.disabledAt === null) === active) return;
      await setDisabled(tx, userId, active ? null : this.now());
      await recordAudit(tx, ctx, { action: active ? 'reactivate' : 'deactivate', resourceType: 'user', resourceId: userId, fields: ['disabledAt'] });
    });
    return presentPersonStatus((await findPersonStatus(this.db, userId))!);
  }
}
