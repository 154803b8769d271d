import { Injectable } from '@nestjs/common';
import type { Proposal } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { toDomainProposal } from '../proposals/proposal.mapper';
import { ProposalOrmEntity } from '../proposals/proposal.orm-entity';

export interface PendingCosigns {
  readonly count: number;
  /** The latest co-sign among them; null when there were none. */
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

  /** Deletes the shards and answers what they held; a co-sign counting meanwhile waits and makes a new row. */
  async takePending(proposalId: string, manager: EntityManager): Promise<PendingCosigns> {
    const [rows] = await manager.query<[{ pending: number; last_cosign_at: Date }[], number]>(
      'DELETE FROM cosign_counter_shards WHERE proposal_id = $1 RETURNING pending, last_cosign_at',
      [proposalId],
    );
    let count = 0;
    let lastCosignAt: Date | null = null;
    for (const row of rows) {
      count += Number(row.pending);
      if (lastCosignAt === null || row.last_cosign_at > lastCosignAt) lastCosignAt = row.last_cosign_at;
    }
    return { count, lastCosignAt };
  }

  async storeCount(proposalId: string, count: number, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE proposals SET cosign_count = $2 WHERE id = $1', [proposalId, count]);
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
