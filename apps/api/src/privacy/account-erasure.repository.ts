import { Injectable } from '@nestjs/common';
import type { ProposalStatus } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';

/** The reserved .invalid domain (RFC 2606): a tombstone's address can never reach anyone. */
export const tombstoneEmail = (userId: string): string => `erased-${userId}@erased.invalid`;

/** The unguessable stand-in for a password hash: not an argon2 string, so no password ever matches it. */
const NO_PASSWORD = '!erased';

/** The writes of an erasure; each takes the caller's transaction. */
@Injectable()
export class AccountErasureRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The live account's password hash, with its row locked until the erasure commits (a racing co-sign waits). */
  async lockLiveAccount(userId: string, manager: EntityManager): Promise<{ passwordHash: string; email: string; phone: string | null } | null> {
    const [row] = await manager.query<{ password_hash: string; email: string; phone: string | null }[]>(
      'SELECT password_hash, email, phone FROM users WHERE id = $1 AND deleted_at IS NULL FOR UPDATE',
      [userId],
    );
    return row === undefined ? null : { passwordHash: row.password_hash, email: row.email, phone: row.phone };
  }

  /** Unlocked read before argon2 runs (which takes a while): the transaction only opens when the password matched. */
  async passwordHashOf(userId: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ password_hash: string }[]>('SELECT password_hash FROM users WHERE id = $1 AND deleted_at IS NULL', [userId]);
    return row?.password_hash ?? null;
  }

  async unpublishedProposalIds(userId: string, statuses: readonly ProposalStatus[], manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>('SELECT id FROM proposals WHERE proposer_id = $1 AND status = ANY($2::text[]) ORDER BY id', [
      userId,
      [...statuses],
    ]);
    return rows.map((row) => row.id);
  }

  async countKept(userId: string, manager: EntityManager): Promise<{ comments: number; proposals: number }> {
    const [row] = await manager.query<{ comments: string; proposals: string }[]>(
      `SELECT (SELECT count(*) FROM comments WHERE author_id = $1) AS comments,
              (SELECT count(*) FROM proposals WHERE proposer_id = $1 AND status <> 'withdrawn') AS proposals`,
      [userId],
    );
    return { comments: Number(row?.comments ?? 0), proposals: Number(row?.proposals ?? 0) };
  }

  /**
   * The co-signs stay and keep counting; only the link to the person goes. Neither
   * proposals.cosign_count nor cosign_counter_shards is touched, so every count stays exact.
   * Each keeps its phone_key, a pseudonym of the number: it holds the person to one co-sign per
   * proposal should they register again with the same number, cannot be turned back into the
   * number without the server secret, and is needed for as long as the co-sign counts.
   */
  async anonymiseCosigns(userId: string, manager: EntityManager): Promise<number> {
    const [, affected] = await manager.query<[unknown, number]>('UPDATE cosigns SET user_id = NULL WHERE user_id = $1', [userId]);
    return affected;
  }

  /** What only served the person: sessions, codes, roles, follows, notifications, and messages sent to them. */
  async deletePersonalRows(userId: string, contacts: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM verification_codes WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM user_roles WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM proposal_follows WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM notifications WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM dev_outbox_messages WHERE recipient = ANY($1::text[])', [[...contacts]]);
  }

  /**
   * The tombstone: the row and its id stay for the foreign keys; nothing in it names the person.
   * The phone key goes with the number; the co-signs keep theirs (see anonymiseCosigns).
   */
  async tombstone(userId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE users SET email = $2, password_hash = $3, display_name = '', phone = NULL, phone_key = NULL, email_verified_at = NULL,
              phone_verified_at = NULL, email_notifications = false, deleted_at = $4, updated_at = $4
       WHERE id = $1`,
      [userId, tombstoneEmail(userId), NO_PASSWORD, now],
    );
  }
}
