import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { hasSessionCookie } from '../../../shared/api/csrf';
import { deleteSession, fetchSession, postLogin, sessionKeys, type Account, type Credentials } from '../api/account-api';

/** Who is signed in: an Account, null for a visitor, undefined while the first answer is pending. */
export const useSession = () => {
  const client = useApiClient();
  return useQuery({
    queryKey: sessionKeys.me,
    queryFn: ({ signal }) => (hasSessionCookie() ? fetchSession(client, signal) : Promise.resolve(null)),
    staleTime: 60_000,
  });
};

/** Stores an account the API answered with (login, verification) as the session, without another request. */
export const useSetSessionAccount = () => {
  const queryClient = useQueryClient();
  return (account: Account | null) => queryClient.setQueryData(sessionKeys.me, account);
};

export const useLogin = () => {
  const client = useApiClient();
  const setAccount = useSetSessionAccount();
  return useMutation({
    mutationFn: (credentials: Credentials) => postLogin(client, credentials),
    onSuccess: (account) => setAccount(account),
  });
};

/** Ends the session and forgets everything personal that was cached for it. */
export const useLogout = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSession(client),
    onSettled: () => {
      queryClient.removeQueries({ queryKey: ['me'] });
      queryClient.setQueryData(sessionKeys.me, null);
    },
  });
};
