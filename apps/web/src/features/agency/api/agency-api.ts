import type { ApiClient } from '../../../shared/api/api-client';
import type { Page } from '../../proposals/api/proposals-api';

export interface AgencyRequest {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly agencyId: string;
  readonly requestedAt: string;
  readonly dueAt: string;
  readonly status: 'requested' | 'answered';
  readonly timeliness: 'on_time' | 'late' | 'overdue' | 'pending';
  readonly flaggedOverdue: boolean;
  readonly extensionCount: number;
}

export interface ResponsePointInput {
  readonly heading: string | null;
  readonly body: string;
}

export const agencyKeys = { requests: ['agency', 'requests'] as const };

export const fetchAgencyRequests = (client: ApiClient, signal?: AbortSignal) =>
  client.get<Page<AgencyRequest>>('/api/v1/agency/requests?page=1&pageSize=50', { signal });

const requestPath = (id: string) => `/api/v1/agency/requests/${encodeURIComponent(id)}`;

export const postAgencyResponse = (client: ApiClient, id: string, points: readonly ResponsePointInput[]) =>
  client.request<unknown>(`${requestPath(id)}/response`, { method: 'POST', body: { points } });

export const postExtension = (client: ApiClient, id: string, reason: string, newDueAt: string) =>
  client.request<unknown>(`${requestPath(id)}/extension`, { method: 'POST', body: { reason, newDueAt } });
