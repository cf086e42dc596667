// Consent and student applications (issue 4): the student's consent and own application, the
// lists the policy scopes to each reviewer, and status moves with the version the mover saw.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  FILE_NAME_HEADER,
  type ApplicationDetail,
  type ApplicationFileView,
  type ApplicationInput,
  type ApplicationListItem,
  type ApplicationView,
  type BulkTransitionInput,
  type ConsentInput,
  type ConsentView,
  type TransitionInput,
} from '../../../../contracts/applications.ts';
import type { ApplicationFileKind } from '../../../../domain/applications/application.ts';
import type { ProgramLectures } from '../../../../contracts/lectures.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { ApiError, api, apiUpload } from '../../../lib/api-client.ts';

const consentKey = (programId: string) => ['consent', programId] as const;
const listKey = (programId: string) => ['applications', programId] as const;
const detailKey = (id: string) => ['application', id] as const;

/** The program as GET /api/programs/:id gives it (the same cache entry as the programs pages). */
export function useProgramForApplications(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`) });
}

/** The student's latest consent in the program, or null when none was ever given. */
export function useOwnConsent(programId: string) {
  return useQuery({
    queryKey: consentKey(programId),
    queryFn: async () => {
      try {
        return await api<ConsentView>('GET', `/api/programs/${programId}/consent`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useGiveConsent(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsentInput) => api<ConsentView>('POST', `/api/programs/${programId}/consent`, input),
    onSuccess: (consent) => client.setQueryData(consentKey(programId), consent),
  });
}

export function useWithdrawConsent(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<ConsentView>('POST', `/api/programs/${programId}/consent/withdraw`),
    onSuccess: (consent) => client.setQueryData(consentKey(programId), consent),
  });
}

/** Whether the program has a lecture session: then screened students go on to lecture attendee (the server's rule too). */
export function useProgramHasLectures(programId: string) {
  return useQuery({
    queryKey: ['lectures', programId],
    queryFn: () => api<ProgramLectures>('GET', `/api/programs/${programId}/courses`),
    select: (data) => data.courses.some((c) => c.sessions.length > 0),
  });
}

/** The program's applications the signed-in person may see (a student: their own). */
export function useApplications(programId: string) {
  return useQuery({ queryKey: listKey(programId), queryFn: () => api<{ items: ApplicationListItem[] }>('GET', `/api/programs/${programId}/applications`) });
}

export function useApplication(id: string | undefined) {
  return useQuery({ queryKey: detailKey(id ?? ''), queryFn: () => api<ApplicationDetail>('GET', `/api/applications/${id}`), enabled: Boolean(id) });
}

export function useApply(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationInput) => api<ApplicationDetail>('POST', `/api/programs/${programId}/applications`, input),
    onSuccess: (detail) => {
      client.setQueryData(detailKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: listKey(programId) });
    },
  });
}

export type Move = { id: string } & TransitionInput;

/**
 * The operators' move of a selection, all or nothing (POST /api/programs/:id/applications/transitions):
 * on a refusal nothing moves and the error lists each refused student as `items.<index>`.
 */
export function useBulkMove(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkTransitionInput) => api<{ items: ApplicationView[] }>('POST', `/api/programs/${programId}/applications/transitions`, input),
    onSettled: () => client.invalidateQueries({ queryKey: listKey(programId) }),
  });
}

const filesKey = (applicationId: string) => ['application-files', applicationId] as const;

export function useApplicationFiles(applicationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: filesKey(applicationId ?? ''),
    queryFn: () => api<{ items: ApplicationFileView[] }>('GET', `/api/applications/${applicationId}/files`),
    enabled: Boolean(applicationId) && enabled,
  });
}

/** Where a file downloads from (an attachment; the session cookie goes with the link). */
export const fileDownloadUrl = (file: Pick<ApplicationFileView, 'applicationId' | 'id'>) => `/api/applications/${file.applicationId}/files/${file.id}`;

export function useUploadFile(applicationId: string, programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ApplicationFileKind; file: File }) => apiUpload<ApplicationFileView>(`/api/applications/${applicationId}/files/${kind}`, file, FILE_NAME_HEADER),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: filesKey(applicationId) });
      void client.invalidateQueries({ queryKey: listKey(programId) });
    },
  });
}

export function useDeleteFile(applicationId: string, programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => api<null>('DELETE', `/api/applications/${applicationId}/files/${fileId}`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: filesKey(applicationId) });
      void client.invalidateQueries({ queryKey: listKey(programId) });
    },
  });
}

/** The signed-in person's own data, as a download. */
export const dataExportUrl = (format: 'json' | 'csv') => `/api/me/data-export?format=${format}`;

/**
 * Moves applications one at a time, in order (a host company's moves; operators use the bulk move): each request
 * carries the version its row showed; the result lists what was moved and what was refused.
 */
export function useMoveApplications(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (moves: Move[]) => {
      const moved: ApplicationDetail[] = [];
      const refused: { id: string; error: unknown }[] = [];
      for (const { id, ...input } of moves) {
        try {
          moved.push(await api<ApplicationDetail>('POST', `/api/applications/${id}/transitions`, input));
        } catch (error) {
          refused.push({ id, error });
        }
      }
      return { moved, refused };
    },
    onSettled: () => client.invalidateQueries({ queryKey: listKey(programId) }),
  });
}
