import type { DomainError } from '../shared/domain-error';

/** Refusals about commitments; each maps to an HTTP status and a message in domain-error-catalog.ts. */
export type CommitmentErrorCode =
  | 'commitment.title_required'
  | 'commitment.unknown_area'
  | 'commitment.unknown_origin'
  | 'commitment.invalid_code'
  | 'commitment.proposal_required'
  | 'commitment.invalid_due_date'
  | 'commitment.unknown_milestone_status'
  | 'commitment.invalid_evidence_url'
  | 'commitment.invalid_quarter'
  | 'commitment.text_required'
  | 'commitment.unknown_completion'
  | 'commitment.quarter_reported'
  | 'commitment.invalid_assessment'
  | 'commitment.tracking_closed'
  | 'commitment.closure_reason_required';

export type CommitmentError = DomainError<CommitmentErrorCode>;
