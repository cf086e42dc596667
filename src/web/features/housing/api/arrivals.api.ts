// The arrival checklist (issue 7): each intern's tasks with their owners and due dates, the
// flight and arrival time, and the gender recorded for the units' same-gender rule. A change to
// an intern's arrival refreshes the housing board too (it shows the gender).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArrivalPatch, ArrivalView, TaskInput, TaskPatch, TaskView } from '../../../../contracts/housing.ts';
import { api } from '../../../lib/api-client.ts';
import { boardKey, orNull } from './housing.api.ts';

export type ArrivalList = { items: ArrivalView[]; today: string };
const arrivalsKey = (programId: string) => ['arrivals', programId] as const;

/** The checklists the viewer may see (a student: their own); null when none. */
export function useArrivals(programId: string, enabled = true) {
  return useQuery({ queryKey: arrivalsKey(programId), queryFn: () => orNull(api<ArrivalList>('GET', `/api/programs/${programId}/arrivals`)), enabled });
}

function useArrivalWrite<I, O>(programId: string, write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: arrivalsKey(programId) });
      await client.invalidateQueries({ queryKey: boardKey(programId) });
    },
  });
}

export const useCreateChecklists = (programId: string) => useArrivalWrite(programId, () => api<ArrivalList>('POST', `/api/programs/${programId}/arrivals/checklists`));
export const useUpdateArrival = (programId: string) =>
  useArrivalWrite(programId, ({ applicationId, patch }: { applicationId: string; patch: ArrivalPatch }) => api<null>('PATCH', `/api/programs/${programId}/arrivals/${applicationId}`, patch));
export const useAddTask = (programId: string) =>
  useArrivalWrite(programId, ({ applicationId, input }: { applicationId: string; input: TaskInput }) => api<ArrivalList>('POST', `/api/programs/${programId}/arrivals/${applicationId}/tasks`, input));
export const useUpdateTask = (programId: string) => useArrivalWrite(programId, ({ id, patch }: { id: string; patch: TaskPatch }) => api<TaskView>('PATCH', `/api/arrival-tasks/${id}`, patch));
