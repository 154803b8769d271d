import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useProposalWatch } from '../../../shared/realtime/use-proposal-watch';
import { useReconnected } from '../../../shared/realtime/use-reconnected';
import { useServerEvent } from '../../../shared/realtime/use-server-event';
import { reloadFresh } from './reload-fresh';
import { fetchCosignStats, fetchProposal, proposalKeys, type CosignStats } from '../api/proposals-api';

/** A slow safety net in case the socket is down; live counts normally arrive over socket.io. */
const FALLBACK_REFRESH_MS = 60_000;

/**
 * The co-sign statistics of one proposal, kept live: the page joins the proposal's room, and each
 * `proposal.count` for it is written into the query cache; a `proposal.status` change reloads the page data from the server,
 * and so does a reconnect (what was said while the socket was away is not replayed).
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
    if (event.proposalId !== id) return;
    // Fresh, past the browser's and the edge's caches: the detail is public with max-age=5, and a
    // second change (threshold reached, then routed by the worker a moment later) would otherwise
    // be answered with the copy fetched for the first, leaving the page on the older stage.
    reloadFresh(queryClient, proposalKeys.detail(id), (signal) => fetchProposal(client, id, signal, true));
  });

  useReconnected(() => {
    void queryClient.invalidateQueries({ queryKey: proposalKeys.stats(id) });
    void queryClient.invalidateQueries({ queryKey: proposalKeys.detail(id) });
  });

  return useQuery({
    queryKey: proposalKeys.stats(id),
    queryFn: ({ signal }) => fetchCosignStats(client, id, signal),
    refetchInterval: FALLBACK_REFRESH_MS,
  });
};
