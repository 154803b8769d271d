import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The exact count of cycles where co-signing stops at the threshold: each co-sign updates the
 * proposal row in its own transaction, which must know the count before it commits to refuse
 * the co-sign past the threshold. The hot path counts once per batch instead
 * (CosignsRepository.insertCounted, issue #7).
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
