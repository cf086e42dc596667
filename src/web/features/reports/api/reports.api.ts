// A program's dashboards (issue 9): the funnel, the years, the regions, the operator's
// population series and its choice to publish. The downloads are plain links (the browser
// fetches them with the session), in the language of the page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PopulationSeries, PopulationSeriesInput, ProgramFunnel, ProgramYears, RegionComparison, ReportExportQuery } from '../../../../contracts/reports.ts';
import type { Language } from '../../../../domain/shared/localized-text.ts';
import { api, queryString } from '../../../lib/api-client.ts';

export function useProgramFunnel(programId: string) {
  return useQuery({ queryKey: ['reports', 'funnel', programId], queryFn: () => api<ProgramFunnel>('GET', `/api/programs/${programId}/reports/funnel`) });
}

export function useProgramYears(programId: string) {
  return useQuery({ queryKey: ['reports', 'years', programId], queryFn: () => api<ProgramYears>('GET', `/api/programs/${programId}/reports/years`) });
}

export function useRegions(programId: string) {
  return useQuery({ queryKey: ['reports', 'regions', programId], queryFn: () => api<RegionComparison>('GET', `/api/programs/${programId}/reports/regions`) });
}

export function usePopulation(operatorId: string, enabled: boolean) {
  return useQuery({ queryKey: ['reports', 'population', operatorId], queryFn: () => api<PopulationSeries>('GET', `/api/organizations/${operatorId}/population`), enabled });
}

export function useReplacePopulation(operatorId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PopulationSeriesInput) => api<PopulationSeries>('PUT', `/api/organizations/${operatorId}/population`, input),
    onSettled: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export function useReportSharing(operatorId: string, enabled: boolean) {
  return useQuery({ queryKey: ['reports', 'sharing', operatorId], queryFn: () => api<{ publishesAggregates: boolean; version: number }>('GET', `/api/organizations/${operatorId}/report-sharing`), enabled });
}

export function useSetReportSharing(operatorId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { publishesAggregates: boolean; version: number }) => api<{ publishesAggregates: boolean; version: number }>('PATCH', `/api/organizations/${operatorId}/report-sharing`, input),
    onSettled: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export const reportExportUrl = (programId: string, format: ReportExportQuery['format'], language: Language, table?: ReportExportQuery['table']) =>
  `/api/programs/${programId}/reports/export${queryString({ format, table, language })}`;
