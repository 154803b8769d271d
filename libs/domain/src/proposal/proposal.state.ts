/**
 * The state of one proposal. It is a plain immutable record so that mappers can persist
 * it field by field; only the transition functions of this folder produce a new one, so
 * services never set `status` by hand.
 */
export const PROPOSAL_STATUSES = [
  'draft',
  'in_review',
  'open',
  'threshold_reached',
  'routed',
  'adopted',
  'merged',
  'referred',
  'declined',
  'rejected',
  'duplicate',
  'withdrawn',
  'expired',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const isProposalStatus = (value: unknown): value is ProposalStatus =>
  typeof value === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(value);

/** The area code for proposals that fit none of the plan's areas. */
export const GENERAL_AREA = 'general';

/** What the proposer writes. Text fields are Markdown, rendered sanitised at the edge. */
export interface ProposalContent {
  readonly title: string;
  /** 現況說明 */
  readonly background: string;
  /** 具體建議 */
  readonly proposal: string;
  /** 預期效益 */
  readonly expectedBenefits: string;
  /** One of the plan's area codes, or GENERAL_AREA. */
  readonly areaCode: string;
  readonly suggestedAgencyIds: readonly string[];
  readonly links: readonly string[];
}

export type ProposalField = keyof ProposalContent;

export const EMPTY_PROPOSAL_CONTENT: ProposalContent = {
  title: '',
  background: '',
  proposal: '',
  expectedBenefits: '',
  areaCode: GENERAL_AREA,
  suggestedAgencyIds: [],
  links: [],
};

export const REJECT_REASON_CODES = [
  'illegal',
  'infringes_rights',
  'discrimination_or_attack',
  'pending_litigation',
  'unclear',
  'personal_interest',
  'fictional',
  'commercial',
  'outside_executive_scope',
  'duplicate',
  'other',
] as const;
export type RejectReasonCode = (typeof REJECT_REASON_CODES)[number];

export const isRejectReasonCode = (value: unknown): value is RejectReasonCode =>
  typeof value === 'string' && (REJECT_REASON_CODES as readonly string[]).includes(value);

/** Public (it feeds the rejection log), so it holds no personal data and no moderator id. */
export interface ProposalRejection {
  readonly code: RejectReasonCode;
  readonly note: string | null;
  /** Set only for code 'duplicate': the original proposal. */
  readonly duplicateOfId: string | null;
  readonly rejectedAt: Date;
}

export type DecisionOutcome = 'adopt' | 'merge' | 'refer' | 'decline';

export interface ProposalDecision {
  readonly outcome: DecisionOutcome;
  /** Required (public) for decline; optional context otherwise. */
  readonly rationale: string | null;
  /** Set only for merge: the existing commitment it joins. */
  readonly targetCommitmentId: string | null;
  readonly decidedBy: string;
  readonly decidedAt: Date;
}

export interface Proposal {
  readonly id: string;
  /** The participation cycle whose rules (threshold, window, …) apply. */
  readonly cycleId: string;
  readonly proposerId: string;
  readonly status: ProposalStatus;
  readonly content: ProposalContent;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Latest submission; the review clock runs from here. */
  readonly submittedAt: Date | null;
  /** The moderator's note when the proposal was last returned to draft. */
  readonly returnNote: string | null;
  readonly publishedAt: Date | null;
  /** Exclusive end of co-signing: publishedAt + cosignWindowDays. */
  readonly cosignDeadline: Date | null;
  readonly cosignCount: number;
  readonly thresholdReachedAt: Date | null;
  /** Set when co-signing of a proposal that reached the threshold has been closed at window end. */
  readonly cosigningClosedAt: Date | null;
  readonly rejection: ProposalRejection | null;
  /** Set when marked duplicate: the original proposal. */
  readonly duplicateOfId: string | null;
  readonly withdrawnAt: Date | null;
  readonly expiredAt: Date | null;
  readonly routedAt: Date | null;
  readonly routedAgencyIds: readonly string[];
  readonly agencyResponseDueAt: Date | null;
  readonly decision: ProposalDecision | null;
}
