// A program's funded projects: the list, one project's figures for a period, entering an
// actual and booking expenses (operators). The report files are plain links: the browser
// downloads them with the session, in the reader's language (the PDF is always Japanese).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActualInput, ExpenseInput, FundedProjectList, FundedProjectView, ReportFormat } from '../../../../contracts/funded-projects.ts';
import type { ReportPeriod } from '../../../../domain/reports/report-period.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { api, ApiError, queryString } from '../../../lib/api-client.ts';

type Written = { id: string; version: number };

export function useFundedProjects(programId: string) {
  return useQuery({ queryKey: ['funded-projects', 'program', programId], queryFn: () => api<FundedProjectList>('GET', `/api/programs/${programId}/funded-projects`), enabled: Boolean(programId) });
}

export function useFundedProject(id: string | null, period: ReportPeriod | null) {
  return useQuery({
    queryKey: ['funded-projects', 'project', id, period?.from, period?.to],
    queryFn: () => api<FundedProjectView>('GET', `/api/funded-projects/${id}${queryString({ from: period?.from, to: period?.to })}`),
    enabled: Boolean(id),
    placeholderData: (previous) => previous,
  });
}

function useProjectWrite<V>(write: (variables: V) => Promise<Written>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => client.invalidateQueries({ queryKey: ['funded-projects'] }) });
}

export const useEnterActual = () => useProjectWrite(({ indicatorId, input }: { indicatorId: string; input: ActualInput }) => api<Written>('POST', `/api/project-indicators/${indicatorId}/actuals`, input));

export const useSaveExpense = (projectId: string) =>
  useProjectWrite(({ id, input }: { id: string | null; input: ExpenseInput & { version?: number } }) =>
    id ? api<Written>('PATCH', `/api/project-expenses/${id}`, input) : api<Written>('POST', `/api/funded-projects/${projectId}/expenses`, input),
  );

export const useDeleteExpense = () => useProjectWrite(({ id, version }: { id: string; version: number }) => api<Written>('DELETE', `/api/project-expenses/${id}${queryString({ version })}`));

export const reportUrl = (projectId: string, period: ReportPeriod, format: ReportFormat, language: Language) =>
  `/api/funded-projects/${projectId}/report${queryString({ from: period.from, to: period.to, format, language })}`;

export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.body.error.code === 'resource.versionConflict';
