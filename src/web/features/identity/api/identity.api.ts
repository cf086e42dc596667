// A person's identity documents: the masked view, a deliberate reveal of one field (audited by
// the server), and the update with the version the editor saw.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IdentityPatch, IdentitySecret, IdentityView } from '../../../../contracts/identity.ts';
import { api } from '../../../lib/api-client.ts';

const key = (userId: string) => ['identity', userId] as const;

export function useIdentity(userId: string) {
  return useQuery({ queryKey: key(userId), queryFn: () => api<IdentityView>('GET', `/api/members/${userId}/identity`), staleTime: 0 });
}

export function useRevealIdentity(userId: string) {
  return useMutation({ mutationFn: (field: IdentitySecret) => api<{ field: IdentitySecret; value: string | null }>('POST', `/api/members/${userId}/identity/reveal`, { field }) });
}

export function useUpdateIdentity(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: IdentityPatch) => api<IdentityView>('PUT', `/api/members/${userId}/identity`, patch),
    onSuccess: (view) => client.setQueryData(key(userId), view),
  });
}
