// Following an invitation link: what the link is for, and accepting it. A new address gets
// an account (argon2id through the app's PasswordHasher) and the membership; an address that
// already has an account gets only the membership, after its current password is checked —
// so a link forwarded to someone else cannot attach a role to an account they do not own.
// Unknown, expired, accepted and revoked links all answer the same `auth.linkInvalid`.
import type { InvitationAccepted, InvitationPreview } from '../../contracts/invitations.ts';
import { invitationStatus } from '../../domain/access/invitation-rules.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { PasswordHasher } from '../auth/password-hasher.ts';
import { hashInvitationToken } from '../crypto/invitation-token.ts';
import type { Db } from '../db/database.ts';
import { presentInvitationPreview } from '../presenters/people.presenter.ts';
import { addMembership, insertPerson, setFirstPassword } from '../repositories/accounts.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Executor } from '../repositories/executor.ts';
import { findInvitationByTokenHash, lockInvitation, markInvitation, type InvitationRow } from '../repositories/invitations.repository.ts';
import { findAccountByEmail, isMemberOf } from '../repositories/members.repository.ts';
import { isUniqueViolation } from '../repositories/pg-errors.ts';

type Acceptance = { token: string; name: string; password: string };

export class InvitationAcceptanceService {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly now: () => Date,
  ) {}

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.pendingInvitation(this.db, token);
    return presentInvitationPreview(invitation, withPassword(await findAccountByEmail(this.db, invitation.email)) !== null);
  }

  async accept(ctx: RequestContext, input: Acceptance): Promise<InvitationAccepted> {
    const invitation = await this.pendingInvitation(this.db, input.token);
    const account = await findAccountByEmail(this.db, invitation.email);
    // A student a college imported has an account but no password yet: accepting sets it.
    const existing = withPassword(account);
    const awaitingPassword = account !== null && existing === null ? account : null;
    if (awaitingPassword?.disabledAt) throw new AppError('auth.linkInvalid');
    // The slow hash runs before the transaction opens, so no row stays locked while it does.
    const passwordHash = existing ? await this.checkPassword(existing, input.password) : await this.hasher.hash(input.password);
    try {
      const userId = await this.db.transaction(async (tx) => {
        const locked = await lockInvitation(tx, invitation.id);
        if (!locked || invitationStatus(locked, this.now()) !== 'pending') throw new AppError('auth.linkInvalid');
        const userId = existing
          ? await this.addToExisting(tx, existing.userId, invitation)
          : awaitingPassword
            ? await this.setFirstPassword(tx, awaitingPassword.userId, invitation, input.name, passwordHash!)
            : await this.createPerson(tx, invitation, input.name, passwordHash!);
        await markInvitation(tx, invitation.id, { acceptedAt: this.now() });
        // Nobody is signed in yet: the person accepting is the actor.
        const fields = existing ? ['membership'] : awaitingPassword ? ['name', 'password'] : ['membership', 'user'];
        await recordAudit(tx, { ...ctx, actorUserId: userId }, { action: 'accept', resourceType: 'invitation', resourceId: invitation.id, fields });
        return userId;
      });
      return { userId, email: invitation.email, existingAccount: existing !== null };
    } catch (error) {
      // The same address accepted another invitation at the same moment.
      if (isUniqueViolation(error)) throw new AppError('invitation.alreadyMember');
      throw error;
    }
  }

  private async pendingInvitation(db: Executor, token: string): Promise<InvitationRow> {
    const invitation = await findInvitationByTokenHash(db, hashInvitationToken(token));
    if (!invitation || invitationStatus(invitation, this.now()) !== 'pending') throw new AppError('auth.linkInvalid');
    return invitation;
  }

  /** A disabled account answers like a wrong password, as at sign-in. */
  private async checkPassword(account: { disabledAt: Date | null; passwordHash: string | null }, password: string): Promise<null> {
    const matches = account.passwordHash !== null && (await this.hasher.verify(account.passwordHash, password));
    if (!matches || account.disabledAt) throw new AppError('auth.invalidCredentials');
    return null;
  }

  private async addToExisting(tx: Executor, userId: string, invitation: InvitationRow): Promise<string> {
    if (await isMemberOf(tx, userId, invitation.organization.id)) throw new AppError('invitation.alreadyMember');
    await addMembership(tx, userId, invitation.organization.id, invitation.role);
    return userId;
  }

  /** The imported student's first password (and the name they go by); the membership too if the import's was removed since. */
  private async setFirstPassword(tx: Executor, userId: string, invitation: InvitationRow, name: string, passwordHash: string): Promise<string> {
    if (!(await isMemberOf(tx, userId, invitation.organization.id))) await addMembership(tx, userId, invitation.organization.id, invitation.role);
    await setFirstPassword(tx, userId, name, passwordHash);
    return userId;
  }

  private createPerson(tx: Executor, invitation: InvitationRow, name: string, passwordHash: string): Promise<string> {
    return insertPerson(tx, { name, email: invitation.email, language: invitation.language, passwordHash, organizationId: invitation.organization.id, role: invitation.role });
  }
}

/** The account when it has a password to check; null when there is none or it has no password yet. */
function withPassword<T extends { passwordHash: string | null }>(account: T | null): (T & { passwordHash: string }) | null {
  return account !== null && account.passwordHash !== null ? (account as T & { passwordHash: string }) : null;
}
