// Intern selection (issue 6): a program's matching rounds, one round, the rank-order lists the
// viewer may see, the result, and the writes: set-up, lists, preview, run, changes by hand,
// publication, freeze. Every write refreshes the round, its lists and its result.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchingOutcome, OverrideInput, RankListInput, RankListsView, RoundInput, RoundList, RoundPatch, RoundView } from '../../../../contracts/matchings.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { api } from '../../../lib/api-client.ts';

const roundKey = (id: string) => ['matching-round', id] as const;
const listsKey = (id: string) => ['matching-lists', id] as const;
const resultKey = (id: string) => ['matching-result', id] as const;

export function useProgramForMatching(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`), enabled: Boolean(programId) });
}

export function useRounds(programId: string) {
  return useQuery({ queryKey: ['matching-rounds', programId], queryFn: () => api<RoundList>('GET', `/api/programs/${programId}/matchings`) });
}

export function useRound(id: string) {
  return useQuery({ queryKey: roundKey(id), queryFn: () => api<RoundView>('GET', `/api/matchings/${id}`) });
}

export function useRankLists(id: string) {
  return useQuery({ queryKey: listsKey(id), queryFn: () => api<RankListsView>('GET', `/api/matchings/${id}/lists`) });
}

/** The saved result: only once run (operators) or published (everyone else). */
export function useResult(id: string, enabled: boolean) {
  return useQuery({ queryKey: resultKey(id), queryFn: () => api<MatchingOutcome>('GET', `/api/matchings/${id}/result`), enabled, retry: false });
}

function useRoundWrite<I, O>(id: string, write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: roundKey(id) });
      await client.invalidateQueries({ queryKey: listsKey(id) });
      await client.invalidateQueries({ queryKey: resultKey(id) });
    },
  });
}

export function useCreateRound(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RoundInput) => api<RoundView>('POST', `/api/programs/${programId}/matchings`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['matching-rounds', programId] }),
  });
}

export const useUpdateRound = (id: string) => useRoundWrite(id, (input: RoundPatch) => api<RoundView>('PATCH', `/api/matchings/${id}`, input));
export const useSaveList = (id: string) => useRoundWrite(id, (input: RankListInput) => api<RankListsView>('PUT', `/api/matchings/${id}/lists`, input));
export const usePreview = (id: string) => useMutation({ mutationFn: () => api<MatchingOutcome>('POST', `/api/matchings/${id}/preview`) });
export const useRun = (id: string) => useRoundWrite(id, (version: number) => api<MatchingOutcome>('POST', `/api/matchings/${id}/run`, { version }));
export const useOverride = (id: string) => useRoundWrite(id, (input: OverrideInput) => api<MatchingOutcome>('POST', `/api/matchings/${id}/overrides`, input));
export const usePublishResult = (id: string) => useRoundWrite(id, (version: number) => api<MatchingOutcome>('POST', `/api/matchings/${id}/publish`, { version }));
export const useFreeze = (id: string) => useRoundWrite(id, (version: number) => api<MatchingOutcome>('POST', `/api/matchings/${id}/freeze`, { version }));
