import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganizationPage } from '../../../../contracts/organizations.ts';
import type { PhaseInput, ProgramDetail, ProgramInput, ProgramPage, ProgramPatch } from '../../../../contracts/programs.ts';
import type { ParticipationRole } from '../../../../domain/organizations/organization.ts';
import { api, queryString } from '../../../lib/api-client.ts';

export type ProgramFilters = { page: number; operatorId?: string | undefined; fiscalYear?: number | undefined; q?: string | undefined; archived?: boolean };

export function usePrograms(filters: ProgramFilters) {
  return useQuery({
    queryKey: ['programs', filters],
    queryFn: () => api<ProgramPage>('GET', `/api/programs${queryString({ ...filters, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: string) {
  return useQuery({ queryKey: ['program', id], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${id}`) });
}

/** Organizations for pickers (operators, participants). */
export function useOrganizationOptions() {
  return useQuery({
    queryKey: ['organizations', 'options'],
    queryFn: () => api<OrganizationPage>('GET', '/api/organizations?pageSize=200'),
    staleTime: 60_000,
  });
}

/** Every write answers with the program as it now is; the cache takes it as is. */
function useProgramWrite<V>(write: (vars: V) => Promise<ProgramDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (program) => {
      client.setQueryData(['program', program.id], program);
      void client.invalidateQueries({ queryKey: ['programs'] });
    },
  });
}

export const useCreateProgram = () => useProgramWrite((input: ProgramInput) => api<ProgramDetail>('POST', '/api/programs', input));
export const useUpdateProgram = (id: string) => useProgramWrite((patch: ProgramPatch) => api<ProgramDetail>('PATCH', `/api/programs/${id}`, patch));
export const useArchiveProgram = (id: string) =>
  useProgramWrite(({ version, archived }: { version: number; archived: boolean }) =>
    api<ProgramDetail>('POST', `/api/programs/${id}/${archived ? 'archive' : 'restore'}`, { version }),
  );

export const useSavePhase = (programId: string) =>
  useProgramWrite(({ phaseId, version, input }: { phaseId?: string | undefined; version?: number | undefined; input: PhaseInput }) =>
    phaseId
      ? api<ProgramDetail>('PATCH', `/api/programs/${programId}/phases/${phaseId}`, { ...input, version })
      : api<ProgramDetail>('POST', `/api/programs/${programId}/phases`, input),
  );
export const useDeletePhase = (programId: string) =>
  useProgramWrite(({ phaseId, version }: { phaseId: string; version: number }) =>
    api<ProgramDetail>('DELETE', `/api/programs/${programId}/phases/${phaseId}${queryString({ version })}`),
  );

export const useAddParticipation = (programId: string) =>
  useProgramWrite((input: { organizationId: string; role: ParticipationRole }) => api<ProgramDetail>('POST', `/api/programs/${programId}/participations`, input));
export const useRemoveParticipation = (programId: string) =>
  useProgramWrite((participationId: string) => api<ProgramDetail>('DELETE', `/api/programs/${programId}/participations/${participationId}`));

export const useAddCohort = (programId: string) =>
  useProgramWrite((input: { ordinal: number; name: { ja?: string; mn?: string; en?: string } }) => api<ProgramDetail>('POST', `/api/programs/${programId}/cohorts`, input));
export const useDeleteCohort = (programId: string) =>
  useProgramWrite(({ cohortId, version }: { cohortId: string; version: number }) =>
    api<ProgramDetail>('DELETE', `/api/programs/${programId}/cohorts/${cohortId}${queryString({ version })}`),
  );
