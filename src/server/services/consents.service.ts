// A student's consent in one program (issue 4 item 3): given to the current notice, naming
// recipients among the program's operators and host companies; a new consent replaces the
// active one; withdrawing keeps the record and stops further sharing. Both are audited in the
// same transaction as the change.
import type { ConsentInput, ConsentView } from '../../contracts/applications.ts';
import { CURRENT_NOTICE_VERSION, disallowedRecipients, isCurrentNotice } from '../../domain/consent/consent.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, invalid, notFound } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import { presentConsent } from '../presenters/application.presenter.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import { findConsents, insertConsent, participantIdsByRole, withdrawActiveConsent } from '../repositories/applications.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';

export class ConsentsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async give(ctx: RequestContext, programId: string, input: ConsentInput): Promise<ConsentView> {
    if (!isCurrentNotice(input.noticeVersion)) throw new AppError('consent.noticeOutdated', { params: { noticeVersion: CURRENT_NOTICE_VERSION } });
    const userId = ctx.actorUserId!;
    return this.db.transaction(async (tx) => {
      const program = await programFacts(tx, programId);
      if (!program) throw notFound('program');
      const allowed = [...program.operatorIds, ...(await participantIdsByRole(tx, programId, 'host_company'))];
      const refused = disallowedRecipients(input.recipientIds, allowed);
      if (refused.length > 0) throw invalid(refused.map(({ index }) => ({ field: `recipientIds.${index}`, code: 'consent.recipientNotAllowed' })));
      const at = this.now();
      const replaced = await withdrawActiveConsent(tx, userId, programId, at);
      if (replaced) await recordAudit(tx, ctx, { action: 'revoke', resourceType: 'consent', resourceId: replaced.id });
      const row = await insertConsent(tx, { userId, programId, noticeVersion: input.noticeVersion, language: input.language, recipientIds: [...new Set(input.recipientIds)], givenAt: at });
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'consent', resourceId: row.id, fields: ['language', 'noticeVersion', 'recipientIds'] });
      return presentConsent(row);
    });
  }

  async withdraw(ctx: RequestContext, programId: string): Promise<ConsentView> {
    return this.db.transaction(async (tx) => {
      const row = await withdrawActiveConsent(tx, ctx.actorUserId!, programId, this.now());
      if (!row) throw notFound('consent');
      await recordAudit(tx, ctx, { action: 'revoke', resourceType: 'consent', resourceId: row.id, fields: ['withdrawnAt'] });
      return presentConsent(row);
    });
  }

  /** The student's latest consent in the program, active or withdrawn. */
  async own(ctx: RequestContext, programId: string): Promise<ConsentView> {
    const [latest] = await findConsents(this.db, ctx.actorUserId!, programId);
    if (!latest) throw notFound('consent');
    return presentConsent(latest);
  }
}
