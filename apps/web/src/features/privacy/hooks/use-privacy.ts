import { useCallback } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { sessionKeys } from '../../account/api/account-api';
import { fetchMyData, postAccountDeletion, type PersonalDataExport } from '../api/privacy-api';

/** Hands the document to the browser as a file: the API call carries the session and CSRF as every other does. */
const saveAsFile = (document_: PersonalDataExport): void => {
  const blob = new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `open-proposals-my-data-${document_.generatedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};

export const useDownloadMyData = () => {
  const client = useApiClient();
  return useMutation({ mutationFn: async () => saveAsFile(await fetchMyData(client)) });
};

/** Deletes the account. The caller leaves the signed-in page; the confirmation page forgets the session (useForgetSession). */
export const useDeleteAccount = () => {
  const client = useApiClient();
  return useMutation({ mutationFn: (password: string) => postAccountDeletion(client, password) });
};

/** The navigation state with which the account page hands over to the confirmation page. */
export const ERASED = { erased: true } as const;

/** After an erasure: nothing personal stays cached, and the header shows a visitor. */
export const useForgetSession = () => {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ queryKey: ['me'] });
    queryClient.setQueryData(sessionKeys.me, null);
  }, [queryClient]);
};
