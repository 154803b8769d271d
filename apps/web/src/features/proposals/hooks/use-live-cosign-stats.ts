import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useProposalWatch } from '../../../shared/realtime/use-proposal-watch';
import { useServerEvent } from '../../../shared/realtime/use-server-event';
import { fetchCosignStats, proposalKeys, type CosignStats } from '../api/proposals-api';

/** A slow safety net in case the socket is down; live counts normally arrive over socket.io. */
const FALLBACK_REFRESH_MS = 60_000;

/**
 * The co-sign statistics of one proposal, kept live: the page joins the proposal's room, and each
 * `proposal.count` for it is written into the query cache; a `proposal.status` change reloads the page data.
 */
export const useLiveCosignStats = (id: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useProposalWatch(id);

  useServerEvent('proposal.count', (event) => {
    if (event.proposalId !== id) return;
    queryClient.setQueryData<CosignStats>(proposalKeys.stats(id), (previous) =>
      previous === undefined ? previous : { ...previous, count: event.count, threshold: event.threshold },
    );
  });
  useServerEvent('proposal.status', (event) => {
    if (event.proposalId === id) void queryClient.invalidateQueries({ queryKey: proposalKeys.detail(id) });
  });

  return useQuery({
    queryKey: proposalKeys.stats(id),
    queryFn: ({ signal }) => fetchCosignStats(client, id, signal),
    refetchInterval: FALLBACK_REFRESH_MS,
  });
};
