// The roster import (issue 4 item 4): the program it goes into, the template links, and the
// upload with its progress: the bytes going up (XMLHttpRequest), then the server's phases
// (NDJSON lines) and its result or error.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import type { ImportPhase, StudentImportLine, StudentImportResult } from '../../../../contracts/student-import.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { ApiError, api, queryString } from '../../../lib/api-client.ts';
import { uploadFile } from '../../../lib/upload.ts';

export function useProgramForImport(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`) });
}

export const templateUrl = (programId: string, format: 'csv' | 'xlsx', lang: Language) => `/api/programs/${programId}/applications/import-template${queryString({ format, lang })}`;

export type ImportProgressState = { phase: 'uploading'; percent: number } | { phase: ImportPhase; done: number; total?: number };

/** Imports a file; `progress` follows it from the first byte sent to the last row written. */
export function useImportRoster(programId: string) {
  const client = useQueryClient();
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ file, collegeId }: { file: File; collegeId: string | null }) => {
      let outcome: StudentImportResult | ApiError | null = null;
      setProgress({ phase: 'uploading', percent: 0 });
      await uploadFile(`/api/programs/${programId}/applications/import${queryString({ collegeId })}`, file, {
        onUploadProgress: (sent, total) => setProgress({ phase: 'uploading', percent: total > 0 ? Math.round((sent / total) * 100) : 100 }),
        onLine: (value) => {
          const line = value as StudentImportLine;
          if (line.type === 'progress') setProgress({ phase: line.phase, done: line.done, ...(line.total !== undefined ? { total: line.total } : {}) });
          else if (line.type === 'result') outcome = line.result;
          else outcome = new ApiError(line.status, line.body);
        },
      });
      const final = outcome as StudentImportResult | ApiError | null;
      if (final instanceof ApiError) throw final;
      if (!final) throw new ApiError(500, { error: { code: 'internal.unexpected', message: '' } });
      return final;
    },
    onSettled: () => setProgress(null),
    onSuccess: () => client.invalidateQueries({ queryKey: ['applications', programId] }),
  });
  return { ...mutation, progress };
}
