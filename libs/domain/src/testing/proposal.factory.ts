/**
 * Test factory: builds a proposal in any status by replaying the real transitions, so a
 * test can never start from a state the aggregate could not reach. Not exported from the
 * library's index; spec files import it directly.
 */
import type { Result } from '../shared/result';
import type { PersonRef } from '../shared/verification-tier';
import { participationRules, type ParticipationRules } from '../participation/participation-rules';
import {
  createProposalDraft,
  markProposalDuplicate,
  publishProposal,
  rejectProposal,
  submitProposal,
  withdrawProposal,
} from '../proposal/proposal.aggregate';
import { closeCosigning, expireProposal, recordCosign } from '../proposal/proposal-cosigning.aggregate';
import { decideProposal, routeProposal } from '../proposal/proposal-decision.aggregate';
import type { Proposal, ProposalContent, ProposalStatus } from '../proposal/proposal.state';
import type { ProposalTransition } from '../proposal/proposal.transitions';

const HOUR_MS = 60 * 60 * 1000;

/** Monday 2024-03-04 10:00 in Taipei. */
export const T0 = new Date('2024-03-04T02:00:00Z');
export const at = (hoursAfterT0: number): Date => new Date(T0.getTime() + hoursAfterT0 * HOUR_MS);

export const PROPOSER: PersonRef = { id: 'proposer-1', verificationTier: 'phone' };
export const MODERATOR_ID = 'moderator-1';
export const DECIDER_ID = 'convener-1';
export const PROPOSAL_ID = 'proposal-1';

/** Small threshold so that tests read easily; everything else is the platform default. */
export const testRules = (overrides: Partial<ParticipationRules> = {}): ParticipationRules =>
  participationRules({ threshold: 10, ...overrides });

export const completeContent: ProposalContent = {
  title: '公開各機關會議紀錄',
  background: '目前會議紀錄散落各處。',
  proposal: '建立統一平台公開會議紀錄。',
  expectedBenefits: '提升透明度。',
  areaCode: 'open-data',
  suggestedAgencyIds: ['agency-ndc'],
  links: ['https://example.gov.tw/minutes'],
};

export const unwrap = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};

export const unwrapErr = <T, E>(result: Result<T, E>): E => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

const step = (result: Result<ProposalTransition, unknown>): Proposal => unwrap(result).proposal;

const draft = (content: ProposalContent): Proposal =>
  step(createProposalDraft({ id: PROPOSAL_ID, cycleId: 'cycle-1', proposerId: PROPOSER.id, content }, T0));

const inReview = (rules: ParticipationRules, content: ProposalContent): Proposal =>
  step(submitProposal(draft(content), { proposer: PROPOSER }, rules, at(1)));

const open = (rules: ParticipationRules, content: ProposalContent): Proposal =>
  step(publishProposal(inReview(rules, content), { moderatorId: MODERATOR_ID }, rules, at(24)));

const thresholdReached = (rules: ParticipationRules, content: ProposalContent): Proposal =>
  step(recordCosign(open(rules, content), { newCount: rules.threshold }, rules, at(48)));

const routed = (rules: ParticipationRules, content: ProposalContent): Proposal =>
  step(routeProposal(thresholdReached(rules, content), { actorId: null }, rules, at(49)));

/** A proposal in `status`, reached through the real transitions. */
export const proposalIn = (
  status: ProposalStatus,
  options: { readonly rules?: ParticipationRules; readonly content?: ProposalContent } = {},
): Proposal => {
  const rules = options.rules ?? testRules();
  const content = options.content ?? completeContent;
  const decide = (decision: Parameters<typeof decideProposal>[1]['decision']): Proposal =>
    step(decideProposal(routed(rules, content), { deciderId: DECIDER_ID, decision }, at(72)));
  switch (status) {
    case 'draft':
      return draft(content);
    case 'in_review':
      return inReview(rules, content);
    case 'open':
      return open(rules, content);
    case 'threshold_reached':
      return thresholdReached(rules, content);
    case 'routed':
      return routed(rules, content);
    case 'adopted':
      return decide({ outcome: 'adopt' });
    case 'merged':
      return decide({ outcome: 'merge', targetCommitmentId: 'commitment-7' });
    case 'referred':
      return decide({ outcome: 'refer' });
    case 'declined':
      return decide({ outcome: 'decline', rationale: '已有類似政策推動中' });
    case 'rejected':
      return step(rejectProposal(inReview(rules, content), { moderatorId: MODERATOR_ID, code: 'unclear' }, at(2)));
    case 'duplicate':
      return step(
        markProposalDuplicate(inReview(rules, content), { moderatorId: MODERATOR_ID, duplicateOfId: 'proposal-0' }, at(2)),
      );
    case 'withdrawn':
      return step(withdrawProposal(draft(content), { proposerId: PROPOSER.id }, at(1)));
    case 'expired': {
      const published = open(rules, content);
      return step(expireProposal(published, rules, published.cosignDeadline ?? at(0)));
    }
  }
};

/** A threshold_reached proposal whose co-signing has been closed at window end. */
export const closedThresholdReached = (rules: ParticipationRules = testRules()): Proposal => {
  const reached = proposalIn('threshold_reached', { rules });
  return step(closeCosigning(reached, reached.cosignDeadline ?? at(0)));
};
