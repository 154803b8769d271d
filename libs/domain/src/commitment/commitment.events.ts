import type { AssessmentKind, CommitmentOrigin, Milestone, OgpAssessment, ProgressUpdate } from './commitment.state';

interface CommitmentEventBase {
  readonly commitmentId: string;
  readonly occurredAt: Date;
  readonly actorId: string | null;
}

export interface CommitmentCreated extends CommitmentEventBase {
  readonly type: 'CommitmentCreated';
  readonly origin: CommitmentOrigin;
  readonly sourceProposalId: string | null;
  readonly areaCode: string;
}

export interface CommitmentMilestoneAdded extends CommitmentEventBase {
  readonly type: 'CommitmentMilestoneAdded';
  readonly milestone: Milestone;
}

export interface CommitmentProgressReported extends CommitmentEventBase {
  readonly type: 'CommitmentProgressReported';
  readonly update: ProgressUpdate;
}

export interface CommitmentAssessed extends CommitmentEventBase {
  readonly type: 'CommitmentAssessed';
  readonly kind: AssessmentKind;
  readonly assessment: OgpAssessment;
}

/** The task force closed tracking (解除列管), with its public reason; the record is frozen from then on. */
export interface CommitmentTrackingClosed extends CommitmentEventBase {
  readonly type: 'CommitmentTrackingClosed';
  readonly reason: string;
}

export type CommitmentEvent = CommitmentCreated | CommitmentMilestoneAdded | CommitmentProgressReported | CommitmentAssessed | CommitmentTrackingClosed;
