import { Injectable } from '@nestjs/common';
import type { Proposal } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { toDomainProposal } from '../proposals/proposal.mapper';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

export interface FoldedCount {
  /** Co-signs taken from the shards. */
  readonly folded: number;
  /** cosign_count as stored. */
  readonly newCount: number;
  /** The latest co-sign among those folded in; null when there were none. */
  readonly lastCosignAt: Date | null;
}

/** The queries of a flush: shards → proposals.cosign_count. */
@Injectable()
export class CosignCountFlushRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The proposal, locked FOR NO KEY UPDATE: flushes of one proposal run one at a time, while
   * co-signers (FOR KEY SHARE) go on. Lock order is proposal row, then shards, as in a co-sign,
   * so a flush and a co-sign cannot deadlock.
   */
  async lockProposal(proposalId: string, manager: EntityManager): Promise<Proposal | null> {
    const row = await manager.findOne(ProposalOrmEntity, { where: { id: proposalId }, lock: { mode: 'for_no_key_update' } });
    return row === null ? null : toDomainProposal(row);
  }

  /**
   * lockProposal for a count flush, which also turns synchronous commit off for the rest of the
   * transaction (set_config(…, true) is SET LOCAL) in the same round trip: losing such a commit in
   * a crash loses the shards' deletion with it, so nothing is lost, and a flush does not wait for
   * a disk flush. The co-signs themselves commit durably.
   */
  async lockProposalForFlush(proposalId: string, manager: EntityManager): Promise<Proposal | null> {
    const row = await manager
      .createQueryBuilder(ProposalOrmEntity, 'p')
      .addSelect(`set_config('synchronous_commit', 'off', true)`, 'async_commit')
      .where('p.id = :proposalId', { proposalId })
      .setLock('for_no_key_update')
      .getOne();
    return row === null ? null : toDomainProposal(row);
  }

  /**
   * Deletes the proposal's shards and adds what they held, less `removed`, to cosign_count: one
   * statement, in a transaction that holds the proposal row (lockProposal). A co-sign counting
   * meanwhile waits for the shard and then makes a new row, which the next flush takes. Answers
   * null, and writes nothing, when there was nothing to fold in.
   */
  async foldPending(proposalId: string, removed: number, manager: EntityManager): Promise<FoldedCount | null> {
    const [rows] = await manager.query<[{ new_count: number; folded: number; last_cosign_at: Date | null }[], number]>(
      `WITH taken AS (
         DELETE FROM cosign_counter_shards WHERE proposal_id = $1 RETURNING pending, last_cosign_at
       ), total AS (
         SELECT coalesce(sum(pending), 0)::int AS folded, max(last_cosign_at) AS last_cosign_at FROM taken
       )
       UPDATE proposals p SET cosign_count = p.cosign_count + total.folded - $2
       FROM total
       WHERE p.id = $1 AND (total.folded > 0 OR $2 > 0)
       RETURNING p.cosign_count AS new_count, total.folded, total.last_cosign_at`,
      [proposalId, removed],
    );
    const [row] = rows;
    return row === undefined ? null : { newCount: Number(row.new_count), folded: Number(row.folded), lastCosignAt: row.last_cosign_at };
  }

  /** Proposals with co-signs not yet folded in (the backstop sweep). */
  async withPending(limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ proposal_id: string }[]>(
      'SELECT DISTINCT proposal_id FROM cosign_counter_shards LIMIT $1',
      [limit],
    );
    return rows.map((row) => row.proposal_id);
  }
}
