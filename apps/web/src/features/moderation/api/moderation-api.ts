import type { ApiClient } from '../../../shared/api/api-client';
import type { Page, ProposalSummary } from '../../proposals/api/proposals-api';

export interface QueuedProposal {
  readonly id: string;
  readonly clock: { readonly submittedAt: string; readonly dueAt: string; readonly overdue: boolean } | null;
  readonly content: {
    readonly title: string;
    readonly background: string;
    readonly proposal: string;
    readonly expectedBenefits: string;
    readonly areaCode: string;
    readonly suggestedAgencyIds: readonly string[];
    readonly links: readonly string[];
  };
}

export interface RejectReason {
  readonly code: string;
  readonly label: { readonly 'zh-TW': string; readonly en: string };
  readonly noteRequired: boolean;
  readonly duplicateOfRequired: boolean;
}

/** What a moderator decides about one submission, as the API's four routes take it. */
export type ModerationDecision =
  | { readonly kind: 'publish' }
  | { readonly kind: 'return'; readonly note: string }
  | { readonly kind: 'reject'; readonly code: string; readonly note?: string; readonly duplicateOfId?: string }
  | { readonly kind: 'duplicate'; readonly duplicateOfId: string };

export const QUEUE_PAGE_SIZE = 20;

export const moderationKeys = {
  queue: ['moderation', 'queue'] as const,
  reasons: ['moderation', 'reasons'] as const,
  originals: (q: string) => ['moderation', 'originals', q] as const,
};

export const fetchReviewQueue = (client: ApiClient, signal?: AbortSignal) =>
  client.get<Page<QueuedProposal>>(`/api/v1/moderation/queue?page=1&pageSize=${QUEUE_PAGE_SIZE}`, { signal });

export const fetchRejectReasons = (client: ApiClient, signal?: AbortSignal) => client.get<RejectReason[]>('/api/v1/rejections/reasons', { signal });

/** Published proposals whose title or text contains `q`: the candidates for "duplicate of". */
export const searchOriginals = (client: ApiClient, q: string, signal?: AbortSignal) =>
  client.get<Page<ProposalSummary>>(`/api/v1/proposals?${new URLSearchParams({ q, sort: 'newest', page: '1', pageSize: '10' }).toString()}`, { signal });

export const decide = (client: ApiClient, id: string, decision: ModerationDecision) => {
  const { kind, ...body } = decision;
  return client.request<unknown>(`/api/v1/moderation/proposals/${encodeURIComponent(id)}/${kind}`, { method: 'POST', body });
};
