import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchStats, statsKeys } from '../api/stats-api';

/** The platform statistics; labels carry both languages, so a language switch needs no refetch. */
export const useStats = () => {
  const client = useApiClient();
  return useQuery({ queryKey: statsKeys.all, queryFn: ({ signal }) => fetchStats(client, signal) });
};
