// Company readiness (issue 8 item 7): every company's checklist and training for the operators,
// a company's own for its members. A save sends the whole record with the version it read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReadinessInput, ReadinessList } from '../../../../contracts/hiring.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { api } from '../../../lib/api-client.ts';

const key = (programId: string) => ['readiness', programId] as const;

export const useReadiness = (programId: string) => useQuery({ queryKey: key(programId), queryFn: () => api<ReadinessList>('GET', `/api/programs/${programId}/readiness`) });

export const useProgramForReadiness = (programId: string) => useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`), enabled: Boolean(programId) });

export function useRecordReadiness(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, input }: { companyId: string; input: ReadinessInput }) => api<ReadinessList>('PUT', `/api/programs/${programId}/readiness/${companyId}`, input),
    onSuccess: (list) => client.setQueryData(key(programId), list),
    onSettled: () => client.invalidateQueries({ queryKey: key(programId) }),
  });
}
