import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { adminKeys, fetchUsers, postAgency, putRoles, type NewAgency, type RoleInput } from '../api/users-api';

export const useUsers = (search: string, page: number) => {
  const client = useApiClient();
  return useQuery({ queryKey: adminKeys.usersPage(search, page), queryFn: ({ signal }) => fetchUsers(client, search, page, signal), placeholderData: keepPreviousData });
};

export const useReplaceRoles = (userId: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roles, reason }: { roles: readonly RoleInput[]; reason: string }) => putRoles(client, userId, roles, reason),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
};

export const useCreateAgency = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agency: NewAgency) => postAgency(client, agency),
    // Every list of agencies (public pages, pickers, the role editor) shares this key prefix.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['agencies'] }),
  });
};
