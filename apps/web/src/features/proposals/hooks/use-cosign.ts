import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchCosignStats, fetchProposal, postCosign, proposalKeys } from '../api/proposals-api';
import { reloadFresh } from './reload-fresh';

/**
 * POST a co-sign (with the CSRF header); on success the count, the proposal and the co-signers'
 * comments reload. The count and the proposal are fetched fresh, past the caches in front of the
 * API: a cached copy from just before would not show the reader's own co-sign.
 */
export const useCosign = (id: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: string) => postCosign(client, id, comment),
    onSuccess: () => {
      reloadFresh(queryClient, proposalKeys.stats(id), (signal) => fetchCosignStats(client, id, signal, true));
      reloadFresh(queryClient, proposalKeys.detail(id), (signal) => fetchProposal(client, id, signal, true));
      void queryClient.invalidateQueries({ queryKey: proposalKeys.cosignComments(id) });
    },
  });
};
