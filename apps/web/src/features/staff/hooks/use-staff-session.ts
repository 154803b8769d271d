import { useSession } from '../../account/hooks/use-session';
import type { SessionAccount, StaffRoleKind } from '../api/staff-api';

export type StaffAccess =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: Error; readonly retry: () => void; readonly retrying: boolean }
  | { readonly state: 'signed_out' }
  | { readonly state: 'no_access'; readonly account: SessionAccount }
  | { readonly state: 'allowed'; readonly account: SessionAccount };

/**
 * Whether the signed-in person holds `role`, from the one shared session query (so logging out
 * closes the staff pages at once). The API checks every request anyway; this only decides what to show.
 */
export const useStaffSession = (role: StaffRoleKind): StaffAccess => {
  const query = useSession();
  if (query.isPending) return { state: 'loading' };
  if (query.isError) return { state: 'error', error: query.error, retry: () => void query.refetch(), retrying: query.isFetching };
  if (query.data === null) return { state: 'signed_out' };
  return query.data.roles.some((r) => r.kind === role) ? { state: 'allowed', account: query.data } : { state: 'no_access', account: query.data };
};
