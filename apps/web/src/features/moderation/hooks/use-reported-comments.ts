import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchReportedComments, moderateComment, reportedKeys, type CommentAction } from '../api/reported-comments-api';

export const useReportedComments = () => {
  const client = useApiClient();
  return useQuery({ queryKey: reportedKeys.list, queryFn: ({ signal }) => fetchReportedComments(client, signal), refetchInterval: 60_000 });
};

export const useModerateComment = (id: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: CommentAction; reason: string }) => moderateComment(client, id, action, reason),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportedKeys.list }),
  });
};
