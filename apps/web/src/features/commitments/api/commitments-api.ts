import type {
  CommitmentOrigin,
  CommitmentTracking,
  LocalizedText,
  OriginSummary,
  MilestoneStatus,
  OgpCompletion,
  OgpOpenGovernment,
  OgpPotentialResults,
  OgpVerifiable,
} from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ActionPlanSummary } from '../../action-plans/api/action-plans-api';

/** How many commitments came from each origin, as the plan's document states it, and where it says so. */
export type PlanOriginSummary = OriginSummary;

/**
 * A plan as GET /api/v1/action-plans/:code answers it. `originSummary` is null for plans whose
 * document gives no breakdown; the page then counts the origins of the listed commitments.
 */
export type ActionPlanDetail = ActionPlanSummary;

/** One line of GET /api/v1/action-plans/:code/commitments. `code` (e.g. "1-1") is optional until the seed adds it. */
export interface CommitmentSummary {
  readonly id: string;
  readonly code?: string | null;
  readonly areaCode: string;
  readonly title: LocalizedText;
  readonly origin: CommitmentOrigin;
  readonly sourceProposalId: string | null;
  readonly tracking: CommitmentTracking;
  readonly milestoneCount: number;
  readonly milestonesDone: number;
}

export interface PlanCommitments {
  readonly planCode: string;
  readonly items: readonly CommitmentSummary[];
}

export interface LinkedProposal {
  readonly id: string;
  readonly title: string;
  readonly status: string;
}

export interface Milestone {
  readonly id: string;
  readonly title: LocalizedText;
  readonly dueOn: string;
  readonly status: MilestoneStatus;
  readonly evidenceUrl: string | null;
}

export interface ProgressUpdate {
  readonly id: string;
  readonly quarter: string;
  readonly text: LocalizedText;
  readonly completion: OgpCompletion;
  readonly reportedAt: string;
}

export interface Assessment {
  readonly completion: OgpCompletion;
  readonly potentialResults: OgpPotentialResults;
  readonly didItOpenGovernment: OgpOpenGovernment;
  readonly verifiable: OgpVerifiable;
  readonly note: string | null;
  readonly assessedAt: string;
}

/** GET /api/v1/commitments/:id (apps/api/src/commitments/commitment.response.ts). */
export interface CommitmentDetail {
  readonly id: string;
  readonly code?: string | null;
  readonly planCode: string;
  readonly areaCode: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly origin: CommitmentOrigin;
  readonly sourceProposal: LinkedProposal | null;
  readonly mergedProposals: readonly LinkedProposal[];
  readonly responsibleAgencyIds: readonly string[];
  readonly milestones: readonly Milestone[];
  readonly progress: readonly ProgressUpdate[];
  readonly selfAssessment: Assessment | null;
  readonly irmAssessment: Assessment | null;
  readonly tracking: CommitmentTracking;
}

export const commitmentKeys = {
  all: ['commitments'] as const,
  plan: (code: string) => [...commitmentKeys.all, 'plan', code] as const,
  ofPlan: (code: string) => [...commitmentKeys.all, 'of-plan', code] as const,
  detail: (id: string) => [...commitmentKeys.all, 'detail', id] as const,
};

const planPath = (code: string): string => `/api/v1/action-plans/${encodeURIComponent(code)}`;

export const fetchActionPlan = (client: ApiClient, code: string, signal?: AbortSignal) =>
  client.get<ActionPlanDetail>(planPath(code), { signal });

export const fetchPlanCommitments = (client: ApiClient, code: string, signal?: AbortSignal) =>
  client.get<PlanCommitments>(`${planPath(code)}/commitments`, { signal });

export const fetchCommitment = (client: ApiClient, id: string, signal?: AbortSignal) =>
  client.get<CommitmentDetail>(`/api/v1/commitments/${encodeURIComponent(id)}`, { signal });
