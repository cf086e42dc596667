// Hiring after the internship (issue 8 item 3): a program's board of applications to companies
// with their offers, and the writes on it. Every write sends the version it read; whatever the
// answer (a 409 included), the board is read again so the page shows what the server holds.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HiringApplicationInput, HiringApplicationPatch, HiringApplicationView, HiringBoard, OfferInput } from '../../../../contracts/hiring.ts';
import type { myInternships } from '../../../../contracts/internship.ts';
import type { ProgramDetail, ProgramPage } from '../../../../contracts/programs.ts';
import type { z } from 'zod';
import { ApiError, api, queryString } from '../../../lib/api-client.ts';

export const boardKey = (programId: string) => ['hiring-board', programId] as const;

/** Someone else saved the record since it was read (the page reads it again). */
export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.body.error.code === 'resource.versionConflict';

export function useProgramForHiring(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`), enabled: Boolean(programId) });
}

/** The programs the viewer takes part in (scoped by the server), for the navigation's page. */
export function useProgramsForHiring(enabled: boolean) {
  return useQuery({ queryKey: ['programs', 'hiring'], queryFn: () => api<ProgramPage>('GET', `/api/programs${queryString({ pageSize: 50 })}`), enabled });
}

/** A student's internships: the programs in which they may apply for a job (only interns may). */
export function useMyInternshipsForHiring(enabled: boolean) {
  return useQuery({ queryKey: ['my-internships'], queryFn: () => api<z.infer<typeof myInternships>>('GET', '/api/me/internships'), enabled });
}

export function useHiringBoard(programId: string, enabled = true) {
  return useQuery({ queryKey: boardKey(programId), queryFn: () => api<HiringBoard>('GET', `/api/programs/${programId}/hiring`), enabled: enabled && Boolean(programId) });
}

function useBoardWrite<I>(programId: string, write: (input: I) => Promise<HiringApplicationView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: boardKey(programId) });
      await client.invalidateQueries({ queryKey: ['employments', programId] });
    },
  });
}

export const useApplyForJob = (programId: string) => useBoardWrite(programId, (input: HiringApplicationInput) => api<HiringApplicationView>('POST', `/api/programs/${programId}/hiring-applications`, input));
export const useUpdateHiringApplication = (programId: string) =>
  useBoardWrite(programId, ({ id, patch }: { id: string; patch: HiringApplicationPatch }) => api<HiringApplicationView>('PATCH', `/api/hiring-applications/${id}`, patch));
export const useMakeOffer = (programId: string) => useBoardWrite(programId, ({ id, input }: { id: string; input: OfferInput }) => api<HiringApplicationView>('POST', `/api/hiring-applications/${id}/offers`, input));
export const useAnswerOffer = (programId: string) =>
  useBoardWrite(programId, ({ id, version, accept }: { id: string; version: number; accept: boolean }) => api<HiringApplicationView>('POST', `/api/job-offers/${id}/answer`, { version, accept }));
export const useWithdrawOffer = (programId: string) =>
  useBoardWrite(programId, ({ id, version, reason }: { id: string; version: number; reason: string }) => api<HiringApplicationView>('POST', `/api/job-offers/${id}/withdraw`, { version, reason }));
