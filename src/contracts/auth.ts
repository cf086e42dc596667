// Signing in, the second factor, password resets and one's own account.
import { z } from 'zod';
import { MEMBERSHIP_ROLES } from '../domain/access/roles.ts';
import { ORGANIZATION_KINDS } from '../domain/organizations/organization.ts';
import { LANGUAGES } from '../domain/shared/localized-text.ts';
import { localizedTextOut } from './common.ts';

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'email.invalid' }));
const password = z.string().min(1).max(256);
export const newPassword = z.string().min(10, { message: 'password.tooShort' }).max(128, { message: 'password.tooLong' });
const totpCode = z.string().trim().regex(/^\d{6}$/, { message: 'code.invalid' });

export const signInInput = z.object({ email, password }).strict();
export const signInResult = z.object({ status: z.enum(['signedIn', 'twoFactorRequired']) });
export const secondFactorInput = z.object({ code: totpCode, trustDevice: z.boolean().default(false) }).strict();
export const passwordResetRequest = z.object({ email }).strict();
export const passwordResetConfirm = z.object({ token: z.string().min(10).max(200), newPassword }).strict();
export const passwordChange = z.object({ currentPassword: password, newPassword }).strict();
export const passwordOnly = z.object({ password }).strict();
export const codeOnly = z.object({ code: totpCode }).strict();
export const ok = z.object({ ok: z.literal(true) });

export const membershipOut = z.object({
  organization: z.object({ id: z.uuid(), name: localizedTextOut, kind: z.enum(ORGANIZATION_KINDS) }),
  role: z.enum(MEMBERSHIP_ROLES),
});

export const account = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    language: z.enum(LANGUAGES),
    twoFactorEnabled: z.boolean(),
    mustEnrollTwoFactor: z.boolean(),
    memberships: z.array(membershipOut),
  })
  .meta({ id: 'Account' });

export const accountPatch = z.object({ language: z.enum(LANGUAGES) }).strict();

export const twoFactorEnrolment = z.object({ totpUri: z.string(), secret: z.string(), backupCodes: z.array(z.string()) });

export const sessionOut = z.object({
  id: z.uuid(),
  current: z.boolean(),
  createdAt: z.date(),
  lastUsedAt: z.date(),
  expiresAt: z.date(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export const sessionList = z.object({ items: z.array(sessionOut) });
export const sessionIdParam = z.object({ sessionId: z.uuid() });

export const demoAccount = z.object({ email: z.string(), role: z.enum(MEMBERSHIP_ROLES), organization: localizedTextOut });
export const demoAccounts = z.object({ enabled: z.boolean(), password: z.string().nullable(), accounts: z.array(demoAccount) });

export type Account = z.infer<typeof account>;
export type DemoAccounts = z.infer<typeof demoAccounts>;
