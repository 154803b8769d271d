import { err } from '../shared/result';
import { addDays } from '../shared/taipei-time';
import type { ParticipationRules } from '../participation/participation-rules';
import type { CommitmentCreationIntent } from './proposal.events';
import type { DecisionOutcome, Proposal, ProposalDecision, ProposalStatus } from './proposal.state';
import { guardTransition, transitioned, type ProposalResult } from './proposal.transitions';

export interface RouteProposalInput {
  /** null when the routing job runs on its own; a moderator id when one assigns agencies. */
  readonly actorId: string | null;
  /** Moderator-assigned agencies; when absent, the proposer's suggested agencies are asked. */
  readonly agencyIds?: readonly string[];
}

/**
 * threshold_reached → routed. The agency's answer is due a fixed number of days after the
 * threshold (not after routing), so a slow routing job cannot shorten the public clock.
 */
export const routeProposal = (
  proposal: Proposal,
  input: RouteProposalInput,
  rules: ParticipationRules,
  now: Date,
): ProposalResult => {
  const refused = guardTransition(proposal, 'route');
  if (refused) return err(refused);
  const assigned = (input.agencyIds ?? []).map((id) => id.trim()).filter((id) => id !== '');
  const agencyIds = [...new Set(assigned.length > 0 ? assigned : proposal.content.suggestedAgencyIds)];
  if (agencyIds.length === 0) return err({ code: 'proposal.no_agency' });
  const agencyResponseDueAt = addDays(proposal.thresholdReachedAt ?? now, rules.agencyResponseDays);
  return transitioned(
    { ...proposal, status: 'routed', routedAt: now, routedAgencyIds: agencyIds, agencyResponseDueAt, updatedAt: now },
    [
      {
        type: 'ProposalRouted',
        proposalId: proposal.id,
        occurredAt: now,
        actorId: input.actorId,
        agencyIds,
        agencyResponseDueAt,
      },
    ],
  );
};

/** What the task force decided about one routed proposal. */
export type ProposalDecisionInput =
  | { readonly outcome: 'adopt'; readonly rationale?: string }
  | { readonly outcome: 'merge'; readonly targetCommitmentId: string; readonly rationale?: string }
  | { readonly outcome: 'refer'; readonly rationale?: string }
  | { readonly outcome: 'decline'; readonly rationale: string };

export const statusForOutcome = (outcome: DecisionOutcome): ProposalStatus => {
  switch (outcome) {
    case 'adopt':
      return 'adopted';
    case 'merge':
      return 'merged';
    case 'refer':
      return 'referred';
    case 'decline':
      return 'declined';
  }
};

const trimmedOrNull = (text: string | undefined): string | null => {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

const commitmentIntentFor = (proposal: Proposal): CommitmentCreationIntent => ({
  sourceProposalId: proposal.id,
  origin: 'citizen_proposal',
  title: proposal.content.title,
  description: proposal.content.proposal,
  background: proposal.content.background,
  expectedBenefits: proposal.content.expectedBenefits,
  areaCode: proposal.content.areaCode,
  responsibleAgencyIds: proposal.routedAgencyIds,
});

/**
 * routed → adopted | merged | referred | declined. A decline must give public reasons;
 * a merge must name the commitment; an adoption asks for a new commitment via the event.
 */
export const decideProposal = (
  proposal: Proposal,
  input: { readonly deciderId: string; readonly decision: ProposalDecisionInput },
  now: Date,
): ProposalResult => {
  const refused = guardTransition(proposal, 'decide');
  if (refused) return err(refused);
  const { decision: asked } = input;
  const rationale = trimmedOrNull(asked.rationale);
  if (asked.outcome === 'decline' && rationale === null) return err({ code: 'proposal.rationale_required' });
  const targetCommitmentId = asked.outcome === 'merge' ? trimmedOrNull(asked.targetCommitmentId) : null;
  if (asked.outcome === 'merge' && targetCommitmentId === null) return err({ code: 'proposal.commitment_required' });
  const decision: ProposalDecision = {
    outcome: asked.outcome,
    rationale,
    targetCommitmentId,
    decidedBy: input.deciderId,
    decidedAt: now,
  };
  return transitioned({ ...proposal, status: statusForOutcome(asked.outcome), decision, updatedAt: now }, [
    {
      type: 'ProposalDecided',
      proposalId: proposal.id,
      occurredAt: now,
      actorId: input.deciderId,
      decision,
      commitmentIntent: asked.outcome === 'adopt' ? commitmentIntentFor(proposal) : null,
    },
  ]);
};
