import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { fetchMyProposal, fetchMyProposals, fetchSimilar, myProposalKeys, patchDraft, postDraft, postSubmit, type DraftContent, type MyProposal } from '../api/drafts-api';
import { useDebouncedValue } from './use-debounced-value';

export const SIMILAR_DELAY_MS = 400;
const SIMILAR_MIN_LENGTH = 2;
/** The API takes at most a title's length. */
const SIMILAR_MAX_LENGTH = 80;

export const useMyProposal = (id: string | null) => {
  const client = useApiClient();
  return useQuery({
    queryKey: myProposalKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchMyProposal(client, id ?? '', signal),
    enabled: id !== null,
  });
};

export const useMyProposals = (page: number) => {
  const client = useApiClient();
  return useQuery({ queryKey: myProposalKeys.list(page), queryFn: ({ signal }) => fetchMyProposals(client, page, signal), placeholderData: keepPreviousData });
};

/** Creates the draft on the first save and edits it afterwards; every answer refreshes the cached copy. */
export const useSaveDraft = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return (id: string | null, content: DraftContent): Promise<MyProposal> =>
    (id === null ? postDraft(client, content) : patchDraft(client, id, content)).then((saved) => {
      queryClient.setQueryData(myProposalKeys.detail(saved.id), saved);
      return saved;
    });
};

export const useSubmitDraft = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => postSubmit(client, id),
    onSuccess: (submitted) => {
      queryClient.setQueryData(myProposalKeys.detail(submitted.id), submitted);
      void queryClient.invalidateQueries({ queryKey: myProposalKeys.all });
    },
  });
};

/** Published proposals whose titles resemble the one being typed, asked once typing pauses. */
export const useSimilarProposals = (title: string) => {
  const client = useApiClient();
  const settled = useDebouncedValue([...title.trim()].slice(0, SIMILAR_MAX_LENGTH).join(''), SIMILAR_DELAY_MS);
  return useQuery({
    queryKey: myProposalKeys.similar(settled),
    queryFn: ({ signal }) => fetchSimilar(client, settled, signal),
    enabled: [...settled].length >= SIMILAR_MIN_LENGTH,
    staleTime: 60_000,
  });
};
