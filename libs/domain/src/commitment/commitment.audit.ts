import { toJsonValue, type AuditEntry } from '../shared/audit-entry';
import type { CommitmentEvent } from './commitment.events';
import type { CommitmentTransition } from './commitment.aggregate';
import type { Commitment } from './commitment.state';

const ACTIONS: Readonly<Record<CommitmentEvent['type'], string>> = {
  CommitmentCreated: 'commitment.create',
  CommitmentMilestoneAdded: 'commitment.add_milestone',
  CommitmentProgressReported: 'commitment.report_progress',
  CommitmentAssessed: 'commitment.assess',
  CommitmentTrackingClosed: 'commitment.close_tracking',
};

/** One audit line per event, with the commitment before and after. */
export const commitmentAuditEntries = (before: Commitment | null, transition: CommitmentTransition): AuditEntry[] =>
  transition.events.map((event) => ({
    actorId: event.actorId,
    action: ACTIONS[event.type],
    subjectType: 'commitment',
    subjectId: event.commitmentId,
    before: toJsonValue(before),
    after: toJsonValue(transition.commitment),
    reason: event.type === 'CommitmentAssessed' ? event.kind : event.type === 'CommitmentTrackingClosed' ? event.reason : null,
    occurredAt: event.occurredAt,
  }));
