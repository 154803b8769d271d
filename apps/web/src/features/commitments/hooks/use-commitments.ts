import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { commitmentKeys, fetchActionPlan, fetchCommitment, fetchPlanCommitments } from '../api/commitments-api';

export const useActionPlan = (code: string | undefined) => {
  const client = useApiClient();
  return useQuery({
    queryKey: commitmentKeys.plan(code ?? ''),
    queryFn: ({ signal }) => fetchActionPlan(client, code ?? '', signal),
    enabled: code !== undefined,
  });
};

export const usePlanCommitments = (code: string | undefined) => {
  const client = useApiClient();
  return useQuery({
    queryKey: commitmentKeys.ofPlan(code ?? ''),
    queryFn: ({ signal }) => fetchPlanCommitments(client, code ?? '', signal),
    enabled: code !== undefined,
  });
};

export const useCommitment = (id: string) => {
  const client = useApiClient();
  return useQuery({ queryKey: commitmentKeys.detail(id), queryFn: ({ signal }) => fetchCommitment(client, id, signal) });
};
