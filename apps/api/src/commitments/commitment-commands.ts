import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  commitmentAuditEntries,
  createCommitment,
  type Commitment,
  type CommitmentResult,
  type CreateCommitmentInput,
  type PolicyDecision,
} from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions, type WriteTransaction } from '../common/persistence/write-transaction';
import { CommitmentsRepository } from './commitments.repository';

export type NewCommitment = Omit<CreateCommitmentInput, 'id' | 'planCode' | 'planAreaCodes'> & { readonly planCode: string | null };

/**
 * The one way a commitment changes: load it (locked), check who may act on this commitment,
 * let the domain decide, then save the change, its audit lines and its events together.
 */
@Injectable()
export class CommitmentCommands {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly commitments: CommitmentsRepository,
  ) {}

  apply(id: string, allowed: (commitment: Commitment) => PolicyDecision, change: (commitment: Commitment) => CommitmentResult): Promise<Commitment> {
    return this.transactions.run(async (tx) => {
      const before = await this.commitments.find(id, tx.manager, true);
      if (before === null) throw new ApiException('not_found');
      // Checked per commitment: an officer may report only for commitments of their own agency.
      assertAllowed(allowed(before));
      const transition = orThrow(change(before));
      await this.commitments.applyEvents(transition.events, tx.manager);
      await tx.audit(commitmentAuditEntries(before, transition));
      await tx.publish('commitment', id, transition.events);
      return transition.commitment;
    });
  }

  /** Creates a commitment inside a transaction the caller owns (an adoption commits it with the decision). */
  async createIn(tx: WriteTransaction, input: NewCommitment): Promise<Commitment> {
    const plan = await this.commitments.planAreas(input.planCode, tx.manager);
    if (plan === null) throw new ApiException('not_found');
    const transition = orThrow(createCommitment({ ...input, id: randomUUID(), planCode: plan.planCode, planAreaCodes: plan.areaCodes }, new Date()));
    await this.commitments.insert(transition.commitment, plan.planId, tx.manager);
    await tx.audit(commitmentAuditEntries(null, transition));
    await tx.publish('commitment', transition.commitment.id, transition.events);
    return transition.commitment;
  }
}
