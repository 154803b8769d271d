import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { agencyKeys, fetchAgencies, fetchAgencyRequests, fetchProposalResponses, fetchResponsiveness } from '../api/agencies-api';

/** Every agency; names carry both languages, so a language switch needs no refetch. */
export const useAgencies = () => {
  const client = useApiClient();
  return useQuery({ queryKey: agencyKeys.list(), queryFn: ({ signal }) => fetchAgencies(client, signal), staleTime: 5 * 60_000 });
};

export const useResponsiveness = () => {
  const client = useApiClient();
  return useQuery({ queryKey: agencyKeys.responsiveness(), queryFn: ({ signal }) => fetchResponsiveness(client, signal) });
};

export const useAgencyRequests = (id: string, page: number) => {
  const client = useApiClient();
  return useQuery({
    queryKey: agencyKeys.requests(id, page),
    queryFn: ({ signal }) => fetchAgencyRequests(client, id, page, signal),
    placeholderData: keepPreviousData,
  });
};

export const useProposalResponses = (proposalId: string) => {
  const client = useApiClient();
  return useQuery({ queryKey: agencyKeys.ofProposal(proposalId), queryFn: ({ signal }) => fetchProposalResponses(client, proposalId, signal) });
};
