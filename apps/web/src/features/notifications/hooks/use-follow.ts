import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchFollowing, fetchFollows, notificationKeys, putFollow } from '../api/notifications-api';

export const useFollowing = (proposalId: string, enabled: boolean) => {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationKeys.follow(proposalId),
    queryFn: async ({ signal }) => (await fetchFollowing(client, proposalId, signal)).following,
    enabled,
  });
};

/** PUT or DELETE the follow; the answer is 204, so the new state is the one asked for. */
export const useSetFollowing = (proposalId: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (following: boolean) => {
      await putFollow(client, proposalId, following);
      return following;
    },
    onSuccess: (following) => {
      queryClient.setQueryData(notificationKeys.follow(proposalId), following);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.follows() });
    },
  });
};

export const useFollows = () => {
  const client = useApiClient();
  return useQuery({ queryKey: notificationKeys.follows(), queryFn: ({ signal }) => fetchFollows(client, signal) });
};
