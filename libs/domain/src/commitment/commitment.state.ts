import type { LocalizedText } from '../shared/localized-text';

/** Where a commitment came from (DOMAIN.md): the first plan had 12 from government, 6 from citizens, 1 from a civil member. */
export const COMMITMENT_ORIGINS = ['government', 'citizen_proposal', 'civil_member', 'unknown'] as const;
export type CommitmentOrigin = (typeof COMMITMENT_ORIGINS)[number];

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'delayed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** OGP's "completion" scale, used by the self-assessment, the IRM and each quarterly update. */
export const OGP_COMPLETIONS = ['no_evidence', 'not_started', 'limited', 'substantial', 'complete'] as const;
export type OgpCompletion = (typeof OGP_COMPLETIONS)[number];

export const OGP_POTENTIAL_RESULTS = ['unclear', 'modest', 'substantial'] as const;
export type OgpPotentialResults = (typeof OGP_POTENTIAL_RESULTS)[number];

export const OGP_OPEN_GOVERNMENT = ['worsened', 'did_not_change', 'marginal', 'major', 'outstanding'] as const;
export type OgpOpenGovernment = (typeof OGP_OPEN_GOVERNMENT)[number];

export const OGP_VERIFIABLE = ['yes', 'no'] as const;
export type OgpVerifiable = (typeof OGP_VERIFIABLE)[number];

export const COMMITMENT_TRACKING = ['open', 'closed'] as const;
export type CommitmentTracking = (typeof COMMITMENT_TRACKING)[number];

/** The self-assessment is the agency's (自主評估); the IRM's is by independent experts. */
export const ASSESSMENT_KINDS = ['self', 'irm'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** A quarter of a year as OGP reports it, e.g. 2025-Q3. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;
const QUARTER = /^\d{4}-Q[1-4]$/;
export const isQuarter = (value: string): value is Quarter => QUARTER.test(value);

/** A calendar day (YYYY-MM-DD): milestones are due on a day, not at an instant. */
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isCalendarDay = (value: string): boolean => {
  const match = DAY.exec(value);
  if (match === null) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === value;
};

export interface Milestone {
  readonly id: string;
  readonly title: LocalizedText;
  readonly dueOn: string;
  readonly status: MilestoneStatus;
  readonly evidenceUrl: string | null;
}

export interface ProgressUpdate {
  readonly id: string;
  readonly quarter: Quarter;
  readonly text: LocalizedText;
  readonly completion: OgpCompletion;
  readonly reportedBy: string;
  readonly reportedAt: Date;
}

export interface OgpAssessment {
  readonly completion: OgpCompletion;
  readonly potentialResults: OgpPotentialResults;
  readonly didItOpenGovernment: OgpOpenGovernment;
  readonly verifiable: OgpVerifiable;
  readonly note: string | null;
  readonly assessedBy: string;
  readonly assessedAt: Date;
}

/**
 * A commitment's number in its published plan, e.g. nap-1-2.3 (plan nap-1, area 2, item 3).
 * Commitments adopted after publication have none: the plan never numbered them.
 */
const COMMITMENT_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d+\.\d+$/;
export const isCommitmentCode = (value: string): boolean => COMMITMENT_CODE.test(value);

export interface Commitment {
  readonly id: string;
  readonly planCode: string;
  readonly code: string | null;
  readonly areaCode: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly origin: CommitmentOrigin;
  /** Set exactly when the origin is citizen_proposal. */
  readonly sourceProposalId: string | null;
  readonly responsibleAgencyIds: readonly string[];
  readonly milestones: readonly Milestone[];
  readonly progress: readonly ProgressUpdate[];
  readonly selfAssessment: OgpAssessment | null;
  readonly irmAssessment: OgpAssessment | null;
  readonly tracking: CommitmentTracking;
  /** When and why the task force closed tracking (解除列管); both null while it is tracked. */
  readonly trackingClosedAt: Date | null;
  readonly trackingClosedReason: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
