import type { AuditEntry } from '../shared/audit-entry';
import { err, ok, type Result } from '../shared/result';
import type { DomainError } from '../shared/domain-error';
import type { Proposal } from '../proposal/proposal.state';

/**
 * Why a moderator invalidated co-signs; public (the log shows the code in both languages).
 * `disposable_domain` is the only reason whose log line names the email domain: a throwaway
 * mail service is not personal data and naming it warns the public, while any other domain
 * (a company's, a school's) could point at a small group of identifiable people.
 */
export const INVALIDATION_REASONS = ['disposable_domain', 'automated_signups', 'duplicate_identities', 'other'] as const;
export type InvalidationReason = (typeof INVALIDATION_REASONS)[number];

export const isInvalidationReason = (value: unknown): value is InvalidationReason =>
  typeof value === 'string' && (INVALIDATION_REASONS as readonly string[]).includes(value);

export const INVALIDATION_NOTE_MAX_LENGTH = 500;

/**
 * Which co-signs of one proposal to invalidate. Every given part must match (AND); at least
 * one of domain, IP-prefix hash or a complete time range is needed, so a moderator can never
 * invalidate a whole proposal by omission.
 */
export interface InvalidationCriterion {
  /** Lower-case email domain, e.g. `mailinator.com`. */
  readonly emailDomain: string | null;
  /** The keyed hash of an IP /24 (v4) or /48 (v6), as an alert shows it. */
  readonly ipPrefixHash: string | null;
  /** Inclusive start. */
  readonly from: Date | null;
  /** Exclusive end. */
  readonly to: Date | null;
}

export type InvalidationErrorCode =
  | 'invalidation.criterion_required'
  | 'invalidation.time_range_incomplete'
  | 'invalidation.time_range_inverted'
  | 'invalidation.note_required'
  | 'invalidation.nothing_matched'
  | 'cosign.invalidated';

export type InvalidationError = DomainError<InvalidationErrorCode>;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const HASH = /^[0-9a-f]{32}$/;

export const isEmailDomain = (value: string): boolean => DOMAIN.test(value);
export const isIpPrefixHash = (value: string): boolean => HASH.test(value);

/** The criterion as a moderator sent it, normalised; refuses one that would match too much or nothing sensible. */
export const validateInvalidationCriterion = (input: {
  readonly emailDomain?: string | null;
  readonly ipPrefixHash?: string | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
}): Result<InvalidationCriterion, InvalidationError> => {
  const emailDomain = input.emailDomain?.trim().toLowerCase() || null;
  const ipPrefixHash = input.ipPrefixHash?.trim().toLowerCase() || null;
  const from = input.from ?? null;
  const to = input.to ?? null;
  if ((from === null) !== (to === null) && emailDomain === null && ipPrefixHash === null) {
    return err({ code: 'invalidation.time_range_incomplete' });
  }
  if (emailDomain === null && ipPrefixHash === null && from === null && to === null) return err({ code: 'invalidation.criterion_required' });
  if (from !== null && to !== null && from.getTime() >= to.getTime()) return err({ code: 'invalidation.time_range_inverted' });
  return ok({ emailDomain, ipPrefixHash, from, to });
};

/** Every reason needs a public note: the log must say what happened, not only a code. */
export const validateInvalidationNote = (note: string | null | undefined): Result<string, InvalidationError> => {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? err({ code: 'invalidation.note_required' }) : ok(trimmed);
};

/** The email domain a public log line may show (see INVALIDATION_REASONS). */
export const publicDomainOf = (reason: InvalidationReason, criterion: InvalidationCriterion): string | null =>
  reason === 'disposable_domain' ? criterion.emailDomain : null;

export interface InvalidationCounts {
  /** The official count just before (after folding in co-signs still pending in counter shards). */
  readonly before: number;
  readonly invalidated: number;
}

export interface InvalidationEffect {
  readonly countAfter: number;
  /**
   * The proposal had reached its threshold and now counts fewer co-signs than it. It stays
   * where it is: DOMAIN.md makes threshold_reached happen exactly once with no way back, and
   * what followed it (routing, an agency's due date, a task-force item) is not undone by a
   * count; the public log line says so instead.
   */
  readonly belowThresholdAfterReaching: boolean;
}

/** What invalidating `invalidated` co-signs does to a proposal; never changes its status. */
export const invalidationEffect = (proposal: Pick<Proposal, 'thresholdReachedAt'>, counts: InvalidationCounts, threshold: number): InvalidationEffect => {
  const countAfter = counts.before - counts.invalidated;
  return { countAfter, belowThresholdAfterReaching: proposal.thresholdReachedAt !== null && countAfter < threshold };
};

/** The audit line of a bulk invalidation: no identities, only the criterion and the figures. */
export const invalidationAuditEntry = (input: {
  readonly actorId: string;
  readonly proposalId: string;
  readonly invalidationId: string;
  readonly reason: InvalidationReason;
  readonly note: string;
  readonly criterion: InvalidationCriterion;
  readonly counts: InvalidationCounts;
  readonly effect: InvalidationEffect;
  readonly at: Date;
}): AuditEntry => ({
  actorId: input.actorId,
  action: 'proposal.invalidate_cosigns',
  subjectType: 'proposal',
  subjectId: input.proposalId,
  before: { cosignCount: input.counts.before },
  after: {
    cosignCount: input.effect.countAfter,
    invalidated: input.counts.invalidated,
    invalidationId: input.invalidationId,
    belowThresholdAfterReaching: input.effect.belowThresholdAfterReaching,
    criterion: {
      emailDomain: input.criterion.emailDomain,
      ipPrefixHash: input.criterion.ipPrefixHash,
      from: input.criterion.from?.toISOString() ?? null,
      to: input.criterion.to?.toISOString() ?? null,
    },
  },
  reason: `${input.reason}: ${input.note}`,
  occurredAt: input.at,
});
