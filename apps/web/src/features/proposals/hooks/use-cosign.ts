import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { postCosign, proposalKeys } from '../api/proposals-api';

/** POST a co-sign (with the CSRF header); on success the count, the proposal and the co-signers' comments reload. */
export const useCosign = (id: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: string) => postCosign(client, id, comment),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: proposalKeys.stats(id) });
      void queryClient.invalidateQueries({ queryKey: proposalKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: proposalKeys.cosignComments(id) });
    },
  });
};
