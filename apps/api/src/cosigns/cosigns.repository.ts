import { Injectable } from '@nestjs/common';
import type { Cosign, VerificationTier } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { retryOnDeadlock } from '../common/persistence/retry-on-deadlock';

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
   * Stores a batch of co-signs made at `at` and adds the stored ones to their proposals' counts,
   * in one statement: insertIfAbsent for many (the same unique keys decide, and the account row
   * is read in the statement), with the count update as a data-modifying CTE over what was
   * inserted. Each co-sign stored comes back with its proposal's new count; an item left out
   * had a key taken. At most one item per (proposal, person): the caller answers repeats. For a
   * transaction that holds the proposal rows already (ProposalCosigningRepository.lockedForCounting).
   */
  async insertCounted(items: readonly NewCosign[], at: Date, manager: EntityManager): Promise<CountedCosign[]> {
    return (await manager.query<CountedCosignRow[]>(insertCountedSql(false), [...columnsOf(items), at])).map(toCountedCosign);
  }

  /**
   * insertCounted as a statement of its own (its own transaction: no round trip for BEGIN, a
   * lock or COMMIT), for co-signs checked against their proposals as read at `version`, and only
   * where they cannot cross a threshold. The statement takes each proposal row FOR NO KEY UPDATE
   * itself, in id order like lockedForCounting so that batches of several proposals do not wait
   * on each other in a cycle through them (co-sign batches of one proposal queue there, a close
   * or a moderation act waits, and the count it adds to is the latest) and stores a proposal's items only while the proposal is
   * at that version (any change of state moves it on), and either no longer `open` or short of
   * its threshold by more than the items it has in the batch. Items left out had a key taken,
   * their proposal changed, or may cross the threshold; the caller writes them the long way, in
   * a transaction that decides the crossing.
   */
  async insertCountedIfUnchanged(items: readonly (NewCosign & { readonly version: number })[], at: Date): Promise<CountedCosign[]> {
    const params = [...columnsOf(items), at, items.map((item) => item.version)];
    // Id order does not rule out every cycle on a hot row: in the bench, at 3,000 co-signs a second
    // on one proposal, one of these statements waited for another's transaction while holding the
    // tuple lock of the row version that the other then needed (PostgreSQL's deadlock report:
    // "while locking updated version … of tuple in relation proposals"). PostgreSQL rolls one of
    // them back whole, so it is run again.
    const rows = await retryOnDeadlock(() => this.dataSource.query<CountedCosignRow[]>(insertCountedSql(true), params));
    return rows.map(toCountedCosign);
  }
}

/** A co-sign just stored, with its proposal's count after the statement that stored it. */
export type CountedCosign = StoredCosign & { readonly newCount: number };

type CountedCosignRow = CosignRow & { new_count: number };

const toCountedCosign = (row: CountedCosignRow): CountedCosign => ({ ...toCosign(row), newCount: Number(row.new_count) });

const columnsOf = (items: readonly NewCosign[]): unknown[] =>
  (['proposalId', 'cosignerId', 'verificationTier', 'comment', 'ipPrefixHash', 'ipPrefixMasked'] as const).map((key) => items.map((item) => item[key]));

/** $1–$6 the columns of the items, $7 the time; `guarded`: $8 the proposal versions the items were checked at. */
const insertCountedSql = (guarded: boolean): string =>
  `WITH input AS (
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]${guarded ? ', $8::int[]' : ''})
       AS t(proposal_id, user_id, verification_tier, comment, ip_prefix_hash, ip_prefix_masked${guarded ? ', version' : ''})
   )${
     guarded
       ? `, locked AS (
     SELECT p.id, p.version, p.status, p.cosign_count, c.threshold
     FROM proposals p JOIN participation_cycles c ON c.id = p.cycle_id
     WHERE p.id IN (SELECT proposal_id FROM input)
     ORDER BY p.id
     FOR NO KEY UPDATE OF p
   ), safe AS (
     SELECT l.id, l.version FROM locked l
     WHERE l.status <> 'open' OR l.cosign_count + (SELECT count(*) FROM input i WHERE i.proposal_id = l.id) < l.threshold
   )`
       : ''
   }, ins AS (
     INSERT INTO cosigns (proposal_id, user_id, verification_tier, comment, created_at, email_domain, phone_key, ip_prefix_hash, ip_prefix_masked)
     SELECT i.proposal_id, u.id, i.verification_tier, i.comment, $7, nullif(lower(split_part(u.email, '@', 2)), ''), u.phone_key, i.ip_prefix_hash, i.ip_prefix_masked
     FROM input i JOIN users u ON u.id = i.user_id${guarded ? ' JOIN safe s ON s.id = i.proposal_id AND s.version = i.version' : ''}
     ON CONFLICT DO NOTHING
     RETURNING ${COLUMNS}
   ), counted AS (
     UPDATE proposals p SET cosign_count = p.cosign_count + added.n
     FROM (SELECT proposal_id, count(*)::int AS n FROM ins GROUP BY proposal_id) added
     WHERE p.id = added.proposal_id
     RETURNING p.id, p.cosign_count
   )
   SELECT ins.*, counted.cosign_count AS new_count FROM ins JOIN counted ON counted.id = ins.proposal_id`;
