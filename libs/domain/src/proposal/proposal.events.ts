import type { ProposalContent, ProposalDecision, ProposalField, RejectReasonCode } from './proposal.state';

interface ProposalEventBase<T extends string> {
  readonly type: T;
  readonly proposalId: string;
  readonly occurredAt: Date;
  /** null when a background job, not a person, caused the change (expiry, closing, routing). */
  readonly actorId: string | null;
}

export interface ProposalDraftCreated extends ProposalEventBase<'ProposalDraftCreated'> {
  readonly proposerId: string;
  readonly cycleId: string;
}
export interface ProposalDraftEdited extends ProposalEventBase<'ProposalDraftEdited'> {
  readonly changedFields: readonly ProposalField[];
}
export interface ProposalSubmitted extends ProposalEventBase<'ProposalSubmitted'> {
  readonly proposerId: string;
}
export interface ProposalReturned extends ProposalEventBase<'ProposalReturned'> {
  readonly note: string;
}
export interface ProposalPublished extends ProposalEventBase<'ProposalPublished'> {
  readonly publishedAt: Date;
  readonly cosignDeadline: Date;
  readonly threshold: number;
}
export interface ProposalRejected extends ProposalEventBase<'ProposalRejected'> {
  readonly reasonCode: RejectReasonCode;
  readonly note: string | null;
  readonly duplicateOfId: string | null;
}
export interface ProposalMarkedDuplicate extends ProposalEventBase<'ProposalMarkedDuplicate'> {
  readonly duplicateOfId: string;
}
export type ProposalWithdrawn = ProposalEventBase<'ProposalWithdrawn'>;
export interface ProposalThresholdReached extends ProposalEventBase<'ProposalThresholdReached'> {
  readonly cosignCount: number;
  readonly threshold: number;
}
export interface ProposalExpired extends ProposalEventBase<'ProposalExpired'> {
  readonly cosignCount: number;
  readonly threshold: number;
}
export interface ProposalCosigningClosed extends ProposalEventBase<'ProposalCosigningClosed'> {
  readonly cosignCount: number;
}
export interface ProposalRouted extends ProposalEventBase<'ProposalRouted'> {
  readonly agencyIds: readonly string[];
  readonly agencyResponseDueAt: Date;
}

/**
 * What adopting a proposal asks the commitment module to create. The domain only states
 * the intent; the service creates the commitment in the same transaction and links it.
 */
export interface CommitmentCreationIntent {
  readonly sourceProposalId: string;
  readonly origin: 'citizen_proposal';
  readonly title: string;
  readonly description: string;
  readonly background: string;
  readonly expectedBenefits: string;
  readonly areaCode: ProposalContent['areaCode'];
  readonly responsibleAgencyIds: readonly string[];
}

export interface ProposalDecided extends ProposalEventBase<'ProposalDecided'> {
  readonly decision: ProposalDecision;
  /** Present only when the outcome is adopt. */
  readonly commitmentIntent: CommitmentCreationIntent | null;
}

export type ProposalEvent =
  | ProposalDraftCreated
  | ProposalDraftEdited
  | ProposalSubmitted
  | ProposalReturned
  | ProposalPublished
  | ProposalRejected
  | ProposalMarkedDuplicate
  | ProposalWithdrawn
  | ProposalThresholdReached
  | ProposalExpired
  | ProposalCosigningClosed
  | ProposalRouted
  | ProposalDecided;

export type ProposalEventType = ProposalEvent['type'];
