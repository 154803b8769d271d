import { err, ok, type Result } from '../shared/result';
import type { DomainError } from '../shared/domain-error';
import { tierAtLeast, type PersonRef } from '../shared/verification-tier';
import type { BlackoutPeriod, ParticipationRules } from '../participation/participation-rules';
import { cosigningBlocker } from '../proposal/proposal-cosigning.aggregate';
import type { Proposal } from '../proposal/proposal.state';

export type CosignSimpleErrorCode =
  | 'cosign.proposal_not_open'
  | 'cosign.window_closed'
  | 'cosign.accumulation_closed'
  | 'cosign.tier_required'
  | 'cosign.own_proposal';

export interface CosignBlackoutError extends DomainError<'cosign.blackout'> {
  /** The UI must say why co-signing is paused, in both languages. */
  readonly period: BlackoutPeriod;
}

export type CosignEligibilityError = DomainError<CosignSimpleErrorCode> | CosignBlackoutError;

/**
 * Whether this person may co-sign this proposal now. The proposal-level checks are the
 * same ones recordCosign enforces (one source of truth); the person-level ones follow.
 * A repeated co-sign is not refused here: the unique key makes it return the existing one.
 */
export const canCosign = (
  proposal: Proposal,
  rules: ParticipationRules,
  now: Date,
  person: PersonRef,
): Result<true, CosignEligibilityError> => {
  const blocker = cosigningBlocker(proposal, rules, now);
  if (blocker) {
    switch (blocker.kind) {
      case 'status':
        return err({ code: 'cosign.proposal_not_open', details: { status: proposal.status } });
      case 'window_closed':
      case 'closed':
        return err({ code: 'cosign.window_closed' });
      case 'accumulation_off':
        return err({ code: 'cosign.accumulation_closed' });
      case 'blackout':
        return err({
          code: 'cosign.blackout',
          details: { startsAt: blocker.period.startsAt.toISOString(), endsAt: blocker.period.endsAt.toISOString() },
          period: blocker.period,
        });
    }
  }
  if (!tierAtLeast(person.verificationTier, 'phone')) {
    return err({ code: 'cosign.tier_required', details: { required: 'phone', actual: person.verificationTier } });
  }
  // The proposer's own submission is not a co-sign, so they cannot add one either.
  if (person.id === proposal.proposerId) return err({ code: 'cosign.own_proposal' });
  return ok(true);
};
