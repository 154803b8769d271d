import type { ApiClient } from '../../../shared/api/api-client';

/** One in-app notification (GET /api/v1/me/notifications); kind is the event type, e.g. proposal.published. */
export interface NotificationItem {
  readonly id: string;
  readonly kind: string;
  readonly proposalId: string | null;
  readonly proposalTitle: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface NotificationPage {
  readonly items: readonly NotificationItem[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly unread: number;
}

export interface FollowedProposal {
  readonly proposalId: string;
  readonly title: string;
  readonly status: string;
  readonly followedAt: string;
}

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Under ['me', …] so that logging out forgets them (useLogout removes every 'me' query). */
export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  page: (page: number) => [...notificationKeys.all, 'page', page] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  follow: (proposalId: string) => ['me', 'follow', proposalId] as const,
  follows: () => ['me', 'follows'] as const,
};

export const fetchNotifications = (client: ApiClient, page: number, pageSize: number, signal?: AbortSignal) =>
  client.get<NotificationPage>(`/api/v1/me/notifications?page=${page}&pageSize=${pageSize}`, { signal });

/** No ids marks every notification read. */
export const postNotificationsRead = (client: ApiClient, ids?: readonly string[]) =>
  client.request<{ unread: number }>('/api/v1/me/notifications/read', { method: 'POST', body: ids ? { ids } : {} });

const followPath = (proposalId: string) => `/api/v1/proposals/${encodeURIComponent(proposalId)}/follow`;

export const fetchFollowing = (client: ApiClient, proposalId: string, signal?: AbortSignal) =>
  client.get<{ following: boolean }>(followPath(proposalId), { signal });

export const putFollow = (client: ApiClient, proposalId: string, following: boolean) =>
  client.request<undefined>(followPath(proposalId), { method: following ? 'PUT' : 'DELETE' });

export const fetchFollows = (client: ApiClient, signal?: AbortSignal) =>
  client.get<{ items: readonly FollowedProposal[] }>('/api/v1/me/follows', { signal });
