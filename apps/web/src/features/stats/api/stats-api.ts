import type { LocalizedText, OgpCompletion } from '@open-proposals/domain';
import type { ApiClient } from '../../../shared/api/api-client';

export const MEDIAN_STAGES = ['review', 'cosigning', 'taskforce', 'agency_response'] as const;
export type MedianStage = (typeof MEDIAN_STAGES)[number];

export const COMPLETION_BUCKETS = ['no_evidence', 'not_started', 'limited', 'substantial', 'complete', 'unassessed'] as const satisfies readonly (OgpCompletion | 'unassessed')[];
export type CompletionBucket = (typeof COMPLETION_BUCKETS)[number];

/** GET /api/v1/stats, the contract agreed with the statistics endpoint (built on another branch). */
export interface PlatformStats {
  readonly generatedAt: string;
  readonly proposalsByStage: readonly { readonly stage: string; readonly count: number }[];
  readonly proposalsByArea: readonly { readonly areaCode: string; readonly title: LocalizedText; readonly count: number }[];
  readonly thresholdReach: { readonly published: number; readonly reached: number; readonly share: number | null };
  readonly medianDaysPerStage: readonly { readonly stage: MedianStage; readonly medianDays: number | null; readonly samples: number }[];
  readonly leadingCosignCurves: readonly CosignCurve[];
  readonly agencyOnTime: readonly AgencyOnTime[];
  readonly commitmentCompletionByArea: readonly {
    readonly areaCode: string;
    readonly title: LocalizedText;
    readonly total: number;
    readonly byCompletion: Readonly<Record<CompletionBucket, number>>;
  }[];
}

export interface CosignCurve {
  readonly proposalId: string;
  readonly title: string;
  readonly threshold: number;
  readonly points: readonly { readonly day: string; readonly cumulative: number }[];
}

export interface AgencyOnTime {
  readonly agencyId: string;
  readonly code: string;
  readonly name: LocalizedText;
  readonly due: number;
  readonly onTime: number;
  readonly late: number;
  readonly onTimeRate: number | null;
  readonly medianDaysToRespond: number | null;
}

export const statsKeys = { all: ['stats'] as const };

export const fetchStats = (client: ApiClient, signal?: AbortSignal) => client.get<PlatformStats>('/api/v1/stats', { signal });
