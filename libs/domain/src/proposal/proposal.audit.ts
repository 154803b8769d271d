import { toJsonValue, type AuditEntry, type JsonValue } from '../shared/audit-entry';
import type { ProposalEvent, ProposalEventType } from './proposal.events';
import type { Proposal } from './proposal.state';
import type { ProposalTransition } from './proposal.transitions';

/** The verb each event is recorded under; a public timeline groups entries by it. */
export const PROPOSAL_AUDIT_ACTIONS: Readonly<Record<ProposalEventType, string>> = {
  ProposalDraftCreated: 'proposal.create',
  ProposalDraftEdited: 'proposal.edit',
  ProposalSubmitted: 'proposal.submit',
  ProposalReturned: 'proposal.return',
  ProposalPublished: 'proposal.publish',
  ProposalRejected: 'proposal.reject',
  ProposalMarkedDuplicate: 'proposal.mark_duplicate',
  ProposalWithdrawn: 'proposal.withdraw',
  ProposalThresholdReached: 'proposal.reach_threshold',
  ProposalExpired: 'proposal.expire',
  ProposalCosigningClosed: 'proposal.close_cosigning',
  ProposalRouted: 'proposal.route',
  ProposalDecided: 'proposal.decide',
};

/**
 * What a proposal's public page may show of its audit trail: the steps the public follows,
 * from submission to the agency's answer. Drafting, edits, withdrawals and the moderator's
 * return note stay between the proposer and the moderators (a return happens before the
 * proposal is public, and its note is written to the proposer, not to the public).
 */
export const PUBLIC_TIMELINE_ACTIONS = [
  'proposal.submit',
  'proposal.publish',
  'proposal.reach_threshold',
  'proposal.close_cosigning',
  'proposal.expire',
  'proposal.route',
  'proposal.decide',
  'proposal.mark_duplicate',
  'agency_response.submit',
  'agency_response.extend',
] as const;
export type PublicTimelineAction = (typeof PUBLIC_TIMELINE_ACTIONS)[number];

/** The entries whose reason is written for the public: the task force's rationale and an agency's reason for more time. */
export const PUBLIC_TIMELINE_REASONS: readonly PublicTimelineAction[] = ['proposal.decide', 'agency_response.extend'];

/** The human reason an event carries, if any: what the audit trail records as the reason. */
const reasonOf = (event: ProposalEvent): string | null => {
  switch (event.type) {
    case 'ProposalReturned':
      return event.note;
    case 'ProposalRejected':
      return event.note ?? event.reasonCode;
    case 'ProposalMarkedDuplicate':
      return `duplicate_of:${event.duplicateOfId}`;
    case 'ProposalDecided':
      return event.decision.rationale;
    case 'ProposalDraftCreated':
    case 'ProposalDraftEdited':
    case 'ProposalSubmitted':
    case 'ProposalPublished':
    case 'ProposalWithdrawn':
    case 'ProposalThresholdReached':
    case 'ProposalExpired':
    case 'ProposalCosigningClosed':
    case 'ProposalRouted':
      return null;
  }
};

/** A JSON-safe copy of the state (dates as ISO strings) for the audit's before/after columns. */
export const proposalSnapshot = (proposal: Proposal | null): JsonValue => toJsonValue(proposal);

/**
 * One audit entry per event of a transition. `before` is null when the proposal is created.
 * A co-sign below the threshold emits no proposal event and so no proposal entry: the
 * co-sign itself is recorded (anonymised) by the co-sign module.
 */
export const proposalAuditEntries = (before: Proposal | null, transition: ProposalTransition): AuditEntry[] =>
  transition.events.map((event) => ({
    actorId: event.actorId,
    action: PROPOSAL_AUDIT_ACTIONS[event.type],
    subjectType: 'proposal',
    subjectId: event.proposalId,
    before: proposalSnapshot(before),
    after: proposalSnapshot(transition.proposal),
    reason: reasonOf(event),
    occurredAt: event.occurredAt,
  }));
