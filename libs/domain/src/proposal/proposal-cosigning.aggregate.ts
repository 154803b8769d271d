import { err } from '../shared/result';
import { activeBlackout, type BlackoutPeriod, type ParticipationRules } from '../participation/participation-rules';
import { blackoutError, invalidTransition } from './proposal.errors';
import type { Proposal, ProposalStatus } from './proposal.state';
import { guardTransition, transitioned, type ProposalResult } from './proposal.transitions';

/** The window is half-open: a co-sign at exactly the deadline is too late. */
export const isCosignWindowClosed = (proposal: Proposal, now: Date): boolean =>
  proposal.cosignDeadline !== null && now.getTime() >= proposal.cosignDeadline.getTime();

/** Why co-signing a proposal is impossible right now, whoever asks; shared by canCosign and recordCosign. */
export type CosigningBlocker =
  | { readonly kind: 'status' }
  | { readonly kind: 'window_closed'; readonly deadline: Date }
  | { readonly kind: 'closed' }
  | { readonly kind: 'accumulation_off' }
  | { readonly kind: 'blackout'; readonly period: BlackoutPeriod };

/**
 * Past the threshold a proposal keeps collecting co-signs through routing and the task force's
 * decision, until its window closes (DOMAIN.md: co-signs keep accumulating after the threshold
 * until the window closes), as UK petitions keep collecting after the government responds.
 */
export const COSIGNABLE_AFTER_THRESHOLD: readonly ProposalStatus[] = ['threshold_reached', 'routed', 'adopted', 'merged', 'referred', 'declined'];

/** Whether a proposal in this status may take co-signs at all (the window, the cycle's rules and blackouts decide the rest). */
export const collectsCosigns = (status: ProposalStatus): boolean => status === 'open' || COSIGNABLE_AFTER_THRESHOLD.includes(status);

export const cosigningBlocker = (proposal: Proposal, rules: ParticipationRules, now: Date): CosigningBlocker | null => {
  if (!collectsCosigns(proposal.status)) return { kind: 'status' };
  if (proposal.cosignDeadline === null || isCosignWindowClosed(proposal, now)) {
    return { kind: 'window_closed', deadline: proposal.cosignDeadline ?? now };
  }
  if (proposal.cosigningClosedAt !== null) return { kind: 'closed' };
  if (proposal.status !== 'open' && !rules.cosignsAccumulateAfterThreshold) return { kind: 'accumulation_off' };
  const period = activeBlackout(rules, now);
  return period ? { kind: 'blackout', period } : null;
};

/**
 * Whether the co-sign that brings the count to `newCount` is the one that reaches the
 * threshold. Only an open proposal can reach it, so once reached it is never reached again
 * (and a proposal left open above a threshold lowered mid-window moves at its next co-sign).
 */
export const reachesThreshold = (
  proposal: Pick<Proposal, 'status'>,
  newCount: number,
  rules: Pick<ParticipationRules, 'threshold'>,
): boolean => proposal.status === 'open' && newCount >= rules.threshold;

/**
 * Records the count after a co-sign was stored, inside the same transaction. The co-sign
 * that brings an open proposal to the threshold moves it to threshold_reached and emits
 * ProposalThresholdReached; since that move leaves `open`, it can happen only once.
 */
export const recordCosign = (
  proposal: Proposal,
  input: { readonly newCount: number },
  rules: ParticipationRules,
  now: Date,
): ProposalResult => {
  const refused = guardTransition(proposal, 'record_cosign');
  if (refused) return err(refused);
  const blocker = cosigningBlocker(proposal, rules, now);
  if (blocker) {
    switch (blocker.kind) {
      case 'status':
        // Unreachable after the guard above; kept so the switch names every blocker.
        return err(invalidTransition(proposal.status, 'record_cosign'));
      case 'window_closed':
        return err({ code: 'proposal.cosign_window_closed', details: { deadline: blocker.deadline.toISOString() } });
      case 'closed':
      case 'accumulation_off':
        return err({ code: 'proposal.cosigning_closed' });
      case 'blackout':
        return err(blackoutError(blocker.period));
    }
  }
  const { newCount } = input;
  // Counts only grow here: a repeated co-sign counts nothing, and invalidating fraudulent
  // co-signs (which lowers the count) is a moderation act, not a co-sign.
  if (!Number.isInteger(newCount) || newCount <= proposal.cosignCount) {
    return err({ code: 'proposal.invalid_cosign_count', details: { count: newCount, current: proposal.cosignCount } });
  }
  const counted: Proposal = { ...proposal, cosignCount: newCount, updatedAt: now };
  if (!reachesThreshold(proposal, newCount, rules)) {
    return transitioned(counted, []);
  }
  return transitioned({ ...counted, status: 'threshold_reached', thresholdReachedAt: now }, [
    {
      type: 'ProposalThresholdReached',
      proposalId: proposal.id,
      occurredAt: now,
      actorId: null,
      cosignCount: newCount,
      threshold: rules.threshold,
    },
  ]);
};

/** open → expired, run by a job once the window has closed below the threshold. */
export const expireProposal = (proposal: Proposal, rules: ParticipationRules, now: Date): ProposalResult => {
  const refused = guardTransition(proposal, 'expire');
  if (refused) return err(refused);
  if (!isCosignWindowClosed(proposal, now)) {
    return err({ code: 'proposal.window_not_closed', details: { deadline: proposal.cosignDeadline?.toISOString() ?? '' } });
  }
  // Reachable only if an admin lowered the threshold mid-window: such a proposal must not expire silently.
  if (proposal.cosignCount >= rules.threshold) {
    return err({ code: 'proposal.threshold_met', details: { count: proposal.cosignCount, threshold: rules.threshold } });
  }
  return transitioned({ ...proposal, status: 'expired', expiredAt: now, updatedAt: now }, [
    {
      type: 'ProposalExpired',
      proposalId: proposal.id,
      occurredAt: now,
      actorId: null,
      cosignCount: proposal.cosignCount,
      threshold: rules.threshold,
    },
  ]);
};

/**
 * At window end a proposal that reached the threshold stays threshold_reached; only its
 * co-signing closes, so the final count is fixed before the agency answers.
 */
export const closeCosigning = (proposal: Proposal, now: Date): ProposalResult => {
  const refused = guardTransition(proposal, 'close_cosigning');
  if (refused) return err(refused);
  if (!isCosignWindowClosed(proposal, now)) {
    return err({ code: 'proposal.window_not_closed', details: { deadline: proposal.cosignDeadline?.toISOString() ?? '' } });
  }
  if (proposal.cosigningClosedAt !== null) return err({ code: 'proposal.cosigning_closed' });
  return transitioned({ ...proposal, cosigningClosedAt: now, updatedAt: now }, [
    {
      type: 'ProposalCosigningClosed',
      proposalId: proposal.id,
      occurredAt: now,
      actorId: null,
      cosignCount: proposal.cosignCount,
    },
  ]);
};
