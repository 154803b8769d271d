import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import type { ProposalFilters } from '../api/proposal-filters';
import { fetchComments, fetchProposal, fetchProposals, proposalKeys } from '../api/proposals-api';

/** One page of published proposals for the filters; the previous page stays visible while the next loads. */
export const useProposalList = (filters: ProposalFilters) => {
  const client = useApiClient();
  return useQuery({
    queryKey: proposalKeys.list(filters),
    queryFn: ({ signal }) => fetchProposals(client, filters, signal),
    placeholderData: keepPreviousData,
  });
};

export const useProposal = (id: string) => {
  const client = useApiClient();
  return useQuery({ queryKey: proposalKeys.detail(id), queryFn: ({ signal }) => fetchProposal(client, id, signal) });
};

export const useProposalComments = (id: string) => {
  const client = useApiClient();
  return useQuery({ queryKey: proposalKeys.comments(id), queryFn: ({ signal }) => fetchComments(client, id, signal) });
};
