import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organization, OrganizationInput, OrganizationPage, OrganizationPatch } from '../../../../contracts/organizations.ts';
import type { OrganizationKind } from '../../../../domain/organizations/organization.ts';
import { api, queryString } from '../../../lib/api-client.ts';

export type OrganizationFilters = { page: number; kind?: OrganizationKind | undefined; q?: string | undefined; archived?: boolean };

export function useOrganizations(filters: OrganizationFilters) {
  return useQuery({
    queryKey: ['organizations', filters],
    queryFn: () => api<OrganizationPage>('GET', `/api/organizations${queryString({ ...filters, pageSize: 50 })}`),
    placeholderData: keepPreviousData,
  });
}

function useOrganizationWrite<V>(write: (vars: V) => Promise<Organization>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => void client.invalidateQueries({ queryKey: ['organizations'] }) });
}

export const useCreateOrganization = () => useOrganizationWrite((input: OrganizationInput) => api<Organization>('POST', '/api/organizations', input));
export const useUpdateOrganization = () =>
  useOrganizationWrite(({ id, patch }: { id: string; patch: OrganizationPatch }) => api<Organization>('PATCH', `/api/organizations/${id}`, patch));
export const useArchiveOrganization = () =>
  useOrganizationWrite(({ id, version, archived }: { id: string; version: number; archived: boolean }) =>
    api<Organization>('POST', `/api/organizations/${id}/${archived ? 'archive' : 'restore'}`, { version }),
  );
