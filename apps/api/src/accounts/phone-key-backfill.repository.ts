import { QueryFailedError, type EntityManager } from 'typeorm';

/** A phone-verified live account still without its key, as the batch read it. */
export interface UnkeyedUser {
  readonly id: string;
  readonly phone: string;
}

/** One batch of co-signs looked at: `lastId` is where the next batch starts (null once none are left). */
export interface CosignKeyBatch {
  readonly lastId: string | null;
  readonly keyed: number;
  readonly skipped: number;
}

/** Lower than any uuid and any co-sign id: where the keyset walks start. */
export const FIRST_USER_ID = '00000000-0000-0000-0000-000000000000';
export const FIRST_COSIGN_ID = '0';

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: unknown }).code === '23505';

/**
 * The SQL of the phone-key backfill (see database/backfills/phone-keys.backfill.ts). Every call
 * goes through the manager of one query runner, so one connection: the session-level advisory
 * lock is held by the connection that took it, and only that one may release it. Each statement commits on its own (no
 * transaction around the walk), so no lock on a row outlives its batch.
 */
export class PhoneKeyBackfillRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Waits while another process (a second replica's migrate) runs the backfill. A session lock,
   * not the seed's transaction-scoped one: the walk spans many short transactions. It goes with
   * the connection should the process die.
   */
  async lock(): Promise<void> {
    await this.manager.query('SELECT pg_advisory_lock(hashtext($1))', ['backfill:phone_keys']);
  }

  async unlock(): Promise<void> {
    await this.manager.query('SELECT pg_advisory_unlock(hashtext($1))', ['backfill:phone_keys']);
  }

  /** The next live, phone-verified accounts without a key, after `afterId` in id order. */
  async unkeyedUsers(afterId: string, limit: number): Promise<UnkeyedUser[]> {
    return this.manager.query<UnkeyedUser[]>(
      `SELECT id, phone FROM users
       WHERE id > $1 AND deleted_at IS NULL AND phone IS NOT NULL AND phone_verified_at IS NOT NULL AND phone_key IS NULL
       ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  /**
   * Stores the keys computed for `users`, in one statement. The conditions are read again: an
   * account that changed or lost its number since the batch was read (or got its key by verifying
   * again, or was erased) keeps what it has now, since the key computed here would be stale.
   */
  async setUserKeys(users: readonly (UnkeyedUser & { readonly key: string })[]): Promise<number> {
    if (users.length === 0) return 0;
    const [, affected] = await this.manager.query<[unknown, number]>(
      `UPDATE users u SET phone_key = v.key
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, phone, key)
       WHERE u.id = v.id AND u.phone = v.phone AND u.phone_key IS NULL AND u.deleted_at IS NULL AND u.phone_verified_at IS NOT NULL`,
      [users.map((u) => u.id), users.map((u) => u.phone), users.map((u) => u.key)],
    );
    return affected;
  }

  /**
   * Gives the next `limit` key-less co-signs of keyed accounts (after `afterId`, in id order)
   * their account's key, in one statement.
   *
   * The key is the account's current one: a co-sign made under an earlier number of the person
   * gets the current number's key. That is acceptable, since the key's purpose is one co-sign per
   * person per proposal, and the person is the same.
   *
   * The unique (proposal_id, phone_key) index must hold. Two live accounts can hold one number in
   * two spellings (+8860912… and +886912…, one key), and both may have co-signed a proposal: the
   * first co-sign (lowest id) gets the key, and any other stays NULL (skipped), whether the key
   * is already on a co-sign of the proposal (NOT EXISTS: earlier batches, or co-signs made since
   * the release) or taken by an earlier row of this same batch (DISTINCT ON, which NOT EXISTS
   * cannot see, since it reads the table as it was before the statement). A skipped co-sign stays
   * covered by the (proposal, user) key while its account lives. The keyset walk moves past
   * skipped rows, so they are looked at once per run, not forever.
   */
  async keyCosigns(afterId: string, limit: number): Promise<CosignKeyBatch> {
    const [row] = await this.manager.query<{ last_id: string | null; seen: number; keyed: number }[]>(
      `WITH batch AS (
         SELECT c.id, c.proposal_id, u.phone_key
         FROM cosigns c JOIN users u ON u.id = c.user_id
         WHERE c.id > $1 AND c.phone_key IS NULL AND u.phone_key IS NOT NULL
         ORDER BY c.id LIMIT $2
       ), chosen AS (
         SELECT DISTINCT ON (b.proposal_id, b.phone_key) b.id, b.phone_key
         FROM batch b
         WHERE NOT EXISTS (SELECT 1 FROM cosigns o WHERE o.proposal_id = b.proposal_id AND o.phone_key = b.phone_key)
         ORDER BY b.proposal_id, b.phone_key, b.id
       ), updated AS (
         UPDATE cosigns c SET phone_key = chosen.phone_key FROM chosen WHERE c.id = chosen.id RETURNING c.id
       )
       SELECT (SELECT max(id)::text FROM batch) AS last_id, (SELECT count(*)::int FROM batch) AS seen, (SELECT count(*)::int FROM updated) AS keyed`,
      [afterId, limit],
    );
    const seen = row?.seen ?? 0;
    const keyed = row?.keyed ?? 0;
    return { lastId: row?.last_id ?? null, keyed, skipped: seen - keyed };
  }
}
