import { Injectable } from '@nestjs/common';
import type { Cosign, VerificationTier } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';

interface CosignRow {
  id: string;
  proposal_id: string;
  user_id: string;
  verification_tier: VerificationTier;
  comment: string | null;
  created_at: Date;
}

const COLUMNS = 'id, proposal_id, user_id, verification_tier, comment, created_at';

const toCosign = (row: CosignRow): Cosign => ({
  id: String(row.id),
  proposalId: row.proposal_id,
  cosignerId: row.user_id,
  verificationTier: row.verification_tier,
  comment: row.comment,
  createdAt: row.created_at,
});

/** The append-only `cosigns` table: a co-sign is inserted once and never updated. */
@Injectable()
export class CosignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(proposalId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<Cosign | null> {
    const rows = await manager.query<CosignRow[]>(`SELECT ${COLUMNS} FROM cosigns WHERE proposal_id = $1 AND user_id = $2`, [proposalId, userId]);
    return rows[0] === undefined ? null : toCosign(rows[0]);
  }

  /**
   * Stores the co-sign unless this person already co-signed: the (proposal, person) unique key
   * decides, so two racing requests cannot both insert. Null means the key was taken (the other
   * request has committed by then: ON CONFLICT waits for it).
   */
  async insertIfAbsent(cosign: Omit<Cosign, 'id'>, manager: EntityManager): Promise<Cosign | null> {
    const rows = await manager.query<CosignRow[]>(
      `INSERT INTO cosigns (proposal_id, user_id, verification_tier, comment, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (proposal_id, user_id) DO NOTHING
       RETURNING ${COLUMNS}`,
      [cosign.proposalId, cosign.cosignerId, cosign.verificationTier, cosign.comment, cosign.createdAt],
    );
    return rows[0] === undefined ? null : toCosign(rows[0]);
  }
}
