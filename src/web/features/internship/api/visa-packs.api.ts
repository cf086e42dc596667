// Interns' short-stay visa packs (issue 8 item 5): the program's list for the operators, one
// intern's packs for the intern and the company, issuing a pack and setting when the intern
// plans to apply. The PDFs are plain links (the browser downloads them with the session).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisaPackIssueInput, VisaPackOverview, VisaPackView } from '../../../../contracts/visa-packs.ts';
import type { VisaPackDocument } from '../../../../domain/residence/visa-pack.ts';
import { api, queryString } from '../../../lib/api-client.ts';

const overviewKey = (programId: string) => ['visa-packs', 'program', programId] as const;
const planKey = (planId: string) => ['visa-packs', 'plan', planId] as const;

export function useVisaPackOverview(programId: string) {
  return useQuery({ queryKey: overviewKey(programId), queryFn: () => api<VisaPackOverview>('GET', `/api/programs/${programId}/visa-packs`) });
}

export function usePlanVisaPacks(planId: string, enabled: boolean) {
  return useQuery({ queryKey: planKey(planId), queryFn: () => api<{ items: VisaPackView[] }>('GET', `/api/internship-plans/${planId}/visa-packs`), enabled });
}

export function useIssueVisaPack() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, input }: { planId: string; input: VisaPackIssueInput }) => api<VisaPackView>('POST', `/api/internship-plans/${planId}/visa-packs`, input),
    onSettled: () => client.invalidateQueries({ queryKey: ['visa-packs'] }),
  });
}

export function useSetPlannedApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pack, plannedApplicationOn }: { pack: VisaPackView; plannedApplicationOn: string | null }) =>
      api<VisaPackView>('PATCH', `/api/visa-packs/${pack.id}`, { version: pack.version, plannedApplicationOn }),
    onSettled: () => client.invalidateQueries({ queryKey: ['visa-packs'] }),
  });
}

export const visaPackPdfUrl = (packId: string, document?: VisaPackDocument) => `/api/visa-packs/${packId}/pdf${queryString({ document })}`;
