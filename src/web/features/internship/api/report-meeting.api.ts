// The final report meeting (issue 8 item 2): its set-up and running order, the presenting
// intern's title and slides, and the companies' scores. Every write reads the meeting again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FILE_NAME_HEADER } from '../../../../contracts/applications.ts';
import type { MeetingInput, PresentationPatch, ReportMeetingView, RunningOrderInput, TalkScoreInput } from '../../../../contracts/internship.ts';
import { api, apiUpload } from '../../../lib/api-client.ts';

const meetingKey = (programId: string) => ['report-meeting', programId] as const;

export function useReportMeeting(programId: string) {
  return useQuery({ queryKey: meetingKey(programId), queryFn: () => api<ReportMeetingView>('GET', `/api/programs/${programId}/report-meeting`) });
}

function useMeetingWrite<I>(programId: string, write: (input: I) => Promise<ReportMeetingView | null>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      if (view) client.setQueryData(meetingKey(programId), view);
    },
    onSettled: () => client.invalidateQueries({ queryKey: meetingKey(programId) }),
  });
}

export const useSetUpMeeting = (programId: string) => useMeetingWrite(programId, (input: MeetingInput) => api<ReportMeetingView>('PUT', `/api/programs/${programId}/report-meeting`, input));
export const useReorderTalks = (programId: string) => useMeetingWrite(programId, (input: RunningOrderInput) => api<ReportMeetingView>('PUT', `/api/programs/${programId}/report-meeting/order`, input));
export const useRetitleTalk = (programId: string) => useMeetingWrite(programId, ({ id, patch }: { id: string; patch: PresentationPatch }) => api<null>('PATCH', `/api/report-presentations/${id}`, patch));
/** The slides go as the raw body with their name in a header; the server tells their type by their bytes. */
export const useUploadSlides = (programId: string) => useMeetingWrite(programId, ({ id, file }: { id: string; file: File }) => apiUpload<null>(`/api/report-presentations/${id}/slides`, file, FILE_NAME_HEADER));
export const useScoreTalk = (programId: string) => useMeetingWrite(programId, ({ id, input }: { id: string; input: TalkScoreInput }) => api<null>('PUT', `/api/report-presentations/${id}/score`, input));

/** The slides as the browser downloads them (the session cookie goes along). */
export const slidesUrl = (talkId: string) => `/api/report-presentations/${talkId}/slides`;
