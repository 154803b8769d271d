import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** One row as PostgreSQL answers it (snake_case keys, Date for timestamps). */
type Row = Record<string, unknown>;

/**
 * Everything the platform holds about one person, read in one REPEATABLE READ snapshot so the
 * parts agree with each other. Every query names its columns: a secret column added later
 * (a hash, a token) never reaches an export by accident. Left out on purpose: password_hash,
 * code_hash, sessions.id (the SHA-256 of the cookie token) and sessions.csrf_token.
 */
@Injectable()
export class DataExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async read(userId: string, currentSessionId: string | null): Promise<Record<string, Row[]> | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const account = await manager.query<Row[]>(
        `SELECT id, email, display_name, email_verified_at, phone, phone_verified_at, email_notifications, is_demo, created_at, updated_at
         FROM users WHERE id = $1 AND deleted_at IS NULL`,
        [userId],
      );
      if (account.length === 0) return null;
      const q = (sql: string, params: unknown[] = [userId]): Promise<Row[]> => manager.query<Row[]>(sql, params);
      return {
        account,
        roles: await q(`SELECT kind, side, tf_role, agency_id, granted_at FROM user_roles WHERE user_id = $1 ORDER BY granted_at, id`),
        verificationCodes: await q(
          `SELECT channel, target, attempts, created_at, expires_at, consumed_at FROM verification_codes WHERE user_id = $1 ORDER BY created_at, id`,
        ),
        sessions: await q(
          `SELECT created_at, last_seen_at, expires_at, id = $2 AS current FROM sessions WHERE user_id = $1 ORDER BY created_at`,
          [userId, currentSessionId ?? ''],
        ),
        proposals: await this.proposals(manager, userId),
        cosigns: await q(
          `SELECT c.proposal_id, p.title AS proposal_title, c.verification_tier, c.comment, c.created_at
           FROM cosigns c JOIN proposals p ON p.id = c.proposal_id WHERE c.user_id = $1 ORDER BY c.created_at, c.id`,
        ),
        comments: await q(
          `SELECT id, proposal_id, parent_id, stance, body, visibility, created_at, edited_at FROM comments WHERE author_id = $1 ORDER BY created_at, id`,
        ),
        commentReports: await q(`SELECT comment_id, reason, created_at FROM comment_reports WHERE reporter_id = $1 ORDER BY created_at, id`),
        follows: await q(
          `SELECT f.proposal_id, p.title AS proposal_title, f.created_at
           FROM proposal_follows f JOIN proposals p ON p.id = f.proposal_id WHERE f.user_id = $1 ORDER BY f.created_at`,
        ),
        notifications: await q(
          `SELECT id, kind, proposal_id, created_at, read_at, emailed_at FROM notifications WHERE user_id = $1 ORDER BY created_at, id`,
        ),
        auditLog: await q(
          `SELECT id, actor_id, action, subject_type, subject_id, before, after, reason, occurred_at FROM audit_log
           WHERE actor_id = $1 OR (subject_type = 'user' AND subject_id = $1::text) ORDER BY id`,
        ),
      };
    });
  }

  private proposals(manager: EntityManager, userId: string): Promise<Row[]> {
    return manager.query<Row[]>(
      `SELECT id, status, title, background, body, expected_benefits, area_code, suggested_agency_ids, links, cosign_count, return_note,
              created_at, submitted_at, published_at, cosign_deadline, threshold_reached_at, withdrawn_at, updated_at
       FROM proposals WHERE proposer_id = $1 ORDER BY created_at, id`,
      [userId],
    );
  }
}
