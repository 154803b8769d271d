import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchOpenData, openDataKeys } from '../api/open-data-api';

export const useOpenData = () => {
  const client = useApiClient();
  return useQuery({ queryKey: openDataKeys.all, queryFn: ({ signal }) => fetchOpenData(client, signal) });
};
