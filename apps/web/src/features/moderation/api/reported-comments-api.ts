import type { ApiClient } from '../../../shared/api/api-client';
import type { Page } from '../../proposals/api/proposals-api';

export interface ReportedComment {
  readonly id: string;
  readonly proposalId: string;
  readonly body: string;
  readonly visibility: 'visible' | 'hidden_by_reports' | 'hidden_by_moderator';
  readonly createdAt: string;
  readonly author: { readonly id: string; readonly displayName: string };
  readonly reportCount: number;
  readonly firstReportedAt: string;
  readonly reasons: readonly string[];
}

export type CommentAction = 'hide' | 'restore';

export const reportedKeys = { list: ['moderation', 'reported-comments'] as const };

export const fetchReportedComments = (client: ApiClient, signal?: AbortSignal) =>
  client.get<Page<ReportedComment>>('/api/v1/moderation/comments/reported?page=1&pageSize=50', { signal });

export const moderateComment = (client: ApiClient, id: string, action: CommentAction, reason: string) =>
  client.request<unknown>(`/api/v1/moderation/comments/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: { reason } });
