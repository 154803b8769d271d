import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Reloads a query with a loader that asks past the caches in front of the API. Any fetch of the
 * query still in flight is cancelled first, or the new one would merely join it. Never rejects:
 * a failure (or a cancellation by the next reload) is kept in the query's state, which the page shows.
 */
export const reloadFresh = (queryClient: QueryClient, queryKey: QueryKey, load: (signal: AbortSignal) => Promise<unknown>): void =>
  void queryClient
    .cancelQueries({ queryKey })
    .then(() => queryClient.fetchQuery({ queryKey, queryFn: ({ signal }) => load(signal), staleTime: 0 }))
    .catch(() => undefined);
