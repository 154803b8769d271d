import type { Proposal, RejectReasonCode } from '../proposal/proposal.state';

/**
 * A line of the public rejection log: rejected proposals leave listings but stay
 * accountable. Deliberately no proposer, no moderator, no body text: only what DOMAIN.md
 * allows (title, code, note, date).
 */
export interface RejectionLogEntry {
  readonly proposalId: string;
  readonly title: string;
  readonly code: RejectReasonCode;
  readonly note: string | null;
  readonly duplicateOfId: string | null;
  readonly rejectedAt: Date;
}

/** The log line for a rejected proposal, or null for any other proposal. */
export const toRejectionLogEntry = (proposal: Proposal): RejectionLogEntry | null => {
  if (proposal.status !== 'rejected' || proposal.rejection === null) return null;
  const { code, note, duplicateOfId, rejectedAt } = proposal.rejection;
  return { proposalId: proposal.id, title: proposal.content.title, code, note, duplicateOfId, rejectedAt };
};
