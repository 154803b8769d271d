import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * Shards per proposal. Co-signers of one proposal pick one at random, so at a few hundred
 * co-signs a second in flight at once two rarely wait for the same row; more shards only make
 * the flush read more rows (measured in BENCHMARKS.md, G1b).
 */
export const COUNTER_SHARDS = 16;

/**
 * Where a co-sign is counted, inside the co-sign's transaction (issue #7).
 *
 * `shardUpsertOfInserted` is the hot path (run by CosignsRepository.insertCountedInShard, in the
 * statement that stores a batch of co-signs): one upsert into one of COUNTER_SHARDS rows, so
 * co-signers no longer queue on the proposal row (the hot-row lock that took the UK petitions
 * service down, ARCHITECTURE.md "Co-sign hot path"); CosignCountFlusher folds the shards into
 * proposals.cosign_count. `increment` is the old exact row update, kept for cycles where
 * co-signing stops at the threshold: there the count must be exact before the co-sign commits,
 * which needs that serialisation.
 */
@Injectable()
export class CosignCounter {
  /** Adds one co-sign and answers the new exact count, or null when the proposal row is gone. */
  async increment(proposalId: string, manager: EntityManager): Promise<number | null> {
    const [rows] = await manager.query<[{ cosign_count: number }[], number]>(
      'UPDATE proposals SET cosign_count = cosign_count + 1 WHERE id = $1 RETURNING cosign_count',
      [proposalId],
    );
    const [row] = rows;
    return row === undefined ? null : Number(row.cosign_count);
  }
}

export const randomShard = (): number => randomInt(0, COUNTER_SHARDS);

/**
 * Counts the co-signs that a data-modifying CTE named `ins` returned (their proposal_id and
 * created_at) in shard `shard` of each proposal (a placeholder of the caller's query): one
 * upsert per proposal however many co-signs the statement stored. They show in cosign_count
 * after the next flush.
 */
export const shardUpsertOfInserted = (shard: string): string =>
  `INSERT INTO cosign_counter_shards (proposal_id, shard, pending, last_cosign_at)
   SELECT proposal_id, ${shard}, count(*), max(created_at) FROM ins GROUP BY proposal_id
   ON CONFLICT (proposal_id, shard) DO UPDATE
   SET pending = cosign_counter_shards.pending + EXCLUDED.pending, last_cosign_at = GREATEST(cosign_counter_shards.last_cosign_at, EXCLUDED.last_cosign_at)`;
