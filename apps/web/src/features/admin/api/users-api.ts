import type { ApiClient } from '../../../shared/api/api-client';
import type { Account } from '../../account/api/account-api';

export type AccountRole = Account['roles'][number];

/** A role as PUT /api/v1/admin/users/{id}/roles takes it: side and role for task-force members, agency for officers. */
export type RoleInput =
  | { readonly kind: 'citizen' | 'moderator' | 'admin' }
  | { readonly kind: 'task_force_member'; readonly side: 'government' | 'civil'; readonly role: 'convener' | 'co_convener' | 'member' }
  | { readonly kind: 'agency_officer'; readonly agencyId: string };

export interface AccountPage {
  readonly items: readonly Account[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface NewAgency {
  readonly code: string;
  readonly nameZhTw: string;
  readonly nameEn: string;
}

export interface CreatedAgency {
  readonly id: string;
  readonly code: string;
  readonly name: { readonly 'zh-TW': string; readonly en: string };
}

export const USERS_PAGE_SIZE = 20;

export const adminKeys = {
  users: ['admin', 'users'] as const,
  usersPage: (search: string, page: number) => ['admin', 'users', search, page] as const,
};

export const fetchUsers = (client: ApiClient, search: string, page: number, signal?: AbortSignal) =>
  client.get<AccountPage>(`/api/v1/admin/users?page=${page}&pageSize=${USERS_PAGE_SIZE}${search === '' ? '' : `&q=${encodeURIComponent(search)}`}`, { signal });

export const putRoles = (client: ApiClient, userId: string, roles: readonly RoleInput[], reason: string) =>
  client.request<Account>(`/api/v1/admin/users/${encodeURIComponent(userId)}/roles`, { method: 'PUT', body: { roles, ...(reason === '' ? {} : { reason }) } });

export const postAgency = (client: ApiClient, agency: NewAgency) => client.request<CreatedAgency>('/api/v1/admin/agencies', { method: 'POST', body: agency });
