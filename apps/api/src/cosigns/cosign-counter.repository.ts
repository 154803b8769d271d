import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The exact co-sign count of a proposal, bumped inside the co-sign's transaction.
 *
 * For now this is one row-level `UPDATE proposals SET cosign_count = cosign_count + 1`: simple
 * and exact, but every co-signer of one proposal queues on that row until its transaction ends
 * (the hot-row lock that took the UK petitions service down, ARCHITECTURE.md "Co-sign hot path").
 * Issue #7 replaces this class with sharded counter rows (or batched aggregation) behind the same
 * `increment` signature; CreateCosignService must then take its own lock on the proposal row
 * (it already re-reads it FOR SHARE) and may no longer rely on this UPDATE to serialise co-signers.
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
