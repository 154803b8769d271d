import {
  isProposalStatus,
  isRejectReasonCode,
  type DecisionOutcome,
  type Proposal,
} from '@open-proposals/domain';
import type { ProposalOrmEntity } from './proposal.orm-entity';

const DECISION_OUTCOMES: readonly DecisionOutcome[] = ['adopt', 'merge', 'refer', 'decline'];
const isDecisionOutcome = (value: unknown): value is DecisionOutcome => DECISION_OUTCOMES.includes(value as DecisionOutcome);

/** A row that breaks the domain's invariants is a bug or a hand edit: fail loudly, never guess. */
export class CorruptProposalRowError extends Error {}

export const toDomainProposal = (row: ProposalOrmEntity): Proposal => {
  if (!isProposalStatus(row.status)) throw new CorruptProposalRowError(`proposal ${row.id} has status "${row.status}"`);
  if (row.rejectionCode !== null && !isRejectReasonCode(row.rejectionCode)) {
    throw new CorruptProposalRowError(`proposal ${row.id} has rejection code "${row.rejectionCode}"`);
  }
  if (row.decisionOutcome !== null && !isDecisionOutcome(row.decisionOutcome)) {
    throw new CorruptProposalRowError(`proposal ${row.id} has decision "${row.decisionOutcome}"`);
  }
  return {
    id: row.id,
    cycleId: row.cycleId,
    proposerId: row.proposerId,
    status: row.status,
    content: {
      title: row.title,
      background: row.background,
      proposal: row.body,
      expectedBenefits: row.expectedBenefits,
      areaCode: row.areaCode,
      suggestedAgencyIds: row.suggestedAgencyIds,
      links: row.links,
    },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    returnNote: row.returnNote,
    publishedAt: row.publishedAt,
    cosignDeadline: row.cosignDeadline,
    cosignCount: row.cosignCount,
    thresholdReachedAt: row.thresholdReachedAt,
    cosigningClosedAt: row.cosigningClosedAt,
    rejection:
      row.rejectionCode !== null && isRejectReasonCode(row.rejectionCode) && row.rejectedAt !== null
        ? { code: row.rejectionCode, note: row.rejectionNote, duplicateOfId: row.rejectionDuplicateOfId, rejectedAt: row.rejectedAt }
        : null,
    duplicateOfId: row.duplicateOfId,
    withdrawnAt: row.withdrawnAt,
    expiredAt: row.expiredAt,
    routedAt: row.routedAt,
    routedAgencyIds: row.routedAgencyIds,
    agencyResponseDueAt: row.agencyResponseDueAt,
    decision:
      row.decisionOutcome !== null && isDecisionOutcome(row.decisionOutcome) && row.decidedBy !== null && row.decidedAt !== null
        ? {
            outcome: row.decisionOutcome,
            rationale: row.decisionRationale,
            targetCommitmentId: row.decisionTargetCommitmentId,
            decidedBy: row.decidedBy,
            decidedAt: row.decidedAt,
          }
        : null,
  };
};

/**
 * The columns of a proposal, for insert or update; `version` and timestamps are handled by the repository.
 * `isDemo` is not the domain's: it is set once by the demo seed, so no later change can clear it.
 */
export const toProposalColumns = (proposal: Proposal): Omit<ProposalOrmEntity, 'cycle' | 'proposer' | 'duplicateOf' | 'version' | 'createdAt' | 'updatedAt' | 'isDemo'> => ({
  id: proposal.id,
  cycleId: proposal.cycleId,
  proposerId: proposal.proposerId,
  status: proposal.status,
  title: proposal.content.title,
  background: proposal.content.background,
  body: proposal.content.proposal,
  expectedBenefits: proposal.content.expectedBenefits,
  areaCode: proposal.content.areaCode,
  suggestedAgencyIds: [...proposal.content.suggestedAgencyIds],
  links: [...proposal.content.links],
  submittedAt: proposal.submittedAt,
  returnNote: proposal.returnNote,
  publishedAt: proposal.publishedAt,
  cosignDeadline: proposal.cosignDeadline,
  cosignCount: proposal.cosignCount,
  thresholdReachedAt: proposal.thresholdReachedAt,
  cosigningClosedAt: proposal.cosigningClosedAt,
  rejectionCode: proposal.rejection?.code ?? null,
  rejectionNote: proposal.rejection?.note ?? null,
  rejectedAt: proposal.rejection?.rejectedAt ?? null,
  rejectionDuplicateOfId: proposal.rejection?.duplicateOfId ?? null,
  duplicateOfId: proposal.duplicateOfId,
  withdrawnAt: proposal.withdrawnAt,
  expiredAt: proposal.expiredAt,
  routedAt: proposal.routedAt,
  routedAgencyIds: [...proposal.routedAgencyIds],
  agencyResponseDueAt: proposal.agencyResponseDueAt,
  decisionOutcome: proposal.decision?.outcome ?? null,
  decisionRationale: proposal.decision?.rationale ?? null,
  decisionTargetCommitmentId: proposal.decision?.targetCommitmentId ?? null,
  decidedBy: proposal.decision?.decidedBy ?? null,
  decidedAt: proposal.decision?.decidedAt ?? null,
});
