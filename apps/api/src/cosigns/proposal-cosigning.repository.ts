import { Injectable } from '@nestjs/common';
import type { Proposal } from '@open-proposals/domain';
import type { EntityManager } from 'typeorm';
import { toDomainProposal } from '../proposals/proposal.mapper';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

/**
 * The touches the co-sign path makes on a proposal row. It never rewrites the whole row
 * (ProposalCommands does, under a lock held for the whole transaction): a co-sign only reads
 * the current state and, once, moves open → threshold_reached.
 */
@Injectable()
export class ProposalCosigningRepository {
  /**
   * The proposal as it stands now, held FOR KEY SHARE until commit, so a concurrent close of the
   * window or a moderation act (ProposalCommands locks FOR UPDATE) waits for this co-sign or is
   * seen by it, never slips between; other co-signers and count flushes (FOR NO KEY UPDATE) do
   * not wait for it.
   */
  async lockedState(proposalId: string, manager: EntityManager): Promise<Proposal | null> {
    const row = await manager.findOne(ProposalOrmEntity, { where: { id: proposalId }, lock: { mode: 'for_key_share' } });
    return row === null ? null : toDomainProposal(row);
  }

  /**
   * The proposals of a batch of co-signs as they stand now, by id (a missing id has no row), held
   * FOR NO KEY UPDATE until commit because the batch adds to their counts: other batches of the
   * same proposals wait, a close or a moderation act (FOR UPDATE) waits or is seen. Locked in id
   * order, so that batches never wait on each other in a cycle.
   */
  async lockedForCounting(proposalIds: readonly string[], manager: EntityManager): Promise<Map<string, Proposal>> {
    const rows = await manager
      .createQueryBuilder(ProposalOrmEntity, 'p')
      .where('p.id IN (:...ids)', { ids: [...proposalIds] })
      .orderBy('p.id')
      .setLock('for_no_key_update')
      .getMany();
    return new Map(rows.map((row) => [row.id, toDomainProposal(row)]));
  }

  /**
   * The threshold crossing, decided once by a conditional update: only a row still `open`
   * moves, so of any number of racing co-signs exactly one sees `true`.
   */
  async markThresholdReached(reached: Proposal, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ProposalOrmEntity)
      .set({ status: 'threshold_reached', thresholdReachedAt: reached.thresholdReachedAt, updatedAt: reached.updatedAt, version: () => 'version + 1' })
      .where('id = :id AND status = :open', { id: reached.id, open: 'open' })
      .execute();
    return result.affected === 1;
  }
}
