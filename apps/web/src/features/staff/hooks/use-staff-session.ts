import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { ApiError } from '../../../shared/api/api-error';
import { fetchSessionAccount, staffKeys, type SessionAccount, type StaffRoleKind } from '../api/staff-api';

export type StaffAccess =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: Error; readonly retry: () => void; readonly retrying: boolean }
  | { readonly state: 'signed_out' }
  | { readonly state: 'no_access'; readonly account: SessionAccount }
  | { readonly state: 'allowed'; readonly account: SessionAccount };

/**
 * Whether the signed-in person holds `role`. Kept here rather than in a shared session hook
 * so the staff screens do not wait on the login pages; the API checks every request anyway,
 * this only decides what to show.
 */
export const useStaffSession = (role: StaffRoleKind): StaffAccess => {
  const client = useApiClient();
  const query = useQuery({
    queryKey: staffKeys.me,
    queryFn: ({ signal }) => fetchSessionAccount(client, signal),
    // A 401 is an answer ("signed out"), not a failure worth retrying.
    retry: false,
    staleTime: 60_000,
  });
  if (query.isPending) return { state: 'loading' };
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 401) return { state: 'signed_out' };
    return { state: 'error', error: query.error, retry: () => void query.refetch(), retrying: query.isFetching };
  }
  return query.data.roles.some((r) => r.kind === role) ? { state: 'allowed', account: query.data } : { state: 'no_access', account: query.data };
};
