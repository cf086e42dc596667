// The internship (issue 8 item 1): a program's interns at a glance, one intern's plan with its
// days and incidents, the signed-in intern's own plans, and the writes on them. Every write sends
// the version it read; whatever the answer (a 409 included), the plan is read again so the page
// shows what the server holds, and the program's overview is refreshed for its counts.
import type { z } from 'zod';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  DailyReportInput,
  DayPatch,
  IncidentInput,
  IncidentPatch,
  IncidentView,
  InternshipDayView,
  InternshipOverview,
  InternshipPlanView,
  MentorCommentInput,
  myInternships,
  PlanPatch,
} from '../../../../contracts/internship.ts';
import type { ProgramDetail, ProgramPage } from '../../../../contracts/programs.ts';
import { ApiError, api, queryString } from '../../../lib/api-client.ts';

const planKey = (id: string) => ['internship-plan', id] as const;
const overviewKey = (programId: string) => ['internship-overview', programId] as const;

/** Someone else saved the record since it was read (the page reloads it). */
export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.body.error.code === 'resource.versionConflict';

export function useProgramForInternship(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`), enabled: Boolean(programId) });
}

/** The programs the viewer takes part in (the list is scoped by the server), for the navigation's page. */
export function useProgramsForInternship(enabled: boolean) {
  return useQuery({ queryKey: ['programs', 'internship'], queryFn: () => api<ProgramPage>('GET', `/api/programs${queryString({ pageSize: 50 })}`), enabled });
}

export function useInternshipOverview(programId: string) {
  return useQuery({ queryKey: overviewKey(programId), queryFn: () => api<InternshipOverview>('GET', `/api/programs/${programId}/internship`) });
}

/** Plans for every placed intern who has none yet (the operators). */
export function useCreatePlans(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<InternshipOverview>('POST', `/api/programs/${programId}/internship/plans`),
    onSuccess: (overview) => client.setQueryData(overviewKey(programId), overview),
  });
}

export type MyInternships = z.infer<typeof myInternships>;

export function useMyInternships(enabled: boolean) {
  return useQuery({
    queryKey: ['my-internships'],
    queryFn: () => api<MyInternships>('GET', '/api/me/internships'),
    enabled,
  });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: planKey(id), queryFn: () => api<InternshipPlanView>('GET', `/api/internship-plans/${id}`) });
}

async function refresh(client: QueryClient, plan: Pick<InternshipPlanView, 'id' | 'programId'>) {
  await client.invalidateQueries({ queryKey: planKey(plan.id) });
  await client.invalidateQueries({ queryKey: overviewKey(plan.programId) });
}

/** A write on the plan: its answer is shown at once where it fits, then the plan is read again. */
function usePlanWrite<I, O>(plan: Pick<InternshipPlanView, 'id' | 'programId'>, write: (input: I) => Promise<O>, merge?: (current: InternshipPlanView, answer: O) => InternshipPlanView) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (answer) => {
      if (merge) client.setQueryData<InternshipPlanView>(planKey(plan.id), (current) => (current ? merge(current, answer) : current));
    },
    onSettled: () => refresh(client, plan),
  });
}

const withDay = (plan: InternshipPlanView, day: InternshipDayView) => ({ ...plan, days: plan.days.map((d) => (d.id === day.id ? day : d)) });
const withIncident = (plan: InternshipPlanView, incident: IncidentView) => ({
  ...plan,
  incidents: plan.incidents && (plan.incidents.some((i) => i.id === incident.id) ? plan.incidents.map((i) => (i.id === incident.id ? incident : i)) : [...plan.incidents, incident]),
});

type PlanRef = Pick<InternshipPlanView, 'id' | 'programId'>;

export const useUpdatePlan = (plan: PlanRef) => usePlanWrite(plan, (patch: PlanPatch) => api<InternshipPlanView>('PATCH', `/api/internship-plans/${plan.id}`, patch), (_current, answer) => answer);
export const useUpdateDay = (plan: PlanRef) => usePlanWrite(plan, ({ id, patch }: { id: string; patch: DayPatch }) => api<InternshipDayView>('PATCH', `/api/internship-days/${id}`, patch), withDay);
export const useWriteReport = (plan: PlanRef) => usePlanWrite(plan, ({ id, input }: { id: string; input: DailyReportInput }) => api<InternshipDayView>('PUT', `/api/internship-days/${id}/report`, input), withDay);
export const useComment = (plan: PlanRef) => usePlanWrite(plan, ({ id, input }: { id: string; input: MentorCommentInput }) => api<InternshipDayView>('PUT', `/api/internship-days/${id}/comment`, input), withDay);
export const useAddIncident = (plan: PlanRef) => usePlanWrite(plan, (input: IncidentInput) => api<IncidentView>('POST', `/api/internship-plans/${plan.id}/incidents`, input), withIncident);
export const useUpdateIncident = (plan: PlanRef) => usePlanWrite(plan, ({ id, patch }: { id: string; patch: IncidentPatch }) => api<IncidentView>('PATCH', `/api/internship-incidents/${id}`, patch), withIncident);
