// The call for host companies (issue 4 item 1): the calls each person may see (an operator's
// programs' calls, every open call for a host-company member), the companies' applications,
// scores and decisions. Every edit carries the version the editor saw.
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HostApplicationInput,
  HostApplicationPatch,
  HostApplicationView,
  HostCallInput,
  HostCallPatch,
  HostCallView,
  HostDecisionInput,
  HostScoresInput,
} from '../../../../contracts/host-calls.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiError, api } from '../../../lib/api-client.ts';

const callsKey = ['host-calls'] as const;
const applicationsKey = (callId: string) => ['host-applications', callId] as const;
const applicationKey = (id: string) => ['host-application', id] as const;
const programKey = (programId: string) => ['program', programId] as const;

/** Every call the signed-in person may see. */
export function useHostCalls() {
  return useQuery({ queryKey: callsKey, queryFn: () => api<{ items: HostCallView[] }>('GET', '/api/host-calls') });
}

/** The program's one call, or null while there is none (from the same list). */
export function useProgramHostCall(programId: string) {
  const calls = useHostCalls();
  return { ...calls, data: calls.data ? (calls.data.items.find((c) => c.programId === programId) ?? null) : undefined };
}

export function useHostCall(id: string) {
  return useQuery({ queryKey: ['host-call', id], queryFn: () => api<HostCallView>('GET', `/api/host-calls/${id}`), enabled: Boolean(id) });
}

/** The program as GET /api/programs/:id gives it (the same cache entry as the programs pages). */
export function useProgramForHostCall(programId: string) {
  return useQuery({ queryKey: programKey(programId), queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`) });
}

/**
 * The programs a company may read (those it takes part in): a company that is not yet a host
 * company gets 404 for the others, and the page then names the call without its program.
 */
export function useVisiblePrograms(programIds: string[]) {
  return useQueries({
    queries: programIds.map((id) => ({
      queryKey: programKey(id),
      queryFn: async () => {
        try {
          return await api<ProgramDetail>('GET', `/api/programs/${id}`);
        } catch (error) {
          if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
          throw error;
        }
      },
      retry: false,
    })),
  });
}

export function useCreateHostCall(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: HostCallInput) => api<HostCallView>('POST', `/api/programs/${programId}/host-call`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: callsKey }),
  });
}

export function useUpdateHostCall(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: HostCallPatch) => api<HostCallView>('PATCH', `/api/host-calls/${callId}`, patch),
    onSuccess: (call) => {
      client.setQueryData(['host-call', callId], call);
      return client.invalidateQueries({ queryKey: callsKey });
    },
  });
}

/** A call's applications: all of them for its operators, the company's own for its members. */
export function useHostApplications(callId: string | undefined) {
  return useQuery({
    queryKey: applicationsKey(callId ?? ''),
    queryFn: () => api<{ items: HostApplicationView[] }>('GET', `/api/host-calls/${callId}/applications`),
    enabled: Boolean(callId),
  });
}

export function useHostApplication(id: string) {
  return useQuery({ queryKey: applicationKey(id), queryFn: () => api<HostApplicationView>('GET', `/api/host-applications/${id}`) });
}

function useApplicationWrite<T>(mutationFn: (input: T) => Promise<HostApplicationView>, alsoRefresh?: (application: HostApplicationView) => readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    // The deadline passed or the call was closed while the form was open: read the call again,
    // so the page turns read-only beside the server's message.
    onError: (error) => {
      if (error instanceof ApiError && error.body.error.code === 'hostCall.closed') {
        void client.invalidateQueries({ queryKey: ['host-call'] });
        void client.invalidateQueries({ queryKey: callsKey });
      }
    },
    onSuccess: async (application) => {
      client.setQueryData(applicationKey(application.id), application);
      await client.invalidateQueries({ queryKey: applicationsKey(application.callId) });
      const extra = alsoRefresh?.(application);
      if (extra) await client.invalidateQueries({ queryKey: extra });
    },
  });
}

export function useApplyToHostCall(callId: string) {
  return useApplicationWrite((input: HostApplicationInput) => api<HostApplicationView>('POST', `/api/host-calls/${callId}/applications`, input));
}

export function useUpdateHostApplication(id: string) {
  return useApplicationWrite((patch: HostApplicationPatch) => api<HostApplicationView>('PATCH', `/api/host-applications/${id}`, patch));
}

export function useScoreHostApplication(id: string) {
  return useApplicationWrite((input: HostScoresInput) => api<HostApplicationView>('PUT', `/api/host-applications/${id}/scores`, input));
}

/** Accepting makes the company a host company of the program: the program is read again. */
export function useDecideHostApplication(id: string) {
  return useApplicationWrite(
    (input: HostDecisionInput) => api<HostApplicationView>('POST', `/api/host-applications/${id}/decision`, input),
    (application) => programKey(application.programId),
  );
}
