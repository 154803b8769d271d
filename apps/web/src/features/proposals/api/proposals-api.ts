import type { CommentStance, ProposalStatus } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ProposalFilters } from './proposal-filters';

/** Statuses the public listing shows (apps/api/src/proposals/public-proposal.ts). */
export const PUBLIC_STATUSES = ['open', 'threshold_reached', 'routed', 'adopted', 'merged', 'referred', 'declined', 'expired', 'duplicate'] as const satisfies readonly ProposalStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PROPOSAL_SORTS = ['newest', 'most_cosigned', 'ending_soon'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export const PAGE_SIZE = 20;

export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface ProposalSummary {
  readonly id: string;
  readonly title: string;
  readonly status: PublicStatus;
  readonly areaCode: string;
  readonly cosignCount: number;
  readonly threshold: number;
  readonly publishedAt: string | null;
  readonly cosignDeadline: string | null;
  readonly thresholdReachedAt: string | null;
}

export interface TimelineEntry {
  readonly action: string;
  readonly at: string;
  readonly reason: string | null;
}

export interface ProposalDetail extends ProposalSummary {
  readonly background: string;
  readonly proposal: string;
  readonly expectedBenefits: string;
  readonly links: readonly string[];
  readonly duplicateOfId: string | null;
  readonly agencyResponseDueAt: string | null;
  readonly decision: { readonly outcome: string; readonly rationale: string | null; readonly decidedAt: string } | null;
  readonly timeline: readonly TimelineEntry[];
}

export interface CosignStats {
  readonly count: number;
  readonly threshold: number;
  readonly perDay: readonly { readonly date: string; readonly count: number; readonly cumulative: number }[];
  readonly perTier: readonly { readonly tier: string; readonly count: number }[];
}

export interface PublicComment {
  readonly id: string;
  readonly parentId: string | null;
  readonly hidden: boolean;
  readonly stance: CommentStance | null;
  readonly body: string | null;
  /** deleted: the author erased their account; the comment stays, shown as by a deleted account. */
  readonly author: { readonly displayName: string; readonly deleted: boolean } | null;
  readonly createdAt: string;
  readonly editedAt: string | null;
}

export interface CommentThread extends PublicComment {
  readonly replies: readonly PublicComment[];
}

export interface CosignReceipt {
  readonly id: string;
  readonly proposalId: string;
  readonly comment: string | null;
  readonly createdAt: string;
}

export const proposalKeys = {
  all: ['proposals'] as const,
  list: (filters: ProposalFilters) => [...proposalKeys.all, 'list', filters] as const,
  detail: (id: string) => [...proposalKeys.all, 'detail', id] as const,
  stats: (id: string) => [...proposalKeys.all, 'stats', id] as const,
  comments: (id: string) => [...proposalKeys.all, 'comments', id] as const,
  cosignComments: (id: string) => [...proposalKeys.all, 'cosign-comments', id] as const,
};

const listQuery = (filters: ProposalFilters): string => {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.area) params.set('area', filters.area);
  params.set('sort', filters.sort);
  params.set('page', String(filters.page));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
};

const proposalPath = (id: string): string => `/api/v1/proposals/${encodeURIComponent(id)}`;

export const fetchProposals = (client: ApiClient, filters: ProposalFilters, signal?: AbortSignal) =>
  client.get<Page<ProposalSummary>>(`/api/v1/proposals?${listQuery(filters)}`, { signal });

/**
 * A proposal's page and its statistics are public, so a shared cache in front of the API (the
 * edge's one-second cache, docker/nginx-public-reads-cache.conf) answers most readers. `fresh`
 * goes past it, and past the browser's copy: for a reader who needs a copy newer than the
 * cache's — after their own co-sign, or after a live status change. A refresh storm never asks
 * for fresh copies.
 */
const freshness = (fresh: boolean) => (fresh ? ({ cache: 'no-cache', headers: { 'Cache-Control': 'no-cache' } } as const) : {});

export const fetchProposal = (client: ApiClient, id: string, signal?: AbortSignal, fresh = false) =>
  client.get<ProposalDetail>(proposalPath(id), { signal, ...freshness(fresh) });

export const fetchCosignStats = (client: ApiClient, id: string, signal?: AbortSignal, fresh = false) =>
  client.get<CosignStats>(`${proposalPath(id)}/cosigns/stats`, { signal, ...freshness(fresh) });

export const fetchComments = (client: ApiClient, id: string, signal?: AbortSignal) =>
  client.get<Page<CommentThread>>(`${proposalPath(id)}/comments?page=1&pageSize=50`, { signal });

/** Co-signers' short comments, without names, newest first. */
export interface CosignComment {
  readonly comment: string;
  readonly createdAt: string;
}

export const COSIGN_COMMENTS_PAGE_SIZE = 10;

export const fetchCosignComments = (client: ApiClient, id: string, page: number, signal?: AbortSignal) =>
  client.get<Page<CosignComment>>(`${proposalPath(id)}/cosigns/comments?page=${page}&pageSize=${COSIGN_COMMENTS_PAGE_SIZE}`, { signal });

export const postCosign = (client: ApiClient, id: string, comment: string) =>
  client.request<CosignReceipt>(`${proposalPath(id)}/cosigns`, {
    method: 'POST',
    body: comment.trim() === '' ? {} : { comment: comment.trim() },
  });
