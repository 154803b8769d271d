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

/** The human reason an event carries, if any: it is what the public timeline quotes. */
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
