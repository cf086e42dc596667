// After the offer (issue 8 items 4 and 6): one hire's page (residence paperwork, retention,
// check-ins) and a program's hires. Every write answers with the whole hire, which replaces the
// cached one; the program's list is read again for its counts and warnings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CheckInInput, EmploymentView, ResidencePatch, employmentList, retentionPatch } from '../../../../contracts/hiring.ts';
import type { ResidenceStepKind } from '../../../../domain/residence/residence.ts';
import { api } from '../../../lib/api-client.ts';

export type EmploymentList = z.infer<typeof employmentList>;
export type RetentionPatch = z.infer<typeof retentionPatch>;

const employmentKey = (id: string) => ['employment', id] as const;

export function useEmployment(id: string) {
  return useQuery({ queryKey: employmentKey(id), queryFn: () => api<EmploymentView>('GET', `/api/employments/${id}`), enabled: Boolean(id) });
}

/** The program's hires the viewer may see (operators: all; a company: its own; a student: theirs). */
export function useEmployments(programId: string, enabled = true) {
  return useQuery({ queryKey: ['employments', programId], queryFn: () => api<EmploymentList>('GET', `/api/programs/${programId}/employments`), enabled: enabled && Boolean(programId) });
}

function useEmploymentWrite<I>(employment: Pick<EmploymentView, 'id' | 'programId'>, write: (input: I) => Promise<EmploymentView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => client.setQueryData(employmentKey(view.id), view),
    onSettled: async (_data, error) => {
      if (error) await client.invalidateQueries({ queryKey: employmentKey(employment.id) });
      await client.invalidateQueries({ queryKey: ['employments', employment.programId] });
    },
  });
}

export const useUpdateResidence = (employment: EmploymentView) => useEmploymentWrite(employment, (patch: ResidencePatch) => api<EmploymentView>('PATCH', `/api/employments/${employment.id}/residence`, patch));
export const useSetStep = (employment: EmploymentView) =>
  useEmploymentWrite(employment, ({ kind, doneOn, note }: { kind: ResidenceStepKind; doneOn: string | null; note: string }) => api<EmploymentView>('PUT', `/api/employments/${employment.id}/residence/steps/${kind}`, { doneOn, note }));
export const useSetRetention = (employment: EmploymentView) => useEmploymentWrite(employment, (patch: RetentionPatch) => api<EmploymentView>('PATCH', `/api/employments/${employment.id}/retention`, patch));
export const useAnswerCheckIn = (employment: EmploymentView) =>
  useEmploymentWrite(employment, ({ month, input }: { month: number; input: CheckInInput }) => api<EmploymentView>('PUT', `/api/employments/${employment.id}/check-ins/${month}`, input));
