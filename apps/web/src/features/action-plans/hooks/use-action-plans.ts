import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { actionPlanKeys, fetchActionPlans } from '../api/action-plans-api';

/** The published action plans. Titles carry both languages, so a language switch needs no refetch. */
export const useActionPlans = () => {
  const client = useApiClient();
  return useQuery({
    queryKey: actionPlanKeys.list(),
    queryFn: ({ signal }) => fetchActionPlans(client, signal),
  });
};
