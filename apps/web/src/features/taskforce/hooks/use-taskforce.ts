import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchInbox, fetchPlanCommitments, postDecision, taskforceKeys, type DecisionInput } from '../api/taskforce-api';

export const useInbox = () => {
  const client = useApiClient();
  return useQuery({ queryKey: taskforceKeys.inbox, queryFn: ({ signal }) => fetchInbox(client, signal) });
};

export const usePlanCommitments = (planCode: string | undefined) => {
  const client = useApiClient();
  return useQuery({
    queryKey: taskforceKeys.commitments(planCode ?? ''),
    queryFn: ({ signal }) => fetchPlanCommitments(client, planCode ?? '', signal),
    enabled: planCode !== undefined,
  });
};

export const useDecide = (reviewItemId: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: DecisionInput) => postDecision(client, reviewItemId, decision),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: taskforceKeys.inbox }),
  });
};
