// Inviting people: one person into an organization, or a class list of students into a
// college, all or none. Who may invite whom has been asked of the policy (route access)
// before a method here runs; what is checked here is the input: the role fits the kind of
// organization, no address twice, nobody already a member. Invitations, their audit events
// and their mail are written in one transaction (mailer.ts: the outbox joins it; an SMTP
// failure rolls it back), so a failed send leaves no invitation nobody received.
import type { BulkInvitationInput, Invitation, InvitationInput, InvitationListQuery, InvitationPage } from '../../contracts/invitations.ts';
import { invitationExpiry, repeatedEmails, roleFitsOrganization } from '../../domain/access/invitation-rules.ts';
import { peopleScope } from '../../domain/access/policy.ts';
import type { MembershipRole } from '../../domain/access/roles.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, invalid, type FieldIssue } from '../../domain/errors/app-error.ts';
import { invitationLink, newInvitationToken } from '../crypto/invitation-token.ts';
import type { Db } from '../db/database.ts';
import { invitationMail } from '../mail/account-mail.ts';
import type { Mailer } from '../mail/mailer.ts';
import { presentInvitation } from '../presenters/people.presenter.ts';
import { recordAudit, recordAudits } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { emailsAlreadyMembers, findInvitation, findInvitationsByIds, insertInvitations, listOpenInvitations, markInvitation } from '../repositories/invitations.repository.ts';
import { findPersonStatus } from '../repositories/members.repository.ts';
import { findOrganization, type OrganizationRow } from '../repositories/organizations.repository.ts';

export type Invitee = { name: string; email: string; language: string };
/** Where a problem with row `index`'s `field` is reported: `email` for one person, `rows.3.email` in a list. */
type FieldOf = (index: number, field: 'email') => string;

export class InvitationsService {
  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly now: () => Date,
  ) {}

  async invite(ctx: RequestContext, input: InvitationInput): Promise<Invitation> {
    const [created] = await this.inviteAll(ctx, input.organizationId, input.role, [input], (_i, field) => field);
    return created!;
  }

  async inviteStudents(ctx: RequestContext, input: BulkInvitationInput): Promise<{ items: Invitation[] }> {
    return { items: await this.inviteAll(ctx, input.organizationId, 'student', input.rows, (i, field) => `rows.${i}.${field}`) };
  }

  async list(ctx: RequestContext, query: InvitationListQuery): Promise<InvitationPage> {
    const scope = ctx.actor ? peopleScope(ctx.actor) : { operatorIds: [], organizationIds: [] };
    const { rows, total } = await listOpenInvitations(this.db, scope, query);
    const now = this.now();
    return { items: rows.map((r) => presentInvitation(r, now)), total, page: query.page, pageSize: query.pageSize };
  }

  /** Revoking an accepted or already revoked invitation answers 409 (`invitation.notPending`). */
  async revoke(ctx: RequestContext, id: string): Promise<Invitation> {
    await this.db.transaction(async (tx) => {
      if (!(await markInvitation(tx, id, { revokedAt: this.now() }))) throw new AppError('invitation.notPending');
      await recordAudit(tx, ctx, { action: 'revoke', resourceType: 'invitation', resourceId: id });
    });
    return presentInvitation((await findInvitation(this.db, id))!, this.now());
  }

  private async inviteAll(ctx: RequestContext, organizationId: string, role: MembershipRole, invitees: Invitee[], fieldOf: FieldOf): Promise<Invitation[]> {
    const organization = await findOrganization(this.db, organizationId);
    if (!organization || organization.archivedAt) throw invalid([{ field: 'organizationId', code: 'reference.notFound' }]);
    if (!roleFitsOrganization(role, organization.kind)) throw invalid([{ field: 'role', code: 'role.notForOrganization' }]);
    await this.refuseBadAddresses(organizationId, invitees, fieldOf);
    const ids = await this.db.transaction(async (tx) => this.inviteWithin(tx, ctx, organization, role, invitees));
    const now = this.now();
    return (await findInvitationsByIds(this.db, ids)).map((r) => presentInvitation(r, now));
  }

  /**
   * Writes the invitations, their audit events and their mail inside the caller's transaction,
   * with no checks of its own: for a roster import (student-import.service.ts), whose new
   * students already have an account without a password and set one by accepting.
   */
  async inviteWithin(tx: Executor, ctx: RequestContext, organization: OrganizationRow, role: MembershipRole, invitees: readonly Invitee[], onSent?: (count: number) => void): Promise<string[]> {
    if (invitees.length === 0) return [];
    const inviter = ctx.actorUserId ? await findPersonStatus(tx, ctx.actorUserId) : null;
    const createdAt = this.now();
    const expiresAt = invitationExpiry(createdAt);
    const tokens = invitees.map(() => newInvitationToken());
    const rows = invitees.map((p, i) => ({ ...p, organizationId: organization.id, role, tokenHash: tokens[i]!.tokenHash, invitedBy: ctx.actorUserId!, createdAt, expiresAt }));
    const created = await insertInvitations(tx, rows);
    await recordAudits(tx, ctx, created.map((id) => ({ action: 'invite', resourceType: 'invitation', resourceId: id })));
    for (const [i] of created.entries()) {
      await this.mailer.send(this.mailFor(invitees[i]!, organization, inviter?.name ?? '', tokens[i]!.token, expiresAt), tx);
      onSent?.(i + 1);
    }
    return created;
  }

  /** Every problem at once, each named by its row, so a class list is fixed in one pass. */
  private async refuseBadAddresses(organizationId: string, invitees: Invitee[], fieldOf: FieldOf): Promise<void> {
    const issues: FieldIssue[] = repeatedEmails(invitees.map((p) => p.email)).map((i) => ({ field: fieldOf(i, 'email'), code: 'email.duplicateInBatch' }));
    const members = await emailsAlreadyMembers(this.db, organizationId, invitees.map((p) => p.email));
    invitees.forEach((p, i) => {
      if (members.has(p.email)) issues.push({ field: fieldOf(i, 'email'), code: 'email.alreadyMember' });
    });
    if (issues.length > 0) throw invalid(issues);
  }

  private mailFor(invitee: Invitee, organization: OrganizationRow, inviter: string, token: string, expiresAt: Date) {
    return invitationMail({
      to: invitee.email,
      language: invitee.language,
      inviter,
      organizationId: organization.id,
      organizationName: organization.name,
      link: invitationLink(this.publicUrl, token),
      expiresAt,
    });
  }
}
