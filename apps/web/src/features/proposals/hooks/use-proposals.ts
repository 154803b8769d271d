import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import type { ProposalFilters } from '../api/proposal-filters';
import { COSIGN_COMMENTS_PAGE_SIZE, fetchComments, fetchCosignComments, fetchProposal, fetchProposals, proposalKeys } from '../api/proposals-api';

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

/** Co-signers' comments, a page at a time; "show more" appends the next page below the ones shown. */
export const useCosignComments = (id: string) => {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: proposalKeys.cosignComments(id),
    queryFn: ({ signal, pageParam }) => fetchCosignComments(client, id, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * COSIGN_COMMENTS_PAGE_SIZE < last.total ? last.page + 1 : undefined),
  });
};
