import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { agencyKeys, fetchAgencyRequests, postAgencyResponse, postExtension, type ResponsePointInput } from '../api/agency-api';

export const useAgencyRequests = () => {
  const client = useApiClient();
  return useQuery({ queryKey: agencyKeys.requests, queryFn: ({ signal }) => fetchAgencyRequests(client, signal) });
};

export const useRespond = (id: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (points: readonly ResponsePointInput[]) => postAgencyResponse(client, id, points),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agencyKeys.requests }),
  });
};

export const useExtend = (id: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reason, newDueAt }: { reason: string; newDueAt: string }) => postExtension(client, id, reason, newDueAt),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agencyKeys.requests }),
  });
};
