import type { ApiClient } from '../../../shared/api/api-client';
import type { Page } from '../../proposals/api/proposals-api';

export interface InboxItem {
  readonly reviewItemId: string;
  readonly openedAt: string;
  readonly proposal: { readonly id: string; readonly title: string; readonly areaCode: string; readonly cosignCount: number; readonly routedAt: string | null; readonly agencyIds: readonly string[] };
}

export type Outcome = 'adopt' | 'merge' | 'refer' | 'decline';
export interface VoteCount {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

/** English is optional for a new commitment; the API leaves it out when absent. */
export interface Bilingual {
  readonly 'zh-TW': string;
  readonly en?: string;
}

export interface DecisionInput {
  readonly outcome: Outcome;
  readonly rationale?: string;
  readonly votes: { readonly government: VoteCount; readonly civil: VoteCount };
  readonly commitment?: { readonly title: Bilingual; readonly description: Bilingual; readonly areaCode: string; readonly planCode: string };
  readonly targetCommitmentId?: string;
}

export interface CommitmentSummary {
  readonly id: string;
  readonly areaCode: string;
  readonly title: { readonly 'zh-TW': string; readonly en: string };
}

export const taskforceKeys = {
  inbox: ['taskforce', 'inbox'] as const,
  commitments: (planCode: string) => ['taskforce', 'commitments', planCode] as const,
};

export const fetchInbox = (client: ApiClient, signal?: AbortSignal) => client.get<Page<InboxItem>>('/api/v1/taskforce/inbox?page=1&pageSize=50', { signal });

export const fetchPlanCommitments = (client: ApiClient, planCode: string, signal?: AbortSignal) =>
  client.get<{ planCode: string; items: CommitmentSummary[] }>(`/api/v1/action-plans/${encodeURIComponent(planCode)}/commitments`, { signal });

export const postDecision = (client: ApiClient, reviewItemId: string, decision: DecisionInput) =>
  client.request<{ proposalStatus: string; commitmentId: string | null }>(`/api/v1/taskforce/review-items/${encodeURIComponent(reviewItemId)}/decision`, { method: 'POST', body: decision });
