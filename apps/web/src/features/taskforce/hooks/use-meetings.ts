import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import {
  fetchMeeting,
  fetchMeetings,
  meetingKeys,
  postAgendaItem,
  postFillAgenda,
  postMeeting,
  type Meeting,
  type MeetingsWhen,
  type PlanMeetingInput,
} from '../api/meetings-api';
import { taskforceKeys } from '../api/taskforce-api';

export const useMeetings = (when: MeetingsWhen, page: number) => {
  const client = useApiClient();
  return useQuery({ queryKey: meetingKeys.list(when, page), queryFn: ({ signal }) => fetchMeetings(client, when, page, signal) });
};

export const useMeeting = (id: string) => {
  const client = useApiClient();
  return useQuery({ queryKey: meetingKeys.one(id), queryFn: ({ signal }) => fetchMeeting(client, id, signal) });
};

export const usePlanMeeting = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanMeetingInput) => postMeeting(client, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
};

/** The answer is the whole meeting: it replaces the cached one, and the lists' agenda counts refresh. */
const useAgendaChange = <T>(meetingId: string, change: (input: T) => Promise<Meeting>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.one(meetingId), meeting);
      void queryClient.invalidateQueries({ queryKey: ['taskforce', 'meetings', 'list'] });
    },
  });
};

export const useAddAgendaItem = (meetingId: string) => {
  const client = useApiClient();
  return useAgendaChange(meetingId, (reviewItemId: string) => postAgendaItem(client, meetingId, reviewItemId));
};

export const useFillAgenda = (meetingId: string) => {
  const client = useApiClient();
  return useAgendaChange(meetingId, () => postFillAgenda(client, meetingId));
};

/** After a decision taken from the agenda, both the agenda's status and the inbox change. */
export const useRefreshAfterDecision = (meetingId: string) => {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: meetingKeys.one(meetingId) });
    void queryClient.invalidateQueries({ queryKey: taskforceKeys.inbox });
  };
};
