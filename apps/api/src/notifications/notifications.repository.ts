import { Injectable } from '@nestjs/common';
import type { NotificationAudience, NotificationKind } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface RecordedNotification {
  readonly id: string;
  readonly userId: string;
}

export interface NotificationRow {
  readonly id: string;
  readonly kind: string;
  readonly proposalId: string | null;
  readonly proposalTitle: string | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

/**
 * Who hears of a proposal's news: its proposer, and for public news its co-signers and followers.
 * A co-signer whose co-sign a moderator invalidated no longer hears of it as a co-signer
 * (DOMAIN.md), though still as its proposer or a follower.
 */
const RECIPIENTS: Readonly<Record<NotificationAudience, string>> = {
  proposer: `SELECT proposer_id AS user_id FROM proposals WHERE id = $3`,
  supporters: `SELECT proposer_id AS user_id FROM proposals WHERE id = $3
               UNION SELECT user_id FROM cosigns WHERE proposal_id = $3 AND invalidated_at IS NULL
               UNION SELECT user_id FROM proposal_follows WHERE proposal_id = $3`,
};

/** In-app notifications. Keyed by (recipient, event), so a re-delivered event notifies nobody twice. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One notification per recipient of the event, in one set-based insert (a proposal may have
   * many thousands of co-signers). Returns only the rows this call created, so a re-run announces nothing.
   */
  async record(eventId: string, kind: NotificationKind, proposalId: string, audience: NotificationAudience): Promise<RecordedNotification[]> {
    const rows = await this.dataSource.query<{ id: string; user_id: string }[]>(
      `INSERT INTO notifications (user_id, event_id, kind, proposal_id)
       SELECT r.user_id, $1, $2, $3 FROM (${RECIPIENTS[audience]}) r
       WHERE r.user_id IS NOT NULL AND EXISTS (SELECT 1 FROM proposals WHERE id = $3)
       ON CONFLICT (user_id, event_id) DO NOTHING RETURNING id, user_id`,
      [eventId, kind, proposalId],
    );
    return rows.map((row) => ({ id: row.id, userId: row.user_id }));
  }

  async page(userId: string, page: number, pageSize: number): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
    const rows = await this.dataSource.query<{ id: string; kind: string; proposal_id: string | null; title: string | null; created_at: Date; read_at: Date | null }[]>(
      `SELECT n.id, n.kind, n.proposal_id, p.title, n.created_at, n.read_at
         FROM notifications n LEFT JOIN proposals p ON p.id = n.proposal_id
        WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3`,
      [userId, pageSize, (page - 1) * pageSize],
    );
    const [counts] = await this.dataSource.query<{ total: string; unread: string }[]>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notifications WHERE user_id = $1`,
      [userId],
    );
    return {
      rows: rows.map((r) => ({ id: r.id, kind: r.kind, proposalId: r.proposal_id, proposalTitle: r.title, createdAt: r.created_at, readAt: r.read_at })),
      total: Number(counts?.total ?? 0),
      unread: Number(counts?.unread ?? 0),
    };
  }

  /** Marks the person's own notifications read (all of them when no ids are given); returns how many stay unread. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids === null ? null : [...ids]],
    );
    const [row] = await this.dataSource.query<{ unread: string }[]>(`SELECT count(*) AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return Number(row?.unread ?? 0);
  }

  /** Recipients with notifications not yet emailed whose oldest one is older than the cutoff (the digest's batch window). */
  async recipientsDue(cutoff: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT user_id FROM notifications WHERE emailed_at IS NULL GROUP BY user_id HAVING min(created_at) <= $1 LIMIT $2`,
      [cutoff, limit],
    );
    return rows.map((r) => r.user_id);
  }

  /** Locks the recipient's pending rows; another worker replica skips them rather than emailing them twice. */
  async lockPending(manager: EntityManager, userId: string): Promise<NotificationRow[]> {
    const rows = await manager.query<{ id: string; kind: string; proposal_id: string | null; title: string | null; created_at: Date }[]>(
      `SELECT n.id, n.kind, n.proposal_id, p.title, n.created_at
         FROM notifications n LEFT JOIN proposals p ON p.id = n.proposal_id
        WHERE n.user_id = $1 AND n.emailed_at IS NULL
        ORDER BY n.created_at, n.id
        FOR UPDATE OF n SKIP LOCKED`,
      [userId],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, proposalId: r.proposal_id, proposalTitle: r.title, createdAt: r.created_at, readAt: null }));
  }

  async markEmailed(manager: EntityManager, ids: readonly string[], at: Date): Promise<void> {
    await manager.query(`UPDATE notifications SET emailed_at = $2 WHERE id = ANY($1::uuid[])`, [[...ids], at]);
  }

  /** Where the digest goes: a verified address whose owner wants email, or null. */
  async emailRecipient(manager: EntityManager, userId: string): Promise<{ email: string; displayName: string } | null> {
    const [row] = await manager.query<{ email: string; display_name: string }[]>(
      `SELECT email, display_name FROM users WHERE id = $1 AND email_verified_at IS NOT NULL AND email_notifications`,
      [userId],
    );
    return row === undefined ? null : { email: row.email, displayName: row.display_name };
  }

  async setEmailNotifications(userId: string, enabled: boolean): Promise<void> {
    await this.dataSource.query('UPDATE users SET email_notifications = $2 WHERE id = $1', [userId, enabled]);
  }

  async emailNotifications(userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ email_notifications: boolean }[]>('SELECT email_notifications FROM users WHERE id = $1', [userId]);
    return row?.email_notifications ?? false;
  }
}
