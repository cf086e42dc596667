// The interview fair (issue 5): a program's fairs, one fair with its slots and companies, its
// interviews, and the writes: set-up, requests and decisions, scheduler runs, moves, pins,
// publication, availability and evaluations. Every write refreshes the fair and its interviews.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationView } from '../../../../contracts/applications.ts';
import type {
  DecisionsInput,
  EvaluationInput,
  FairCompaniesInput,
  FairInput,
  FairInterpretersInput,
  FairList,
  FairPatch,
  FairView,
  InterviewList,
  InterviewRequestInput,
  InterviewView,
  MoveInput,
  UnavailabilityInput,
} from '../../../../contracts/fairs.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { api } from '../../../lib/api-client.ts';

const fairKey = (fairId: string) => ['fair', fairId] as const;
const interviewsKey = (fairId: string) => ['fair-interviews', fairId] as const;

export function useProgramForFairs(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`), enabled: Boolean(programId) });
}

export function useProgramFairs(programId: string) {
  return useQuery({ queryKey: ['fairs', programId], queryFn: () => api<FairList>('GET', `/api/programs/${programId}/fairs`) });
}

export function useFair(fairId: string) {
  return useQuery({ queryKey: fairKey(fairId), queryFn: () => api<FairView>('GET', `/api/fairs/${fairId}`) });
}

export function useInterviews(fairId: string) {
  return useQuery({ queryKey: interviewsKey(fairId), queryFn: () => api<InterviewList>('GET', `/api/fairs/${fairId}/interviews`) });
}

/** The program's applications the viewer sees (a company: those whose consent names it), to ask for interviews. */
export function useApplicants(programId: string, enabled: boolean) {
  return useQuery({ queryKey: ['applications', programId], queryFn: () => api<{ items: ApplicationView[] }>('GET', `/api/programs/${programId}/applications`), enabled });
}

function useFairWrite<I, O>(fairId: string, write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: fairKey(fairId) });
      await client.invalidateQueries({ queryKey: interviewsKey(fairId) });
    },
  });
}

export function useCreateFair(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FairInput) => api<FairView>('POST', `/api/programs/${programId}/fairs`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['fairs', programId] }),
  });
}

export const useUpdateFair = (fairId: string) => useFairWrite(fairId, (input: FairPatch) => api<FairView>('PATCH', `/api/fairs/${fairId}`, input));
export const useSetCompanies = (fairId: string) => useFairWrite(fairId, (input: FairCompaniesInput) => api<FairView>('PUT', `/api/fairs/${fairId}/companies`, input));
export const useSetInterpreters = (fairId: string) => useFairWrite(fairId, (input: FairInterpretersInput) => api<FairView>('PUT', `/api/fairs/${fairId}/interpreters`, input));
export const useSetUnavailability = (fairId: string) => useFairWrite(fairId, (input: UnavailabilityInput) => api<FairView>('PUT', `/api/fairs/${fairId}/unavailability`, input));
export const useRequestInterview = (fairId: string) => useFairWrite(fairId, (input: InterviewRequestInput) => api<InterviewView>('POST', `/api/fairs/${fairId}/interviews`, input));
export const useDecide = (fairId: string) => useFairWrite(fairId, (input: DecisionsInput) => api<InterviewList>('POST', `/api/fairs/${fairId}/interviews/decisions`, input));
export const useRunScheduler = (fairId: string) => useFairWrite(fairId, (version: number) => api<FairView>('POST', `/api/fairs/${fairId}/schedule`, { version }));
export const usePublish = (fairId: string) => useFairWrite(fairId, (version: number) => api<FairView>('POST', `/api/fairs/${fairId}/publish`, { version }));
export const useMove = (fairId: string) => useFairWrite(fairId, ({ id, input }: { id: string; input: MoveInput }) => api<InterviewView>('POST', `/api/fair-interviews/${id}/move`, input));
export const usePin = (fairId: string) => useFairWrite(fairId, ({ id, version, pinned }: { id: string; version: number; pinned: boolean }) => api<InterviewView>('PATCH', `/api/fair-interviews/${id}`, { version, pinned }));
export const useWithdraw = (fairId: string) => useFairWrite(fairId, ({ id, version }: { id: string; version: number }) => api<null>('DELETE', `/api/fair-interviews/${id}?version=${version}`));
export const useEvaluate = (fairId: string) => useFairWrite(fairId, ({ id, input }: { id: string; input: EvaluationInput }) => api<InterviewView>('PUT', `/api/fair-interviews/${id}/evaluation`, input));

/** Where a person's interviews download as an .ics file. */
export function calendarUrl(fairId: string, person: { company: string } | { application: string } | { interpreter: string }, language: string): string {
  const [key, value] = Object.entries(person)[0]!;
  return `/api/fairs/${fairId}/calendar.ics?${key}=${encodeURIComponent(value)}&lang=${language}`;
}
