// After hiring: a hiring company asks the housing partner for a flat for its new employee; the
// partner accepts (with a unit) or declines; the company may withdraw while it waits.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationListItem } from '../../../../contracts/applications.ts';
import type { HousingRequestAnswer, HousingRequestInput, HousingRequestView } from '../../../../contracts/housing.ts';
import { api } from '../../../lib/api-client.ts';
import { orNull } from './housing.api.ts';

const requestsKey = (programId: string) => ['housing-requests', programId] as const;

/** The requests the viewer may see in the program; null when none may be seen. */
export function useHousingRequests(programId: string, enabled = true) {
  return useQuery({ queryKey: requestsKey(programId), queryFn: () => orNull(api<{ items: HousingRequestView[] }>('GET', `/api/programs/${programId}/housing-requests`)), enabled });
}

/** The program's applications the viewer sees (a company: its own candidates), to pick its hires from. */
export function useApplicationsForHousing(programId: string, enabled: boolean) {
  return useQuery({ queryKey: ['applications', programId], queryFn: () => api<{ items: ApplicationListItem[] }>('GET', `/api/programs/${programId}/applications`), enabled });
}

function useRequestWrite<I>(programId: string, write: (input: I) => Promise<HousingRequestView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => client.invalidateQueries({ queryKey: requestsKey(programId) }) });
}

export const useAskForHousing = (programId: string) => useRequestWrite(programId, (input: HousingRequestInput) => api<HousingRequestView>('POST', `/api/programs/${programId}/housing-requests`, input));
export const useAnswerRequest = (programId: string) =>
  useRequestWrite(programId, ({ id, answer }: { id: string; answer: HousingRequestAnswer }) => api<HousingRequestView>('POST', `/api/housing-requests/${id}/answer`, answer));
export const useWithdrawRequest = (programId: string) =>
  useRequestWrite(programId, ({ id, version }: { id: string; version: number }) => api<HousingRequestView>('POST', `/api/housing-requests/${id}/withdraw`, { version }));
