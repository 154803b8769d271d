import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { decide, fetchRejectReasons, fetchReviewQueue, moderationKeys, searchOriginals, type ModerationDecision } from '../api/moderation-api';

/** The API emits no moderation.queue event yet, so the queue refreshes itself every half minute. */
const QUEUE_REFRESH_MS = 30_000;

export const useReviewQueue = () => {
  const client = useApiClient();
  return useQuery({ queryKey: moderationKeys.queue, queryFn: ({ signal }) => fetchReviewQueue(client, signal), refetchInterval: QUEUE_REFRESH_MS });
};

export const useRejectReasons = () => {
  const client = useApiClient();
  return useQuery({ queryKey: moderationKeys.reasons, queryFn: ({ signal }) => fetchRejectReasons(client, signal), staleTime: 60 * 60_000 });
};

/** The API needs two characters at least; shorter searches are not sent. */
export const useOriginalSearch = (q: string) => {
  const client = useApiClient();
  const trimmed = q.trim();
  return useQuery({
    queryKey: moderationKeys.originals(trimmed),
    queryFn: ({ signal }) => searchOriginals(client, trimmed, signal),
    enabled: trimmed.length >= 2,
  });
};

export const useModerationDecision = (id: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: ModerationDecision) => decide(client, id, decision),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: moderationKeys.queue }),
  });
};
