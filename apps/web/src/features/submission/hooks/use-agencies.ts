import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { agencyKeys, fetchAgencies } from '../api/agencies-api';

/** The agencies a proposer may suggest; they change rarely. */
export const useAgencies = () => {
  const client = useApiClient();
  return useQuery({ queryKey: agencyKeys.all, queryFn: ({ signal }) => fetchAgencies(client, signal), staleTime: 10 * 60_000 });
};
