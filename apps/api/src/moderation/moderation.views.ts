import type { Proposal, ProposalRejection, ReviewClock } from '@open-proposals/domain';
import type { ModerationOutcome, QueuedProposal, RejectionView, ReviewClockView } from './moderation.responses';
import { REJECT_REASON_LABELS } from './reject-reason-labels';

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export const toRejectionView = (rejection: ProposalRejection): RejectionView => ({
  code: rejection.code,
  label: REJECT_REASON_LABELS[rejection.code],
  note: rejection.note,
  duplicateOfId: rejection.duplicateOfId,
  rejectedAt: rejection.rejectedAt.toISOString(),
});

export const toClockView = (clock: ReviewClock | null): ReviewClockView | null =>
  clock === null ? null : { submittedAt: clock.submittedAt.toISOString(), dueAt: clock.dueAt.toISOString(), overdue: clock.overdue };

/** The moderator sees the content under review, but not who wrote it: review the text, not the person. */
export const toQueuedProposal = (proposal: Proposal, clock: ReviewClock | null): QueuedProposal => ({
  id: proposal.id,
  clock: toClockView(clock),
  content: {
    title: proposal.content.title,
    background: proposal.content.background,
    proposal: proposal.content.proposal,
    expectedBenefits: proposal.content.expectedBenefits,
    areaCode: proposal.content.areaCode,
    suggestedAgencyIds: [...proposal.content.suggestedAgencyIds],
    links: [...proposal.content.links],
  },
});

export const toModerationOutcome = (proposal: Proposal): ModerationOutcome => ({
  id: proposal.id,
  status: proposal.status,
  publishedAt: iso(proposal.publishedAt),
  cosignDeadline: iso(proposal.cosignDeadline),
  returnNote: proposal.returnNote,
  rejection: proposal.rejection === null ? null : toRejectionView(proposal.rejection),
  duplicateOfId: proposal.duplicateOfId,
});
