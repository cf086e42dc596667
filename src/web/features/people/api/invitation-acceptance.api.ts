// The public side of an invitation link: what it is for, and accepting it. Accepting does not
// sign in, so the page signs in afterwards with the same e-mail address and password.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationAccepted, InvitationPreview } from '../../../../contracts/invitations.ts';
import { api } from '../../../lib/api-client.ts';
import { ACCOUNT_KEY } from '../../../lib/session.ts';

export function useInvitationPreview(token: string) {
  return useQuery({
    // The token is sent in a body, never in a URL (decisions/004).
    queryKey: ['invitation-preview', token],
    queryFn: () => api<InvitationPreview>('POST', '/api/invitations/by-token', { token }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
  });
}

type Acceptance = { token: string; name: string; password: string; email: string };
/** Accepted and signed in; accepted, but the second factor (or anything else) is asked for at sign-in. */
export type AcceptOutcome = 'signedIn' | 'signInNeeded';

export function useAcceptInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ email, ...input }: Acceptance): Promise<AcceptOutcome> => {
      await api<InvitationAccepted>('POST', '/api/invitations/accept', input);
      try {
        const { status } = await api<{ status: 'signedIn' | 'twoFactorRequired' }>('POST', '/api/auth/sign-in', { email, password: input.password });
        return status === 'signedIn' ? 'signedIn' : 'signInNeeded';
      } catch {
        // The link is used up now; the sign-in page is the way in.
        return 'signInNeeded';
      }
    },
    onSuccess: async (status) => {
      if (status !== 'signedIn') return;
      // Someone else may have been signed in in this browser: forget every cached answer.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ACCOUNT_KEY[0] });
      await client.invalidateQueries({ queryKey: ACCOUNT_KEY });
    },
  });
}
