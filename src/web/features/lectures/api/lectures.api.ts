// Donated lectures (issue 4 item 5): the program's courses and sessions, the attendance rule,
// totals per student, a session's tick list (versioned ticks), QR tokens and check-in, and one
// student's own attendance.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationView } from '../../../../contracts/applications.ts';
import type {
  ApplicationAttendance,
  AttendanceRuleInput,
  CheckInResult,
  CourseInput,
  CoursePatch,
  CourseView,
  MarkInput,
  MaterialInput,
  ModuleInput,
  ProgramAttendance,
  ProgramLectures,
  SessionInput,
  SessionPatch,
  TickList,
  TickRow,
} from '../../../../contracts/lectures.ts';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { api } from '../../../lib/api-client.ts';

const lecturesKey = (programId: string) => ['lectures', programId] as const;
const totalsKey = (programId: string) => ['attendance-totals', programId] as const;
const tickKey = (sessionId: string) => ['tick-list', sessionId] as const;

export function useProgramForLectures(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`), enabled: Boolean(programId) });
}

export function useProgramLectures(programId: string) {
  return useQuery({ queryKey: lecturesKey(programId), queryFn: () => api<ProgramLectures>('GET', `/api/programs/${programId}/courses`) });
}

export function useAttendanceTotals(programId: string, enabled = true) {
  return useQuery({ queryKey: totalsKey(programId), queryFn: () => api<ProgramAttendance>('GET', `/api/programs/${programId}/attendance`), enabled });
}

export function useSaveCourse(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, input }: { courseId?: string | undefined; input: CourseInput | CoursePatch }) =>
      courseId ? api<CourseView>('PATCH', `/api/courses/${courseId}`, input) : api<CourseView>('POST', `/api/programs/${programId}/courses`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: lecturesKey(programId) }),
  });
}

export function useSaveSession(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, sessionId, input }: { courseId: string; sessionId?: string | undefined; input: SessionInput | SessionPatch }) =>
      sessionId ? api<CourseView>('PATCH', `/api/lecture-sessions/${sessionId}`, input) : api<CourseView>('POST', `/api/courses/${courseId}/sessions`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: lecturesKey(programId) }),
  });
}

export function useDeleteSession(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, version }: { sessionId: string; version: number }) => api<CourseView>('DELETE', `/api/lecture-sessions/${sessionId}?version=${version}`),
    onSuccess: () => client.invalidateQueries({ queryKey: lecturesKey(programId) }),
  });
}

export function useAddModule(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, input }: { courseId: string; input: ModuleInput }) => api<CourseView>('POST', `/api/courses/${courseId}/modules`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: lecturesKey(programId) }),
  });
}

export function useAddMaterial(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, input }: { moduleId: string; input: MaterialInput }) => api<CourseView>('POST', `/api/course-modules/${moduleId}/materials`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: lecturesKey(programId) }),
  });
}

export function useSaveRule(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AttendanceRuleInput) => api('PUT', `/api/programs/${programId}/attendance-rule`, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: lecturesKey(programId) });
      void client.invalidateQueries({ queryKey: totalsKey(programId) });
    },
  });
}

/** `refreshMs`: poll (the QR screen's count of check-ins); the tick list itself refetches on focus. */
export function useTickList(sessionId: string, refreshMs?: number) {
  return useQuery({ queryKey: tickKey(sessionId), queryFn: () => api<TickList>('GET', `/api/lecture-sessions/${sessionId}/attendance`), ...(refreshMs ? { refetchInterval: refreshMs } : {}) });
}

/** Counts of a tick list recomputed from its rows (after a tick, before the refetch). */
function recount(items: TickRow[]): TickList['counts'] {
  const count = (s: TickRow['status']) => items.filter((i) => i.status === s).length;
  return { present: count('present'), late: count('late'), absent: count('absent'), unmarked: count(null) };
}

/**
 * One tick: sent with the version the row showed. The answer replaces the row at once; on a
 * conflict (someone else ticked the student meanwhile) the list is fetched again and the
 * caller shows the error, so nobody's tick is lost silently.
 */
export function useMark(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, input }: { applicationId: string; input: MarkInput }) => api<TickRow>('PUT', `/api/lecture-sessions/${sessionId}/attendance/${applicationId}`, input),
    onSuccess: (row) =>
      client.setQueryData<TickList>(tickKey(sessionId), (list) => {
        if (!list) return list;
        const items = list.items.map((i) => (i.applicationId === row.applicationId ? row : i));
        return { ...list, items, counts: recount(items) };
      }),
    onError: () => client.invalidateQueries({ queryKey: tickKey(sessionId) }),
  });
}

export function useAddToRoster(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { wholeProgram: true } | { applicationIds: string[] }) => api<{ rosterCount: number; added: number }>('POST', `/api/lecture-sessions/${sessionId}/roster`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: tickKey(sessionId) }),
  });
}

export function useRemoveFromRoster(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (applicationId: string) => api<null>('DELETE', `/api/lecture-sessions/${sessionId}/roster/${applicationId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: tickKey(sessionId) }),
  });
}

/** The program's applications the operator sees (to add students to a roster one by one). */
export function useProgramApplications(programId: string | undefined) {
  return useQuery({ queryKey: ['applications', programId], queryFn: () => api<{ items: ApplicationView[] }>('GET', `/api/programs/${programId}/applications`), enabled: Boolean(programId) });
}

/** A fresh QR token, fetched again a little before the previous one expires. */
export function useQrToken(sessionId: string) {
  return useQuery({
    queryKey: ['qr-token', sessionId],
    queryFn: () => api<{ token: string; expiresAt: string }>('GET', `/api/lecture-sessions/${sessionId}/qr-token`),
    refetchInterval: (query) => {
      const expiresAt = query.state.data?.expiresAt;
      return expiresAt ? Math.max(5_000, new Date(expiresAt).getTime() - Date.now() - 30_000) : 5_000;
    },
    refetchIntervalInBackground: true,
    gcTime: 0,
  });
}

export function useCheckIn() {
  return useMutation({ mutationFn: (token: string) => api<CheckInResult>('POST', '/api/attendance/check-in', { token }) });
}

/** The student's own attendance in the program: their application first (the list gives a student only their own). */
export function useOwnAttendance(programId: string) {
  const own = useQuery({ queryKey: ['applications', programId], queryFn: () => api<{ items: ApplicationView[] }>('GET', `/api/programs/${programId}/applications`) });
  const applicationId = own.data?.items[0]?.id;
  const attendance = useQuery({
    queryKey: ['own-attendance', applicationId],
    queryFn: () => api<ApplicationAttendance>('GET', `/api/applications/${applicationId}/attendance`),
    enabled: Boolean(applicationId),
  });
  return { applicationId, noApplication: own.isSuccess && !applicationId, isPending: own.isPending || (Boolean(applicationId) && attendance.isPending), error: own.error ?? attendance.error, data: attendance.data };
}

export function useSetProgress(applicationId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ materialId, completed }: { materialId: string; completed: boolean }) => api('PUT', `/api/learning-materials/${materialId}/progress`, { completed }),
    // The box follows the tap at once; the server's answer (or its refusal) settles it.
    onMutate: ({ materialId, completed }) =>
      client.setQueryData<ApplicationAttendance>(['own-attendance', applicationId], (data) =>
        data ? { ...data, materials: data.materials.map((m) => (m.id === materialId ? { ...m, completedAt: completed ? new Date().toISOString() : null } : m)) } : data,
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['own-attendance', applicationId] }),
  });
}
