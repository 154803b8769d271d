import type { ApiClient } from '../../../shared/api/api-client';
import type { Page } from '../../proposals/api/proposals-api';

/** One of my co-signs (GET /api/v1/me/cosigns), with the proposal's title and current status. */
export interface MyCosign {
  readonly proposalId: string;
  readonly title: string;
  readonly status: string;
  readonly cosignedAt: string;
}

export const myCosignKeys = { page: (page: number) => ['me', 'cosigns', page] as const };

export const fetchMyCosigns = (client: ApiClient, page: number, signal?: AbortSignal) =>
  client.get<Page<MyCosign>>(`/api/v1/me/cosigns?page=${page}&pageSize=20`, { signal });
