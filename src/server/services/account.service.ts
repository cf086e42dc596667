// One's own account: who I am and where I belong, my language, my password, my second
// factor and my sessions.
import type { Account } from '../../contracts/auth.ts';
import { AppError, forbidden, notFound } from '../../domain/errors/app-error.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Auth } from '../auth/auth.ts';
import { authCall } from '../auth/auth-errors.ts';
import type { Db } from '../db/database.ts';
import type { SignedInActor } from '../http/authenticate.ts';
import { deleteSession, listSessionsOf, setLanguage } from '../repositories/accounts.repository.ts';
import { findOrganization } from '../repositories/organizations.repository.ts';

export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly auth: Auth,
  ) {}

  async me(actor: SignedInActor): Promise<Account> {
    const memberships = await Promise.all(
      actor.memberships.map(async (m) => {
        const org = await findOrganization(this.db, m.organizationId);
        if (!org) throw notFound('organization');
        return { organization: { id: org.id, name: org.name, kind: org.kind }, role: m.role };
      }),
    );
    return {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      language: actor.language as Language,
      twoFactorEnabled: actor.twoFactorEnabled,
      mustEnrollTwoFactor: actor.mustEnrollTwoFactor,
      memberships,
    };
  }

  async setLanguage(actor: SignedInActor, language: Language): Promise<Account> {
    await setLanguage(this.db, actor.userId, language);
    return this.me({ ...actor, language });
  }

  async changePassword(headers: Headers, currentPassword: string, newPassword: string): Promise<Headers | null> {
    const { headers: cookies } = await authCall(() =>
      this.auth.api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers, returnHeaders: true }),
    );
    return cookies;
  }

  /** Starts enrolment: a new secret (as an otpauth URI and in plain for typing) and backup codes. */
  async enableTwoFactor(headers: Headers, password: string) {
    const result = await authCall(() => this.auth.api.enableTwoFactor({ body: { password }, headers }));
    const totpUri = (result as { totpURI?: string }).totpURI;
    if (!totpUri) throw new AppError('internal.unexpected');
    const secret = new URL(totpUri).searchParams.get('secret') ?? '';
    return { totpUri, secret, backupCodes: (result as { backupCodes?: string[] }).backupCodes ?? [] };
  }

  /** Completes enrolment with a first code from the app; the session is renewed. */
  async confirmTwoFactor(headers: Headers, code: string): Promise<Headers | null> {
    const { headers: cookies } = await authCall(() => this.auth.api.verifyTOTP({ body: { code }, headers, returnHeaders: true }));
    return cookies;
  }

  async disableTwoFactor(actor: SignedInActor, headers: Headers, password: string): Promise<Headers | null> {
    // Operator administrators must keep it (issue 3).
    if (actor.memberships.some((m) => m.role === 'operator_admin')) throw forbidden();
    const { headers: cookies } = await authCall(() => this.auth.api.disableTwoFactor({ body: { password }, headers, returnHeaders: true }));
    return cookies;
  }

  async sessions(actor: SignedInActor) {
    const rows = await listSessionsOf(this.db, actor.userId);
    return {
      items: rows.map((s) => ({
        id: s.id,
        current: s.id === actor.sessionId,
        createdAt: s.createdAt,
        lastUsedAt: s.updatedAt,
        expiresAt: s.expiresAt,
        ipAddress: s.ipAddress,
        userAgent: s.userAgent,
      })),
    };
  }

  async revokeSession(actor: SignedInActor, sessionId: string): Promise<void> {
    const mine = (await listSessionsOf(this.db, actor.userId)).some((s) => s.id === sessionId);
    if (!mine) throw notFound('session');
    await deleteSession(this.db, sessionId);
  }
}
