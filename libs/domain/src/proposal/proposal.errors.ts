import type { DomainError } from '../shared/domain-error';
import type { BlackoutPeriod } from '../participation/participation-rules';
import type { ProposalField, ProposalStatus } from './proposal.state';
import type { ProposalAction } from './proposal.transitions';

export type ProposalFieldErrorCode = 'required' | 'too_long' | 'too_many' | 'invalid_url' | 'duplicate' | 'unknown_area';

/** One problem with one field of a draft, so the form can mark the field. */
export interface ProposalFieldError {
  readonly field: ProposalField;
  readonly code: ProposalFieldErrorCode;
  /** The limit that was exceeded (too_long, too_many). */
  readonly max?: number;
  /** Position in a list field (links, suggestedAgencyIds). */
  readonly index?: number;
}

export interface ProposalInvalidTransitionError extends DomainError<'proposal.invalid_transition'> {
  readonly details: { readonly from: ProposalStatus; readonly action: ProposalAction };
}

export interface ProposalInvalidDraftError extends DomainError<'proposal.invalid_draft'> {
  readonly fieldErrors: readonly ProposalFieldError[];
}

export interface ProposalBlackoutError extends DomainError<'proposal.blackout'> {
  /** Carried whole, because the UI must show the localised reason for the pause. */
  readonly period: BlackoutPeriod;
}

/** Refusals that need no data beyond their code and simple details. */
export type SimpleProposalErrorCode =
  | 'proposal.not_proposer'
  | 'proposal.not_phone_verified'
  | 'proposal.note_required'
  | 'proposal.unknown_reject_reason'
  | 'proposal.duplicate_of_required'
  | 'proposal.duplicate_of_self'
  | 'proposal.invalid_cosign_count'
  | 'proposal.cosign_window_closed'
  | 'proposal.cosigning_closed'
  | 'proposal.window_not_closed'
  | 'proposal.threshold_met'
  | 'proposal.no_agency'
  | 'proposal.rationale_required'
  | 'proposal.commitment_required';

export type ProposalError =
  | ProposalInvalidTransitionError
  | ProposalInvalidDraftError
  | ProposalBlackoutError
  | DomainError<SimpleProposalErrorCode>;

export type ProposalErrorCode = ProposalError['code'];

export const invalidTransition = (from: ProposalStatus, action: ProposalAction): ProposalInvalidTransitionError => ({
  code: 'proposal.invalid_transition',
  details: { from, action },
});

export const invalidDraft = (fieldErrors: readonly ProposalFieldError[]): ProposalInvalidDraftError => ({
  code: 'proposal.invalid_draft',
  fieldErrors,
});

export const blackoutError = (period: BlackoutPeriod): ProposalBlackoutError => ({
  code: 'proposal.blackout',
  details: { startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString() },
  period,
});
