import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchMyCosigns, myCosignKeys } from '../api/my-cosigns-api';

export const useMyCosigns = (page: number) => {
  const client = useApiClient();
  return useQuery({ queryKey: myCosignKeys.page(page), queryFn: ({ signal }) => fetchMyCosigns(client, page, signal), placeholderData: keepPreviousData });
};
