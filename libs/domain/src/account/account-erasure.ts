import type { ProposalStatus } from '../proposal/proposal.state';
import type { AuditEntry } from '../shared/audit-entry';

/**
 * Erasing an account (個人資料保護法 art. 11: personal data is deleted on the person's request
 * once its purpose ends). What others built on stays, without the person:
 * - published proposals stay (DOMAIN.md: after publication a proposal cannot be pulled, because
 *   others have co-signed it); their proposer becomes the erased account;
 * - drafts and submissions still in review are withdrawn, as the proposer could have done
 *   (DOMAIN.md: withdraw is allowed before publication), so no moderator reviews an orphan;
 * - co-signs stay and keep counting, but no longer name anyone;
 * - public comments stay, shown as by a deleted account.
 */
export const STATUSES_WITHDRAWN_ON_ERASURE = ['draft', 'in_review'] as const satisfies readonly ProposalStatus[];

export const isWithdrawnOnErasure = (status: ProposalStatus): boolean =>
  (STATUSES_WITHDRAWN_ON_ERASURE as readonly ProposalStatus[]).includes(status);

/** What the erasure did, in counts: the audit line of an erasure holds nothing about the person. */
export interface AccountErasureSummary {
  readonly cosignsAnonymised: number;
  readonly commentsKept: number;
  readonly proposalsKept: number;
  readonly proposalsWithdrawn: number;
}

export const accountErasureAudit = (userId: string, summary: AccountErasureSummary, now: Date): AuditEntry => ({
  actorId: userId,
  action: 'user.erase',
  subjectType: 'user',
  subjectId: userId,
  before: null,
  after: { erased: true, ...summary },
  reason: null,
  occurredAt: now,
});
