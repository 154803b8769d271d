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
  invalidated_at: Date | null;
}

const COLUMNS = 'id, proposal_id, user_id, verification_tier, comment, created_at, invalidated_at';

/** A stored co-sign; `invalidatedAt` is set once a moderator invalidated it (it then counts nothing). */
export type StoredCosign = Cosign & { readonly invalidatedAt: Date | null };

/** Where a co-sign came from, for fraud detection; see CosignOrmEntity. */
export interface CosignSignals {
  readonly ipPrefixHash: string | null;
  readonly ipPrefixMasked: string | null;
}

/** For co-signs made without a request (seed data): nothing to fingerprint. */
export const NO_SIGNALS: CosignSignals = { ipPrefixHash: null, ipPrefixMasked: null };

const toCosign = (row: CosignRow): StoredCosign => ({
  id: String(row.id),
  proposalId: row.proposal_id,
  cosignerId: row.user_id,
  verificationTier: row.verification_tier,
  comment: row.comment,
  createdAt: row.created_at,
  invalidatedAt: row.invalidated_at,
});

/** The `cosigns` table: a co-sign is inserted once; only a moderator's invalidation marks it later. */
@Injectable()
export class CosignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(proposalId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<StoredCosign | null> {
    const rows = await manager.query<CosignRow[]>(`SELECT ${COLUMNS} FROM cosigns WHERE proposal_id = $1 AND user_id = $2`, [proposalId, userId]);
    return rows[0] === undefined ? null : toCosign(rows[0]);
  }

  /**
   * Stores the co-sign unless this person or this phone number already co-signed: the unique keys
   * on (proposal, person) and (proposal, phone key) decide, so two racing requests cannot both
   * insert. Null means a key was taken (the other request has committed by then: ON CONFLICT
   * waits for it); the caller tells which by looking for this person's co-sign. The email domain
   * and the phone key are copied from the account row, read once in the same statement (no extra
   * round trip on the hot path). The account always exists: a signed-in person's row outlives
   * even its erasure, as a tombstone.
   */
  async insertIfAbsent(cosign: Omit<Cosign, 'id'>, signals: CosignSignals, manager: EntityManager): Promise<StoredCosign | null> {
    const rows = await manager.query<CosignRow[]>(
      `INSERT INTO cosigns (proposal_id, user_id, verification_tier, comment, created_at, email_domain, phone_key, ip_prefix_hash, ip_prefix_masked)
       SELECT $1, u.id, $3, $4, $5, nullif(lower(split_part(u.email, '@', 2)), ''), u.phone_key, $6, $7 FROM users u WHERE u.id = $2
       ON CONFLICT DO NOTHING
       RETURNING ${COLUMNS}`,
      [cosign.proposalId, cosign.cosignerId, cosign.verificationTier, cosign.comment, cosign.createdAt, signals.ipPrefixHash, signals.ipPrefixMasked],
    );
    return rows[0] === undefined ? null : toCosign(rows[0]);
  }
}
