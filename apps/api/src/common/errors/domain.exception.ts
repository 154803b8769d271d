import { HttpException } from '@nestjs/common';
import type { DomainError, LocalizedText, PolicyDecision, ProposalFieldError } from '@open-proposals/domain';
import { DENIAL_CATALOG, DOMAIN_ERROR_CATALOG, type DomainErrorCode } from './domain-error-catalog';

/** A domain refusal carried to the exception filter: blackouts bring their period, drafts their field errors. */
export type RaisedDomainError = DomainError<DomainErrorCode> & {
  readonly fieldErrors?: readonly ProposalFieldError[];
  readonly period?: { readonly startsAt: Date; readonly endsAt: Date; readonly reason: LocalizedText };
};

export class DomainException extends HttpException {
  constructor(readonly error: RaisedDomainError) {
    super(error.code, DOMAIN_ERROR_CATALOG[error.code].status);
  }
}

/** The permission policy said no: 401 when nobody is signed in, 403 otherwise. */
export class PolicyDeniedException extends HttpException {
  constructor(readonly decision: Extract<PolicyDecision, { allowed: false }>) {
    super(decision.reason, DENIAL_CATALOG[decision.reason].status);
  }
}

/** Unwraps a domain Result or throws its error for the filter to answer. */
export const orThrow = <T>(result: { ok: true; value: T } | { ok: false; error: RaisedDomainError }): T => {
  if (!result.ok) throw new DomainException(result.error);
  return result.value;
};

/** Throws unless the policy allows. */
export const assertAllowed = (decision: PolicyDecision): void => {
  if (!decision.allowed) throw new PolicyDeniedException(decision);
};
