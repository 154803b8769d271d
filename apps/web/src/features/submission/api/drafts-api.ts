import type { ProposalStatus } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';
import type { Page, ProposalSummary } from '../../proposals/api/proposals-api';

/** What the proposer writes, as the draft DTO takes it (apps/api/src/proposals/proposal-draft.dto.ts). */
export interface DraftContent {
  readonly title: string;
  readonly areaCode: string;
  readonly background: string;
  readonly proposal: string;
  readonly expectedBenefits: string;
  readonly suggestedAgencyIds: readonly string[];
  readonly links: readonly string[];
}

/** One's own proposal in any status: the domain's Proposal record as JSON. */
export interface MyProposal {
  readonly id: string;
  readonly status: ProposalStatus;
  readonly content: DraftContent;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  /** The moderator's note when the proposal was last returned to draft. */
  readonly returnNote: string | null;
  readonly publishedAt: string | null;
  readonly cosignDeadline: string | null;
  readonly cosignCount: number;
  readonly rejection: { readonly code: string; readonly note: string | null; readonly rejectedAt: string } | null;
}

/** Under ['me', …] so that logging out forgets them. */
export const myProposalKeys = {
  all: ['me', 'proposals'] as const,
  list: (page: number) => [...myProposalKeys.all, 'list', page] as const,
  detail: (id: string) => [...myProposalKeys.all, 'detail', id] as const,
  similar: (title: string) => ['proposals', 'similar', title] as const,
};

const draftPath = (id: string) => `/api/v1/proposals/${encodeURIComponent(id)}`;

export const postDraft = (client: ApiClient, content: DraftContent) =>
  client.request<MyProposal>('/api/v1/proposals', { method: 'POST', body: content });

export const patchDraft = (client: ApiClient, id: string, content: DraftContent) =>
  client.request<MyProposal>(draftPath(id), { method: 'PATCH', body: content });

export const postSubmit = (client: ApiClient, id: string) =>
  client.request<MyProposal>(`${draftPath(id)}/submit`, { method: 'POST' });

export const postWithdraw = (client: ApiClient, id: string) =>
  client.request<MyProposal>(`${draftPath(id)}/withdraw`, { method: 'POST' });

export const fetchMyProposals = (client: ApiClient, page: number, signal?: AbortSignal) =>
  client.get<Page<MyProposal>>(`/api/v1/me/proposals?page=${page}&pageSize=20`, { signal });

export const fetchMyProposal = (client: ApiClient, id: string, signal?: AbortSignal) =>
  client.get<MyProposal>(`/api/v1/me/proposals/${encodeURIComponent(id)}`, { signal });

export const fetchSimilar = (client: ApiClient, title: string, signal?: AbortSignal) =>
  client.get<{ items: readonly ProposalSummary[] }>(`/api/v1/proposals/similar?title=${encodeURIComponent(title)}`, { signal });
