// Signing in and out, resets, the second factor and one's own account. Who is signed in
// comes from lib/session.ts, shared with every feature.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Account, DemoAccounts } from '../../../../contracts/auth.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { api } from '../../../lib/api-client.ts';
import { ACCOUNT_KEY } from '../../../lib/session.ts';

type SignInStatus = { status: 'signedIn' | 'twoFactorRequired' };
type Ok = { ok: true };
export type Enrolment = { totpUri: string; secret: string; backupCodes: string[] };
export type SessionItem = { id: string; current: boolean; createdAt: string; lastUsedAt: string; expiresAt: string; ipAddress: string | null; userAgent: string | null };

/** After anything that changes who is signed in: forget every cached answer, then ask again. */
function useSessionChanged() {
  const client = useQueryClient();
  return async () => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== ACCOUNT_KEY[0] });
    await client.invalidateQueries({ queryKey: ACCOUNT_KEY });
  };
}

export function useSignIn() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api<SignInStatus>('POST', '/api/auth/sign-in', input),
    onSuccess: async (result) => {
      if (result.status === 'signedIn') await changed();
    },
  });
}

export function useSecondFactor() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (input: { code: string; trustDevice: boolean }) => api<SignInStatus>('POST', '/api/auth/two-factor', input),
    onSuccess: changed,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Ok>('POST', '/api/auth/sign-out'),
    onSettled: () => {
      client.clear();
      client.setQueryData(ACCOUNT_KEY, null);
    },
  });
}

export function useDemoAccounts() {
  return useQuery({ queryKey: ['demo-accounts'], queryFn: () => api<DemoAccounts>('GET', '/api/auth/demo-accounts'), staleTime: Infinity });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => api<Ok>('POST', '/api/auth/password-reset', { email }) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (input: { token: string; newPassword: string }) => api<Ok>('POST', '/api/auth/password-reset/confirm', input) });
}

export function useSetLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => api<Account>('PATCH', '/api/account', { language }),
    onSuccess: (account) => client.setQueryData(ACCOUNT_KEY, account),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (input: { currentPassword: string; newPassword: string }) => api<Ok>('POST', '/api/account/password', input) });
}

export function useEnableTwoFactor() {
  return useMutation({ mutationFn: (password: string) => api<Enrolment>('POST', '/api/account/two-factor/enable', { password }) });
}

export function useConfirmTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<Ok>('POST', '/api/account/two-factor/confirm', { code }),
    onSuccess: () => client.invalidateQueries({ queryKey: ACCOUNT_KEY }),
  });
}

export function useSessions() {
  return useQuery({ queryKey: ['account', 'sessions'], queryFn: () => api<{ items: SessionItem[] }>('GET', '/api/account/sessions') });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Ok>('DELETE', `/api/account/sessions/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['account', 'sessions'] }),
  });
}
