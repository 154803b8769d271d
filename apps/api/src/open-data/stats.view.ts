import type { LocalizedText, OgpCompletion } from '@open-proposals/domain';

/** The stage whose median duration is reported; each is defined in stats.repository.ts. */
export type TimedStage = 'review' | 'cosigning' | 'taskforce' | 'agency_response';

/** GET /api/v1/stats, the figures behind the public charts (the web charts page reads exactly this). */
export interface PlatformStats {
  generatedAt: string;
  proposalsByStage: { stage: string; count: number }[];
  proposalsByArea: { areaCode: string; title: LocalizedText; count: number }[];
  thresholdReach: { published: number; reached: number; share: number | null };
  medianDaysPerStage: { stage: TimedStage; medianDays: number | null; samples: number }[];
  leadingCosignCurves: { proposalId: string; title: string; threshold: number; points: { day: string; cumulative: number }[] }[];
  agencyOnTime: {
    agencyId: string;
    code: string;
    name: LocalizedText;
    due: number;
    onTime: number;
    late: number;
    onTimeRate: number | null;
    medianDaysToRespond: number | null;
  }[];
  commitmentCompletionByArea: { areaCode: string; title: LocalizedText; total: number; byCompletion: Record<OgpCompletion | 'unassessed', number> }[];
}
