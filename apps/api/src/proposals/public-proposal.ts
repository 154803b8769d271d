import type { ProposalStatus } from '@open-proposals/domain';

/**
 * Statuses the public may list and open. Drafts, submissions under review and withdrawn ones
 * belong to their proposer; rejected ones appear only in the public rejection log.
 */
export const PUBLIC_STATUSES = ['open', 'threshold_reached', 'routed', 'adopted', 'merged', 'referred', 'declined', 'expired', 'duplicate'] as const satisfies readonly ProposalStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PROPOSAL_SORTS = ['newest', 'most_cosigned', 'ending_soon'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export interface PublicProposalSummary {
  id: string;
  title: string;
  status: PublicStatus;
  areaCode: string;
  cosignCount: number;
  threshold: number;
  publishedAt: string | null;
  cosignDeadline: string | null;
  thresholdReachedAt: string | null;
  /** Development demo data (【示範】), for a badge; always false on a real deployment. */
  isDemo: boolean;
}

export interface TimelineEntry {
  action: string;
  at: string;
  /** Public reason (a moderator's public note, a decision's rationale); never who acted. */
  reason: string | null;
}

export interface PublicProposalDetail extends PublicProposalSummary {
  background: string;
  proposal: string;
  expectedBenefits: string;
  suggestedAgencyIds: string[];
  links: string[];
  duplicateOfId: string | null;
  agencyResponseDueAt: string | null;
  decision: { outcome: string; rationale: string | null; decidedAt: string } | null;
  timeline: TimelineEntry[];
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
