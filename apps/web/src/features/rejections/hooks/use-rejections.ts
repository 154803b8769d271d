import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchRejections, rejectionKeys } from '../api/rejections-api';

export const useRejections = (page: number) => {
  const client = useApiClient();
  return useQuery({
    queryKey: rejectionKeys.page(page),
    queryFn: ({ signal }) => fetchRejections(client, page, signal),
    placeholderData: keepPreviousData,
  });
};
