import { Injectable } from '@nestjs/common';
import type { Cosign, VerificationTier } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { shardUpsertOfInserted } from './cosign-counter.repository';

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

/** A co-sign to store, with where it came from. */
export type NewCosign = Omit<Cosign, 'id' | 'createdAt'> & CosignSignals;

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

  /**
   * Stores a batch of co-signs made at `at` and counts the stored ones in counter shard `shard`
   * of their proposals, in one statement: insertIfAbsent for many (the same unique keys decide,
   * and the account row is read in the statement), with the shard upsert as a data-modifying
   * CTE over what was inserted. Answers the co-signs stored; an item left out had a key taken.
   * At most one item per (proposal, person): the caller answers repeats. For a transaction that
   * holds the proposal rows already (ProposalCosigningRepository.lockedStates).
   */
  async insertCountedInShard(items: readonly NewCosign[], at: Date, shard: number, manager: EntityManager): Promise<StoredCosign[]> {
    return (await manager.query<CosignRow[]>(insertCountedInShardSql(false), [...columnsOf(items), at, shard])).map(toCosign);
  }

  /**
   * insertCountedInShard as a statement of its own (its own transaction, with no round trip for
   * BEGIN, a lock or COMMIT), for co-signs checked against their proposals as read at `version`:
   * the statement takes each proposal row FOR KEY SHARE itself and stores an item only while its
   * proposal is still at that version (any change of state moves it on), so a close or a
   * moderation act that commits first leaves the item out. Items left out had a key taken or
   * their proposal changed; the caller writes them the long way, under the lock.
   */
  async insertCountedInShardIfUnchanged(items: readonly (NewCosign & { readonly version: number })[], at: Date, shard: number): Promise<StoredCosign[]> {
    const params = [...columnsOf(items), at, shard, items.map((item) => item.version)];
    return (await this.dataSource.query<CosignRow[]>(insertCountedInShardSql(true), params)).map(toCosign);
  }
}

const columnsOf = (items: readonly NewCosign[]): unknown[] =>
  (['proposalId', 'cosignerId', 'verificationTier', 'comment', 'ipPrefixHash', 'ipPrefixMasked'] as const).map((key) => items.map((item) => item[key]));

/** $1–$6 the columns of the items, $7 the time, $8 the shard; `guarded`: $9 the proposal versions the items were checked at. */
const insertCountedInShardSql = (guarded: boolean): string =>
  `WITH input AS (
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]${guarded ? ', $9::int[]' : ''})
       AS t(proposal_id, user_id, verification_tier, comment, ip_prefix_hash, ip_prefix_masked${guarded ? ', version' : ''})
   )${
     guarded
       ? `, unchanged AS (
     SELECT p.id, p.version FROM proposals p WHERE p.id IN (SELECT proposal_id FROM input) FOR KEY SHARE
   )`
       : ''
   }, ins AS (
     INSERT INTO cosigns (proposal_id, user_id, verification_tier, comment, created_at, email_domain, phone_key, ip_prefix_hash, ip_prefix_masked)
     SELECT i.proposal_id, u.id, i.verification_tier, i.comment, $7, nullif(lower(split_part(u.email, '@', 2)), ''), u.phone_key, i.ip_prefix_hash, i.ip_prefix_masked
     FROM input i JOIN users u ON u.id = i.user_id${guarded ? ' JOIN unchanged p ON p.id = i.proposal_id AND p.version = i.version' : ''}
     ON CONFLICT DO NOTHING
     RETURNING ${COLUMNS}
   ), counted AS (${shardUpsertOfInserted('$8')})
   SELECT * FROM ins`;
