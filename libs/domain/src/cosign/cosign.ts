import { err, ok, type Result } from '../shared/result';
import type { DomainError } from '../shared/domain-error';
import type { PersonRef, VerificationTier } from '../shared/verification-tier';
import type { ParticipationRules } from '../participation/participation-rules';
import { textLength } from '../proposal/proposal-content.validator';
import type { Proposal } from '../proposal/proposal.state';
import { canCosign, type CosignEligibilityError } from './cosign-eligibility';

export const COSIGN_COMMENT_MAX_LENGTH = 200;

export type CosignCommentError = DomainError<'cosign.comment_too_long'>;

/** An optional short public comment; blank means none. Shown without the co-signer's name. */
export const validateCosignComment = (comment: string | null | undefined): Result<string | null, CosignCommentError> => {
  const trimmed = (comment ?? '').trim();
  if (trimmed === '') return ok(null);
  if (textLength(trimmed) > COSIGN_COMMENT_MAX_LENGTH) {
    return err({ code: 'cosign.comment_too_long', details: { max: COSIGN_COMMENT_MAX_LENGTH } });
  }
  return ok(trimmed);
};

/**
 * One co-sign. The tier is kept (public counts per tier); the co-signer's identity is
 * private and never leaves the API.
 */
export interface Cosign {
  readonly id: string;
  readonly proposalId: string;
  readonly cosignerId: string;
  readonly verificationTier: VerificationTier;
  readonly comment: string | null;
  readonly createdAt: Date;
}

export type CosignError = CosignEligibilityError | CosignCommentError;

/**
 * One co-sign per person per proposal is held by two unique keys: the account's, and a keyed hash
 * of the verified phone number that stays on the co-sign when the account is erased. A person who
 * deletes their account and verifies the same number on a new one is refused with this code; the
 * number co-signed already.
 */
export type CosignUniquenessError = DomainError<'cosign.phone_already_used'>;

/**
 * Builds the co-sign to store once eligibility and the comment are checked. The caller then
 * stores it under the (proposal, person) unique key and passes the new count to recordCosign.
 */
export const createCosign = (
  input: { readonly id: string; readonly proposal: Proposal; readonly person: PersonRef; readonly comment?: string | null },
  rules: ParticipationRules,
  now: Date,
): Result<Cosign, CosignError> => {
  const eligible = canCosign(input.proposal, rules, now, input.person);
  if (!eligible.ok) return eligible;
  const comment = validateCosignComment(input.comment);
  if (!comment.ok) return comment;
  return ok({
    id: input.id,
    proposalId: input.proposal.id,
    cosignerId: input.person.id,
    verificationTier: input.person.verificationTier,
    comment: comment.value,
    createdAt: now,
  });
};
