// better-auth, configured for Kakehashi. We never mount its HTTP handler: our own routes call
// its server API (auth.api.*), so every endpoint has our schemas, our error bodies, our
// throttling and a declared access policy like any other route. better-auth owns what we must
// not hand-write: session tokens and their signed cookies, password checks, TOTP secrets,
// reset tokens.
import crypto from 'node:crypto';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { betterAuth } from 'better-auth/minimal';
import { twoFactor } from 'better-auth/plugins/two-factor';
import type { Db } from '../db/database.ts';
import { credentialAccounts, sessions, twoFactors, users, verifications } from '../db/schema/index.ts';
import type { PasswordHasher } from './password-hasher.ts';

export type AuthSettings = {
  /** Signs cookies and encrypts TOTP secrets; 32+ random bytes. */
  secret: string;
  /** Where people reach the app, for links in e-mails (no trailing slash). */
  publicUrl: string;
  /** Idle timeout: a session unused this long is gone. */
  idleTimeoutSeconds: number;
  /** Absolute timeout: no session lives longer than this, used or not. */
  absoluteTimeoutSeconds: number;
  /** Lifetime of password-reset links. */
  resetLinkSeconds: number;
};

export const DEFAULT_AUTH_TIMEOUTS = {
  idleTimeoutSeconds: 60 * 60,
  absoluteTimeoutSeconds: 12 * 60 * 60,
  resetLinkSeconds: 60 * 60,
} as const;

/** Header through which we hand better-auth the client address we computed (never a client's X-Forwarded-For). */
export const CLIENT_ADDRESS_HEADER = 'x-kakehashi-client-address';

export const SESSION_COOKIE = '__Host-kakehashi.session_token';

export type PasswordResetMailer = (to: { email: string; language: string }, link: string, expiresAt: Date) => Promise<void>;

/** better-auth's own messages go to our logger at debug level (they name no person). */
export type AuthLog = (level: string, message: string) => void;

export function createAuth(db: Db, settings: AuthSettings, hasher: PasswordHasher, sendResetLink: PasswordResetMailer, log: AuthLog) {
  return betterAuth({
    logger: { level: 'warn', log: (level, message) => log(level, message) },
    appName: 'Kakehashi',
    baseURL: settings.publicUrl,
    secret: settings.secret,
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: credentialAccounts, verification: verifications, twoFactor: twoFactors },
    }),
    user: {
      additionalFields: {
        language: { type: 'string', required: false, defaultValue: 'ja', input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      // Nobody signs themselves up: people arrive through invitations (or the demo seed).
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      password: { hash: (password) => hasher.hash(password), verify: ({ hash, password }) => hasher.verify(hash, password) },
      resetPasswordTokenExpiresIn: settings.resetLinkSeconds,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        const link = `${settings.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await sendResetLink({ email: user.email, language: (user as { language?: string }).language ?? 'ja' }, link, new Date(Date.now() + settings.resetLinkSeconds * 1000));
      },
    },
    session: {
      // Sliding expiry = the idle timeout; the absolute timeout is enforced when a session is read.
      expiresIn: settings.idleTimeoutSeconds,
      updateAge: Math.min(300, Math.floor(settings.idleTimeoutSeconds / 4)),
      cookieCache: { enabled: false }, // revocation must take effect on the next request
    },
    rateLimit: { enabled: false }, // our routes throttle (sign-in-throttle.ts, rate limits)
    plugins: [twoFactor({ issuer: 'Kakehashi', totpOptions: { digits: 6, period: 30 } })],
    advanced: {
      useSecureCookies: false, // the prefix below already says Secure; we set it ourselves
      cookiePrefix: '__Host-kakehashi',
      defaultCookieAttributes: { secure: true, httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
      // Cross-site writes are refused by our CSRF guard before any auth call is made.
      disableCSRFCheck: true,
      disableOriginCheck: true,
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
