// Signing in and out, the second factor and password resets. The throttle is checked before
// any password is hashed, so a locked key costs the server nothing; the password check,
// session and cookies are better-auth's.
import { SIGN_IN_RULES, accountKey, addressKey, afterFailure, lockedForSeconds } from '../../domain/access/sign-in-throttle.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { Auth } from '../auth/auth.ts';
import type { PasswordHasher } from '../auth/password-hasher.ts';
import { authCall } from '../auth/auth-errors.ts';
import type { Db } from '../db/database.ts';
import { clearThrottle, findUserIdByEmail, readThrottles, recordThrottleFailure } from '../repositories/accounts.repository.ts';

export type SignInOutcome = { status: 'signedIn' | 'twoFactorRequired'; cookies: Headers | null };

export class SignInService {
  constructor(
    private readonly db: Db,
    private readonly auth: Auth,
    private readonly now: () => Date,
    private readonly hasher: PasswordHasher,
  ) {}

  async signIn(headers: Headers, clientAddress: string, email: string, password: string): Promise<SignInOutcome> {
    const keys = { account: accountKey(email), address: addressKey(clientAddress) };
    await this.refuseIfLocked(keys);
    const user = await findUserIdByEmail(this.db, email);
    try {
      // A disabled account answers exactly like a wrong password, after the same cost of a hash.
      if (user?.disabledAt) {
        await this.hasher.hash(password);
        throw new AppError('auth.invalidCredentials');
      }
      const { headers: cookies, response } = await authCall(() => this.auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers, returnHeaders: true }));
      await clearThrottle(this.db, keys.account);
      const twoFactor = (response as { twoFactorRedirect?: boolean }).twoFactorRedirect === true;
      return { status: twoFactor ? 'twoFactorRequired' : 'signedIn', cookies };
    } catch (error) {
      if (error instanceof AppError && (error.code === 'auth.invalidCredentials' || error.code === 'validation.failed')) {
        await this.recordFailure(keys);
        throw new AppError('auth.invalidCredentials');
      }
      throw error;
    }
  }

  async verifySecondFactor(headers: Headers, code: string, trustDevice: boolean): Promise<Headers | null> {
    const { headers: cookies } = await authCall(() => this.auth.api.verifyTOTP({ body: { code, trustDevice }, headers, returnHeaders: true }));
    return cookies;
  }

  async signOut(headers: Headers): Promise<Headers | null> {
    const { headers: cookies } = await authCall(() => this.auth.api.signOut({ headers, returnHeaders: true }));
    return cookies;
  }

  /** Always succeeds, whether the address is known or not, so it cannot be used to find accounts. */
  async requestPasswordReset(headers: Headers, email: string): Promise<void> {
    const user = await findUserIdByEmail(this.db, email);
    if (!user || user.disabledAt) return;
    await authCall(() => this.auth.api.requestPasswordReset({ body: { email }, headers }));
  }

  /** The reset link proves the mailbox is the owner's: it also unlocks a throttled account. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const { userId } = await this.userOfResetToken(token);
    await authCall(() => this.auth.api.resetPassword({ body: { token, newPassword } }));
    const email = await this.emailOf(userId);
    if (email) await clearThrottle(this.db, accountKey(email));
  }

  private async userOfResetToken(token: string): Promise<{ userId: string }> {
    const context = await this.auth.$context;
    const found = await context.internalAdapter.findVerificationValue(`reset-password:${token}`);
    if (!found || found.expiresAt < this.now()) throw new AppError('auth.linkInvalid');
    return { userId: found.value };
  }

  private async emailOf(userId: string): Promise<string | null> {
    const context = await this.auth.$context;
    return (await context.internalAdapter.findUserById(userId))?.email ?? null;
  }

  private async refuseIfLocked(keys: { account: string; address: string }): Promise<void> {
    const states = await readThrottles(this.db, [keys.account, keys.address]);
    const seconds = Math.max(lockedForSeconds(states.get(keys.account) ?? null, this.now()), lockedForSeconds(states.get(keys.address) ?? null, this.now()));
    if (seconds > 0) throw new AppError('auth.throttled', { params: { minutes: Math.ceil(seconds / 60), retryAfter: seconds } });
  }

  private async recordFailure(keys: { account: string; address: string }): Promise<void> {
    const now = this.now();
    await recordThrottleFailure(this.db, keys.account, (s) => afterFailure(s, SIGN_IN_RULES.account, now));
    await recordThrottleFailure(this.db, keys.address, (s) => afterFailure(s, SIGN_IN_RULES.address, now));
  }
}
