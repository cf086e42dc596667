// The people an admin or coordinator looks after: members, switching them off and on, and
// invitations (one person or a class list). The lists come scoped from the API.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BulkInvitationInput, Invitation, InvitationInput, InvitationPage } from '../../../../contracts/invitations.ts';
import type { MemberPage, PersonStatus } from '../../../../contracts/members.ts';
import type { OrganizationPage } from '../../../../contracts/organizations.ts';
import { api, queryString } from '../../../lib/api-client.ts';

const MEMBERS = ['members'] as const;
const INVITATIONS = ['invitations'] as const;

export function useMembers(filters: { page: number; q?: string | undefined }) {
  return useQuery({
    queryKey: [...MEMBERS, filters],
    queryFn: () => api<MemberPage>('GET', `/api/members${queryString({ ...filters, pageSize: 25 })}`),
    placeholderData: keepPreviousData,
    // Others change these lists (an invitee accepts, a colleague invites): ask again on each visit.
    staleTime: 0,
  });
}

export function useSetMemberActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, active }: { userId: string; active: boolean }) => api<PersonStatus>('POST', `/api/members/${userId}/${active ? 'reactivate' : 'deactivate'}`),
    onSuccess: () => client.invalidateQueries({ queryKey: MEMBERS }),
  });
}

export function useInvitations(page: number) {
  return useQuery({
    queryKey: [...INVITATIONS, page],
    queryFn: () => api<InvitationPage>('GET', `/api/invitations${queryString({ page, pageSize: 10 })}`),
    placeholderData: keepPreviousData,
    // Others change these lists (an invitee accepts, a colleague invites): ask again on each visit.
    staleTime: 0,
  });
}

function useInvitationWrite<V, R>(write: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: INVITATIONS }) });
}

export const useInvite = () => useInvitationWrite((input: InvitationInput) => api<Invitation>('POST', '/api/invitations', input));
export const useInviteClassList = () => useInvitationWrite((input: BulkInvitationInput) => api<{ items: Invitation[] }>('POST', '/api/invitations/bulk', input));
export const useRevokeInvitation = () => useInvitationWrite((id: string) => api<Invitation>('POST', `/api/invitations/${id}/revoke`));

/** The organizations the reader may see (the API scopes them); the pickers keep those they may invite into. */
export function useOrganizationChoices(enabled: boolean) {
  return useQuery({
    queryKey: ['organizations', 'choices'],
    queryFn: () => api<OrganizationPage>('GET', `/api/organizations${queryString({ pageSize: 200 })}`),
    enabled,
    staleTime: 60_000,
  });
}
